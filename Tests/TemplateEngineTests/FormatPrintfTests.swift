import Testing
@testable import TemplateEngine

/// `printf`, `print` and `println` against real Helm's answers
/// (fixtures/calls/printf.expected.jsonl).
struct FormatPrintfTests {
    static let cases = CallExpectation.load("printf")

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count > 2000)
    }

    @Test(arguments: cases)
    func call(_ c: CallExpectation) {
        let args = c.typedArgs.map(\.value)
        let output: String
        switch c.function {
        case "print": output = GoFormat.sprint(args)
        case "println": output = GoFormat.sprintln(args)
        default:
            guard case .string(let format)? = args.first else {
                Issue.record("printf case without a format")
                return
            }
            output = GoFormat.sprintf(format, Array(args.dropFirst()))
        }
        guard let expected = c.expected else {
            Issue.record("no expected output")
            return
        }
        // Go prints real addresses for %p; only their form is checked.
        if c.id.hasSuffix("/p"), String(decoding: expected, as: UTF8.self).hasPrefix("0x") {
            #expect(output.hasPrefix("0x"))
            return
        }
        #expect(Array(output.utf8) == expected, "\(c.id): got \(output) want \(String(decoding: expected, as: UTF8.self))")
    }
}
