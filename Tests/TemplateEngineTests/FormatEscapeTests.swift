import Testing
@testable import TemplateEngine

/// The `html`, `js` and `urlquery` builtins' escapers against real Helm
/// (fixtures/calls/escape.expected.jsonl).
struct FormatEscapeTests {
    static let cases = CallExpectation.load("escape")

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count > 50)
    }

    @Test(arguments: cases)
    func call(_ c: CallExpectation) {
        let text = GoEscape.evalArgs(c.typedArgs.map(\.value))
        let output: String
        switch c.function {
        case "html": output = GoEscape.html(text)
        case "js": output = GoEscape.js(text)
        default: output = GoEscape.urlquery(text)
        }
        #expect(Array(output.utf8) == c.expected, "\(c.id): got \(output)")
    }
}
