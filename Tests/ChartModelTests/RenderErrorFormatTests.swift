import Testing
@testable import ChartModel

/// Helm's error rewriting (engine.go `cleanupParseError`,
/// `reformatExecErrorMsg`), on Go error texts and the messages Helm v4.2.3
/// prints for them (checked with the oracle).
@Suite struct RenderErrorFormatTests {
    @Test func parseErrorKeepsLocationAndLastMessage() {
        #expect(RenderErrorFormatter.parseError(file: "c/templates/t.yaml",
                                                message: "template: c/templates/t.yaml:2: unclosed action")
                == "parse error at (c/templates/t.yaml:2): unclosed action")
    }

    @Test func requiredMessageBecomesExecutionError() {
        let go = "template: c/templates/t.yaml:1:6: executing \"c/templates/t.yaml\" at <required \"need a\" .Values.a>: error calling required: HELM_ERR_STARTneed aHELM_ERR_END"
        #expect(RenderErrorFormatter.execError(file: "c/templates/t.yaml", message: go)
                == "execution error at (c/templates/t.yaml:1:6): need a")
    }

    @Test func includeChainIsLaidOutPerLocation() {
        let go = "template: c/templates/t.yaml:1:6: executing \"c/templates/t.yaml\" at <include \"x\" .>: error calling include: template: c/templates/_h.tpl:1:26: executing \"x\" at <.Values.a.b.c>: nil pointer evaluating interface {}.b"
        #expect(RenderErrorFormatter.execError(file: "c/templates/t.yaml", message: go) == """
            c/templates/t.yaml:1:6
              executing "c/templates/t.yaml" at <include "x" .>:
                error calling include:
            c/templates/_h.tpl:1:26
              executing "x" at <.Values.a.b.c>:
                nil pointer evaluating interface {}.b
            """)
    }

    @Test func plainFunctionErrorIsKeptWhole() {
        let go = "template: c/templates/t.yaml:1:6: executing \"c/templates/t.yaml\" at <index .Values.l 5>: error calling index: index out of range: 5"
        #expect(RenderErrorFormatter.execError(file: "c/templates/t.yaml", message: go) == go)
    }

    @Test func noValueIsRemovedEverywhere() {
        #expect(NoValueRemoval.apply("a<no value>b<no value>") == "ab")
        #expect(NoValueRemoval.apply("plain") == "plain")
        #expect(NoValueRemoval.apply("<no value") == "<no value")
    }
}
