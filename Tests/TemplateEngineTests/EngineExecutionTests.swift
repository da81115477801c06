import Testing
@testable import TemplateEngine

/// Execution results and errors; expected texts come from the oracle goldens
/// of the matching lang-* snippet cases (Go's raw message form).
@Suite struct EngineExecutionTests {
    @Test(arguments: [
        ("{{ and 1 \"x\" }} {{ and 1 0 2 }} {{ or 0 \"\" \"x\" }}", "out: |-\n  x 0 x"),
        ("{{ range $i, $v := .Values.l }}{{ $i }}={{ $v }};{{ end }}", "out: |-\n  0=a;1=b;2=c;"),
        ("{{ range 3 }}{{ . }}{{ end }}", "out: |-\n  012"),
        ("{{ range .Values.el }}x{{ else }}empty{{ end }}", "out: |-\n  empty"),
        ("[{{ .Values.nope }}]", "out: |-\n  [<no value>]"),
        ("[{{ (.Values.nope).x }}]", "out: |-\n  [<no value>]"),
        ("{{ with .Values.s }}[{{ . }}]{{ end }}", "out: |-\n  [hello]"),
        ("{{ if false }}1{{ else if true }}2{{ end }}", "out: |-\n  2"),
        ("{{ define \"x\" }}[{{ . }}]{{ end }}{{ template \"x\" }}", "out: |-\n  [<no value>]"),
        ("a   {{- \"b\" -}}   c", "out: |-\n  abc"),
        ("{{-3}}", "out: |-\n  -3"),
        ("{{ index .Values.nested \"a\" \"b\" \"c\" }}", "out: |-\n  deep"),
        ("{{ len \"héllo\" }}", "out: |-\n  6"),
        ("{{ eq 3 1 2 3 }} {{ lt \"B\" \"a\" }}", "out: |-\n  true true"),
        ("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", "out: |-\n  2"),
        ("{{ 0x1F }} {{ 0o17 }} {{ 1_000 }} {{ 'a' }}", "out: |-\n  31 15 1000 97"),
    ])
    func renders(_ snippet: String, _ expected: String) throws {
        #expect(try EngineTestSupport.render(snippet) == expected)
    }

    @Test(arguments: [
        ("{{ .Values.nope.x }}",
         "template: c/templates/t.yaml:2:12: executing \"c/templates/t.yaml\" at <.Values.nope.x>: nil pointer evaluating interface {}.x"),
        ("{{ .Values.s.x }}",
         "template: c/templates/t.yaml:2:12: executing \"c/templates/t.yaml\" at <.Values.s.x>: can't evaluate field x in type interface {}"),
        ("{{ len .Values.nope }}",
         "template: c/templates/t.yaml:2:5: executing \"c/templates/t.yaml\" at <len .Values.nope>: error calling len: len of nil pointer"),
        ("{{ len (.Values.nope) }}",
         "template: c/templates/t.yaml:2:5: executing \"c/templates/t.yaml\" at <len (.Values.nope)>: error calling len: reflect: call of reflect.Value.Type on zero Value"),
        ("{{ index .Values.l 3 }}",
         "template: c/templates/t.yaml:2:5: executing \"c/templates/t.yaml\" at <index .Values.l 3>: error calling index: reflect: slice index out of range"),
        ("{{ upper .Values.nope }}",
         "template: c/templates/t.yaml:2:18: executing \"c/templates/t.yaml\" at <.Values.nope>: wrong type for value; expected string; got interface {}"),
        ("{{ .Values.nope | upper }}",
         "template: c/templates/t.yaml:2:20: executing \"c/templates/t.yaml\" at <upper>: invalid value; expected string"),
        ("{{ upper 1 }}",
         "template: c/templates/t.yaml:2:11: executing \"c/templates/t.yaml\" at <1>: expected string; found 1"),
        ("{{ eq .Values.num 3 }}",
         "template: c/templates/t.yaml:2:5: executing \"c/templates/t.yaml\" at <eq .Values.num 3>: error calling eq: incompatible types for comparison: float64 and int"),
        ("{{ nil }}",
         "template: c/templates/t.yaml:2:5: executing \"c/templates/t.yaml\" at <nil>: nil is not a command"),
        ("{{ range 1.5 }}x{{ end }}",
         "template: c/templates/t.yaml:2:11: executing \"c/templates/t.yaml\" at <1.5>: range can't iterate over 1.5"),
        ("{{ call .Values.s }}",
         "template: c/templates/t.yaml:2:5: executing \"c/templates/t.yaml\" at <call .Values.s>: error calling call: non-function .Values.s of type string"),
        ("{{ template \"nope\" }}",
         "template: c/templates/t.yaml:2:14: executing \"c/templates/t.yaml\" at <{{template \"nope\"}}>: template \"nope\" not defined"),
    ])
    func execErrors(_ snippet: String, _ message: String) {
        let e = EngineTestSupport.failure(snippet)
        #expect(e?.kind == .exec)
        #expect(e?.message == message)
    }

    @Test func structuredErrorFields() {
        let e = EngineTestSupport.failure("{{ .Values.nope.x }}")
        #expect(e?.templateName == "c/templates/t.yaml")
        #expect(e?.line == 2)
        #expect(e?.column == 12)
        #expect(e?.nodeText == ".Values.nope.x")
    }

    @Test func includeErrorPropagates() {
        let e = EngineTestSupport.failure("{{ include \"x\" . }}",
                                          files: ["c/templates/_x.tpl": "{{ define \"x\" }}{{ .Values.nope.deep }}{{ end }}"])
        #expect(e?.message == "template: c/templates/t.yaml:2:5: executing \"c/templates/t.yaml\" at <include \"x\" .>: error calling include: template: c/templates/_x.tpl:1:26: executing \"x\" at <.Values.nope.deep>: nil pointer evaluating interface {}.deep")
    }

    @Test func maxDepthGivesGoError() throws {
        let message = try runWithLargeStack { () -> String? in
            EngineTestSupport.failure("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}")?.message
        }
        #expect(message == "template: c/templates/t.yaml:2:30: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (100000)")
    }

    @Test func missingKeyModes() throws {
        let set = TemplateSet(functions: EngineTestSupport.table, options: ExecutionOptions(missingKey: .error))
        try set.parse(name: "t", text: "{{ .a }}")
        #expect(throws: TemplateError.self) { try set.execute(name: "t", data: .map([:])) }
        set.options.missingKey = .default
        try set.parse(name: "u", text: "{{ .a.b }}")
        #expect(try set.execute(name: "u", data: .map([:])) == "<no value>")
    }

    @Test func tplOverlayKeepsDefinesLocal() throws {
        let table = FunctionTable(GoBuiltins.functions + [
            TemplateFunction("tpl", params: [.string, .any]) { a, ctx in
                .string(try ctx.executeText(a[0].stringValue ?? "", name: "gotpl", data: a[1]))
            },
        ])
        let set = TemplateSet(functions: table)
        try set.parse(name: "t", text: "{{ tpl \"{{ define \\\"d\\\" }}D{{ end }}{{ template \\\"d\\\" }}\" . }}")
        #expect(try set.execute(name: "t", data: .map([:])) == "D")
        #expect(!set.contains("d"))
    }
}
