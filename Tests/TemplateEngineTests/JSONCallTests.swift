import Testing
@testable import TemplateEngine

/// encoding/json as `toJson`, `toRawJson`, `toPrettyJson` (and their
/// `must` forms), `fromJson` and `fromJsonArray` use it, against real Helm
/// (fixtures/calls/json.expected.jsonl).
struct JSONCallTests {
    static let cases = CallExpectation.load("json")

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count > 300)
    }

    @Test(arguments: cases)
    func call(_ c: CallExpectation) {
        check(c)
    }

    private func check(_ c: CallExpectation) {
        let args = c.typedArgs.map(\.value)
        guard let arg = args.last else {
            Issue.record("case without arguments")
            return
        }
        var output: String? = nil
        var failure: String? = nil
        do {
            switch c.function {
            case "printf": output = GoFormat.sprintf(c.typedArgs.first.map { if case .string(let s) = $0 { return s } else { return "" } } ?? "", [arg])
            case "toJson": output = (try? GoJSON.marshal(arg)) ?? ""
            case "toPrettyJson": output = (try? GoJSON.marshalIndent(arg, prefix: "", indent: "  ")) ?? ""
            case "toRawJson", "mustToRawJson": output = try GoJSON.marshal(arg, escapeHTML: false)
            case "mustToJson": output = try GoJSON.marshal(arg)
            case "mustToPrettyJson": output = try GoJSON.marshalIndent(arg, prefix: "", indent: "  ")
            default: Issue.record("unknown function \(c.function)")
            }
        } catch {
            failure = "\(error)"
        }
        if let expected = c.expected {
            #expect(output.map { Array($0.utf8) } == expected,
                    "\(c.id): got \(output ?? "error \(failure ?? "")") want \(String(decoding: expected, as: UTF8.self))")
        } else {
            #expect(failure == c.error, "\(c.id): got \(output ?? failure ?? "")")
        }
    }
}
