import Testing
@testable import TemplateEngine

/// encoding/json's nesting limit (10,000 levels) and printing of deeply
/// nested values, against real Helm (fixtures/calls/jsondepth.expected.jsonl).
/// Runs on the large stack templates execute on.
struct JSONDepthTests {
    static let cases = CallExpectation.load("jsondepth")

    @Test(arguments: cases)
    func call(_ c: CallExpectation) throws {
        let output = try runWithLargeStack { () -> String in
            let args = c.typedArgs.map(\.value)
            guard case .string(let format)? = args.first else { return "" }
            return GoFormat.sprintf(format, Array(args.dropFirst()))
        }
        #expect(Array(output.utf8) == c.expected, "\(c.id): got \(output)")
    }
}

/// A map that contains itself: encoding/json reports the cycle (the text
/// is checked end to end by json-encode/cycle-* snippets); the printer
/// must not recurse forever.
struct CyclicValueTests {
    @Test func cyclesTerminate() throws {
        let map = GoMap(["x": .int(1)])
        map["self"] = .list(GoList([.map(map)]))
        #expect(throws: GoJSONError.self) { try runWithLargeStack { try GoJSON.marshal(.map(map)) } }
        let printed = try runWithLargeStack { GoFormat.format(.map(map)) }
        #expect(printed.hasPrefix("map[self:[map[self:"))
        map.removeValue(forKey: "self")
    }
}
