import Testing
@testable import TemplateEngine

/// Go's IsPrint by Go's Unicode version (not Swift's): `%q`, `%#U` and `js`
/// of code points new in recent Unicode versions and of old ones, against
/// real Helm (fixtures/calls/unicode.expected.jsonl).
struct FormatUnicodeTests {
    static let cases = CallExpectation.load("unicode")

    @Test(arguments: cases)
    func call(_ c: CallExpectation) {
        let args = c.typedArgs.map(\.value)
        let output: String
        if c.function == "js" {
            output = GoEscape.js(GoEscape.evalArgs(args))
        } else if case .string(let format)? = args.first {
            output = GoFormat.sprintf(format, Array(args.dropFirst()))
        } else {
            output = ""
        }
        #expect(Array(output.utf8) == c.expected, "\(c.id): got \(output)")
    }

    @Test func rangesAreSortedPairs() {
        let b = GoPrintableRanges.bounds
        #expect(b.count % 2 == 0)
        #expect(zip(b, b.dropFirst()).allSatisfy { $0 <= $1 })
    }
}
