import Testing
@testable import TemplateEngine

/// float64 formatting (shortest and fixed precision, %e/%f/%g and
/// encoding/json) on 570 values, many of them random bit patterns, against
/// real Helm (fixtures/calls/floats.expected.jsonl).
struct FormatFloatTests {
    static let cases = CallExpectation.load("floats")

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count > 8000)
    }

    @Test func allCases() {
        var failures: [String] = []
        for c in Self.cases {
            let args = c.typedArgs.map(\.value)
            guard let value = args.last else { continue }
            let output: String
            if c.function == "toJson" {
                output = (try? GoJSON.marshal(value)) ?? ""
            } else if case .string(let format)? = args.first {
                output = GoFormat.sprintf(format, [value])
            } else {
                continue
            }
            if c.id.hasSuffix("/%v"), case .float(let f) = value, Array(GoFloat.formatV(f).utf8) != c.expected {
                failures.append("\(c.id): formatV gives \(GoFloat.formatV(f))")
            }
            if Array(output.utf8) != c.expected {
                failures.append("\(c.id): got \(output) want \(String(decoding: c.expected ?? [], as: UTF8.self))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches: \(failures.prefix(20).joined(separator: "; "))")
    }
}
