import ChartModel
import TemplateEngine
import Testing

/// Reading the frames of Go's chained execution errors, and the report
/// built from them.
struct ErrorChainTests {
    @Test func readsEveryFrameOutermostFirst() {
        let message = #"template: c/templates/t.yaml:3:3: executing "c/templates/t.yaml" at <include "c.x" .>: error calling include: template: c/templates/_h.tpl:2:4: executing "c.x" at <.Values.a>: map has no entry for key "a""#
        let chain = ErrorChain.parse(message)
        #expect(chain?.frames == [
            ErrorChain.Frame(file: "c/templates/t.yaml", line: 3, column: 3, node: "include \"c.x\" ."),
            ErrorChain.Frame(file: "c/templates/_h.tpl", line: 2, column: 4, node: ".Values.a"),
        ])
        #expect(chain?.message == "map has no entry for key \"a\"")
    }

    @Test func noFramesIsNil() {
        #expect(ErrorChain.parse("template: no template \"x\" associated with template \"gotpl\"") == nil)
    }

    @Test func strictMessageCutsThePathAtTheMissingKey() {
        let values = GoMap(["image": .map(GoMap(["tag": .string("v1")]))])
        let error = TemplateError(kind: .exec, message: #"template: c/templates/t.yaml:1:6: executing "c/templates/t.yaml" at <.Values.imag.tag>: map has no entry for key "imag""#)
        #expect(StrictMessage.make(for: error, values: values)
            == "c/templates/t.yaml:1:6: .Values.imag is not set (did you mean .Values.image?)")
    }

    @Test func explanationCaretUsesByteColumns() {
        let chain = ErrorChain(frames: [ErrorChain.Frame(file: "t", line: 1, column: 6, node: ".x")], message: "m")
        let text = ErrorExplanation.text(for: chain) { _ in "b:\t{{ .x }}\n" }
        #expect(text == "t:1:6\n  1 | b:\t{{ .x }}\n    |   \t   ^\n")
    }
}
