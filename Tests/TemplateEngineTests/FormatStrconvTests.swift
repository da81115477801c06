import Testing
@testable import TemplateEngine

/// strconv parsing as Sprig's `atoi`, `float64` and `int64` expose it, and
/// `strconv.Quote` as `%q`/`%+q` show it, against real Helm
/// (fixtures/calls/strconv.expected.jsonl).
struct FormatStrconvTests {
    static let cases = CallExpectation.load("strconv")

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count > 200)
    }

    @Test(arguments: cases)
    func call(_ c: CallExpectation) {
        let args = c.typedArgs.map(\.value)
        guard case .string(let format)? = args.first, let arg = args.dropFirst().first else {
            Issue.record("malformed case")
            return
        }
        var output: String
        if case .string(let s) = arg, c.id.hasPrefix("quote/") {
            output = GoStrconv.quote(s)
        } else if case .string(let s) = arg, c.id.hasPrefix("quoteascii/") {
            output = GoStrconv.quoteToASCII(s)
        } else {
            output = GoFormat.sprintf(format, [arg])
        }
        #expect(Array(output.utf8) == c.expected, "\(c.id): got \(output)")
    }

    @Test func errorTexts() throws {
        #expect(throws: GoStrconv.NumError(function: "Atoi", input: "x", reason: "invalid syntax")) {
            try GoStrconv.atoi("x")
        }
        let error = GoStrconv.NumError(function: "Atoi", input: "x", reason: "invalid syntax")
        #expect(error.description == "strconv." + "Atoi" + ": parsing " + GoStrconv.quote("x") + ": " + "invalid syntax")
        #expect(throws: GoStrconv.NumError(function: "ParseInt", input: "99999999999999999999", reason: "value out of range")) {
            try GoStrconv.parseInt("99999999999999999999", base: 10, bitSize: 64)
        }
        #expect(throws: GoStrconv.NumError(function: "ParseFloat", input: "1e400", reason: "value out of range")) {
            try GoStrconv.parseFloat("1e400")
        }
    }
}
