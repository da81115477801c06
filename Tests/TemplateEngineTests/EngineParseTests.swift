import Testing
@testable import TemplateEngine

/// Parse errors; expected texts are Helm's (lang-parse goldens) in Go's raw form.
@Suite struct EngineParseTests {
    @Test(arguments: [
        ("{{ .Values.a", "template: c/templates/t.yaml:2: unclosed action"),
        ("{{ nope 1 }}", "template: c/templates/t.yaml:2: function \"nope\" not defined"),
        ("{{ 1 | 2 }}", "template: c/templates/t.yaml:2: non executable command in pipeline stage 2"),
        ("{{ break }}", "template: c/templates/t.yaml:2: {{break}} outside {{range}}"),
        ("{{ continue }}", "template: c/templates/t.yaml:2: {{continue}} outside {{range}}"),
        ("{{ end }}", "template: c/templates/t.yaml:2: unexpected {{end}}"),
        ("{{ if }}x{{ end }}", "template: c/templates/t.yaml:2: missing value for if"),
        ("{{ $u }}", "template: c/templates/t.yaml:2: undefined variable \"$u\""),
        ("{{ \"a\".b }}", "template: c/templates/t.yaml:2: unexpected . after term \"\\\"a\\\"\""),
        ("{{ 089 }}", "template: c/templates/t.yaml:2: integer overflow: \"089\""),
        ("{{ 1e400 }}", "template: c/templates/t.yaml:2: illegal number syntax: \"1e400\""),
        ("{{ 'ab' }}", "template: c/templates/t.yaml:2: malformed character constant: 'ab'"),
        ("{{ define \"x\" }}1{{ end }}{{ define \"x\" }}2{{ end }}",
         "template: c/templates/t.yaml:2: template: multiple definition of template \"x\""),
        ("{{ range .Values.l }}{{ break 1 }}{{ end }}", "template: c/templates/t.yaml:2: unexpected \"1\" in {{break}}"),
    ])
    func parseErrors(_ snippet: String, _ message: String) {
        let e = EngineTestSupport.failure(snippet)
        #expect(e?.kind == .parse)
        #expect(e?.message == message)
    }

    @Test func errorLineAfterMultilineComment() throws {
        let set = TemplateSet(functions: EngineTestSupport.table)
        #expect(throws: TemplateError.self) {
            try set.parse(name: "t", text: "a: {{/* x\ny\nz */}}\nb: {{ end }}\n")
        }
        do {
            try set.parse(name: "t", text: "a: {{/* x\ny\nz */}}\nb: {{ end }}\n")
        } catch let e as TemplateError {
            #expect(e.message == "template: t:4: unexpected {{end}}")
        }
    }

    @Test func redefinitionRules() throws {
        let set = TemplateSet(functions: EngineTestSupport.table)
        try set.parse(name: "a", text: "{{ define \"x\" }}A{{ end }}")
        try set.parse(name: "b", text: "{{ define \"x\" }} {{ end }}")
        try set.parse(name: "t", text: "{{ template \"x\" }}")
        #expect(try set.execute(name: "t", data: .null) == "A")
        try set.parse(name: "c", text: "{{ define \"x\" }}C{{ end }}")
        #expect(try set.execute(name: "t", data: .null) == "C")
        #expect(set.contains("x") && set.contains("a") && !set.contains("nope"))
    }

    /// Go reports the last node it was "at": here the `"z"` argument (lang-exec/error-chain-node-text).
    @Test func errorNodeIsLastEvaluated() {
        let e = EngineTestSupport.failure("{{ (index .Values.m \"z\").nope }}")
        #expect(e?.nodeText == "\"z\"")
        #expect(e?.column == 22)
        #expect(e?.message.hasSuffix("can't evaluate field nope in type []interface {}") == true)
    }
}
