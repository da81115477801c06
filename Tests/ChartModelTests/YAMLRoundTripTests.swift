import Foundation
import Testing
import TemplateEngine
@testable import ChartModel

/// Properties of the YAML layer that hold whatever Helm prints: what
/// `toYaml` writes reads back as the same value, limits stop hostile input
/// quickly, and splitting keeps every document.
@Suite struct YAMLRoundTripTests {
    static let strings: [String] = [
        "", "plain", "yes", "No", "on", "~", "null", "1", "0x1F", "1e3", "1_000", "0755", ".5", "1:20",
        "2001-12-14", "a: b", "- a", "#c", "x #c", "'q'", "\"dq\"", "a\nb", "a\nb\n", "a\nb\n\n", "\nlead",
        " lead", "trail ", "tab\tin", "é日本語", "\u{1F600}", "back\\slash", "---", "...", "<<",
        String(repeating: "word ", count: 40), String(repeating: "x", count: 200),
        "line\n  indented\n\ttab", "\u{07}bell", "a\r\nb",
    ]

    @Test(arguments: strings)
    func stringReadsBack(_ s: String) throws {
        let text = try YAMLEncoder.encode(.map(["k": .string(s)]))
        let back = try YAMLDecoder.decodeValues(Array(text.utf8))
        #expect(back["k"]?.stringValue == s, "\(text)")
    }

    /// `<<` is excluded: written plain, it reads back as a merge key (as in go-yaml).
    @Test(arguments: strings.filter { $0 != "<<" })
    func keyReadsBack(_ s: String) throws {
        let text = try YAMLEncoder.encode(.map([s: .float(1)]))
        let back = try YAMLDecoder.decodeValues(Array(text.utf8))
        #expect(back.storage.keys.first == s, "\(text)")
    }

    @Test(arguments: [0.0, 1, -1, 0.5, 1234567, 1e21, 1e-7, 123456789.125, 1e300, -2.5e-300])
    func numberReadsBack(_ f: Double) throws {
        let text = try YAMLEncoder.encode(.list([.float(f)]))
        guard case .list(let l) = try YAMLDecoder.decode(Array(text.utf8)), case .float(let g)? = l.items.first else {
            Issue.record("not a list of one number: \(text)")
            return
        }
        #expect(g == f)
    }

    @Test func nestedStructureReadsBack() throws {
        let value: Value = .map([
            "a": .list([.float(1), .string("x"), .null, .bool(true), .list([]), .map([:])]),
            "b": .map(["c": .map(["d": .list([.map(["e": .string("multi\nline")])])])]),
        ])
        let text = try YAMLEncoder.encode(value)
        let back = try YAMLDecoder.decode(Array(text.utf8))
        #expect(try YAMLEncoder.encode(back) == text)
    }

    @Test func billionLaughsFailsFast() throws {
        var text = "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        let names = "abcdefghijklmnop".map(String.init)
        for i in 1..<names.count {
            text += "\(names[i]): &\(names[i]) [" + Array(repeating: "*" + names[i - 1], count: 10).joined(separator: ",") + "]\n"
        }
        let start = Date()
        #expect(throws: YAMLError.self) { try YAMLDecoder.decode(Array(text.utf8)) }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func selfReferenceFails() {
        #expect(throws: YAMLError.self) { try YAMLDecoder.decode(Array("a: &x [*x]\n".utf8)) }
    }

    @Test func deepNestingIsBounded() {
        let depth = YAMLNodeTree.maxDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: YAMLError.self) { try YAMLDecoder.decode(Array(text.utf8)) }
    }

    @Test func nestingBelowTheLimitDecodes() throws {
        let depth = 500
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try YAMLDecoder.decode(Array(text.utf8)).listValue != nil)
    }

    @Test func loadValuesMergesDocuments() throws {
        let m = try YAMLDecoder.loadValues(Array("a: {x: 1}\n---\na: {y: 2}\nb: 3\n".utf8))
        #expect(m["a"]?.mapValue?.count == 2)
        #expect(m["b"] != nil)
    }

    @Test func splitKeepsEveryDocument() throws {
        let docs = try YAMLDecoder.splitDocuments(Array("---\na: 1\n---\nb: 2\n--- # c\nc: 3".utf8))
        #expect(docs.count == 3)
    }
}
