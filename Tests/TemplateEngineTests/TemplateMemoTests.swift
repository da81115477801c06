import Testing
@testable import TemplateEngine

/// `TemplateSet.reuseIncludeOutputs`: when an `include`d template's earlier
/// output is reused and when it must run again. A counting function shows
/// which: it prints how often it has been called, so a reused output repeats
/// an earlier count. (Helm's behaviour in these cases is checked against the
/// oracle by the helm-include-reuse snippets.)
@Suite struct TemplateMemoTests {
    /// A set whose `include` runs a template of the set, with a counting
    /// function under `countName` (whose effect follows from that name).
    private func makeSet(countName: String) -> (TemplateSet, GoMap) {
        let counter = Counter()
        let functions = FunctionTable(SprigLibrary.functions)
        functions.add([
            TemplateFunction(countName) { _, _ in
                counter.calls += 1
                return .int(counter.calls)
            },
            TemplateFunction("include", params: [.string, .any]) { args, context in
                .string(try context.executeTemplate(named: args[0].stringValue ?? "", data: args[1]))
            },
        ])
        let set = TemplateSet(functions: functions)
        let root = GoMap(["Values": .map(GoMap(["a": .int(1)])), "Template": .map(GoMap(["Name": .string("t1")]))])
        set.reuseIncludeOutputs(volatileKey: "Template", in: [root])
        return (set, root)
    }

    private final class Counter { var calls = 0 }

    @Test func pureOutputIsReusedForTheSameData() throws {
        let (set, root) = makeSet(countName: "tick")
        try set.parse(name: "t", text: #"{{ define "h" }}{{ tick }}{{ end }}{{ include "h" . }} {{ include "h" . }} {{ include "h" .Values }}"#)
        #expect(try set.execute(name: "t", data: .map(root)) == "1 1 2")
    }

    @Test(arguments: ["randInt", "now", "uuidv4", "genPrivateKey", "getHostByName", "set", "merge", "sortAlpha"])
    func aRunThatCallsAnImpureFunctionRunsAgain(_ name: String) throws {
        let (set, root) = makeSet(countName: name)
        try set.parse(name: "t", text: #"{{ define "h" }}{{ \#(name) }}{{ end }}{{ include "h" . }} {{ include "h" . }}"#)
        #expect(try set.execute(name: "t", data: .map(root)) == "1 2")
    }

    @Test func anImpureCallInsideANestedTemplateCounts() throws {
        let (set, root) = makeSet(countName: "randAlpha")
        try set.parse(name: "t", text: #"{{ define "in" }}{{ randAlpha }}{{ end }}{{ define "out" }}[{{ include "in" . }}]{{ end }}{{ include "out" . }} {{ include "out" . }}"#)
        #expect(try set.execute(name: "t", data: .map(root)) == "[1] [2]")
    }

    @Test func aMutationBetweenRunsStopsReuse() throws {
        let (set, root) = makeSet(countName: "tick")
        try set.parse(name: "t", text: #"{{ define "h" }}{{ .Values.a }}{{ tick }}{{ end }}{{ include "h" . }} {{ $_ := set .Values "a" 5 }}{{ include "h" . }} {{ include "h" . }}"#)
        #expect(try set.execute(name: "t", data: .map(root)) == "11 52 52")
    }

    @Test func outputsCarryAcrossExecutionsUnlessTheVolatileKeyWasRead() throws {
        let (set, root) = makeSet(countName: "tick")
        try set.parse(name: "plain", text: #"{{ define "p" }}{{ tick }}{{ end }}{{ include "p" . }}"#)
        try set.parse(name: "named", text: #"{{ define "n" }}{{ .Template.Name }}{{ tick }}{{ end }}{{ include "n" . }}"#)
        #expect(try set.execute(name: "plain", data: .map(root)) == "1")
        #expect(try set.execute(name: "named", data: .map(root)) == "t12")
        root["Template"] = .map(GoMap(["Name": .string("t2")]))
        set.volatileKeyReplaced()
        #expect(try set.execute(name: "plain", data: .map(root)) == "1")
        #expect(try set.execute(name: "named", data: .map(root)) == "t23")
    }

    @Test func readingTheWholeWatchedMapCountsAsReadingTheKey() throws {
        let (set, root) = makeSet(countName: "tick")
        try set.parse(name: "t", text: #"{{ define "k" }}{{ len (keys .) }}{{ tick }}{{ end }}{{ include "k" . }}"#)
        #expect(try set.execute(name: "t", data: .map(root)) == "21")
        set.volatileKeyReplaced()
        #expect(try set.execute(name: "t", data: .map(root)) == "22")
    }

    @Test func replacingATemplateStopsReuse() throws {
        let (set, root) = makeSet(countName: "tick")
        try set.parse(name: "a", text: #"{{ define "h" }}old{{ tick }}{{ end }}{{ include "h" . }}"#)
        #expect(try set.execute(name: "a", data: .map(root)) == "old1")
        #expect(try set.execute(name: "a", data: .map(root)) == "old1")
        try set.parse(name: "b", text: #"{{ define "h" }}new{{ tick }}{{ end }}"#)
        #expect(try set.execute(name: "a", data: .map(root)) == "new2")
    }

    @Test func noReuseBeyondTheDepthLimit() throws {
        let (set, root) = makeSet(countName: "tick")
        // `down` nests `include` calls; the leaf runs at every depth with the same data.
        try set.parse(name: "t", text: #"{{ define "leaf" }}{{ tick }}{{ end }}{{ define "down" }}{{ if gt .i 0 }}{{ include "down" (dict "i" (sub .i 1) "root" .root) }}{{ else }}{{ include "leaf" .root }}{{ end }}{{ end }}{{ include "leaf" . }} {{ include "down" (dict "i" 5 "root" .) }} {{ include "down" (dict "i" \#(TemplateMemo.maxDepth + 5) "root" .) }}"#)
        #expect(try set.execute(name: "t", data: .map(root)) == "1 1 2")
    }

    @Test func aReadObserverTurnsReuseOff() throws {
        let (set, root) = makeSet(countName: "tick")
        set.readObserver = ReadCounter()
        try set.parse(name: "t", text: #"{{ define "h" }}{{ tick }}{{ end }}{{ include "h" . }} {{ include "h" . }}"#)
        #expect(try set.execute(name: "t", data: .map(root)) == "1 2")
    }

    private final class ReadCounter: MapReadObserver {
        func didRead(_ map: GoMap, key: String) {}
    }

    @Test func withoutReuseEveryRunRuns() throws {
        let functions = FunctionTable([TemplateFunction("include", params: [.string, .any]) { args, context in
            .string(try context.executeTemplate(named: args[0].stringValue ?? "", data: args[1]))
        }])
        let counter = Counter()
        functions.add([TemplateFunction("tick") { _, _ in
            counter.calls += 1
            return .int(counter.calls)
        }])
        let set = TemplateSet(functions: functions)
        try set.parse(name: "t", text: #"{{ define "h" }}{{ tick }}{{ end }}{{ include "h" . }} {{ include "h" . }}"#)
        #expect(try set.execute(name: "t", data: .map(GoMap())) == "1 2")
    }

    @Test func effectsByName() {
        #expect(FunctionEffect.of("include") == .pure)
        #expect(FunctionEffect.of("tpl") == .pure)
        #expect(FunctionEffect.of("toYaml") == .pure)
        #expect(FunctionEffect.of("randAlphaNum") == .impure)
        #expect(FunctionEffect.of("durationRound") == .impure)
        #expect(FunctionEffect.of("mustMergeOverwrite") == .mutatesArguments)
        #expect(FunctionEffect.of("unset") == .mutatesArguments)
        #expect(FunctionEffect.of("Get") == .pure)
        #expect(FunctionEffect.of("AsSecrets") == .pure)
    }

    @Test(arguments: ["set", "unset", "merge", "mustMerge", "mergeOverwrite", "mustMergeOverwrite", "sortAlpha"])
    func mutatingFunctions(_ name: String) {
        #expect(FunctionEffect.of(name) == .mutatesArguments)
    }

    @Test(arguments: [
        "now", "ago", "date", "dateInZone", "date_in_zone", "htmlDate", "htmlDateInZone", "durationRound",
        "randAlpha", "randAlphaNum", "randAscii", "randNumeric", "randBytes", "randInt", "shuffle", "uuidv4",
        "genPrivateKey", "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey",
        "genSignedCert", "genSignedCertWithKey", "encryptAES", "bcrypt", "htpasswd", "getHostByName",
    ])
    func impureFunctions(_ name: String) {
        #expect(FunctionEffect.of(name) == .impure)
    }

    @Test(arguments: ["sortAlphaX", "sets", "mergeo", "dateModify", "toDate", "randX", "", "Set"])
    func pureNeighbours(_ name: String) {
        #expect(FunctionEffect.of(name) == .pure)
    }
}
