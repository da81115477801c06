import Foundation
import Testing
@testable import TemplateEngine

/// Random and mutated templates (mutations of the lang-* snippet cases) are
/// parsed and executed; none may crash or hang. The count defaults to a
/// quick run; `ENGINE_FUZZ_COUNT=100000` runs the full campaign.
@Suite struct EngineFuzzTests {
    static let defaultCount = 5_000
    static let seed: UInt64 = 0x5EED_7E3B_1A7E
    /// Bounds on a generated template's work (Go has none; random loops
    /// and recursion could otherwise run for hours).
    static let walkBudget = 5_000
    static let maxExecDepth = 2_000

    /// SplitMix64: a small deterministic generator.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
        mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    }

    static let fragments = [
        "{{", "}}", "{{- ", " -}}", "-", "\"", "'", "`", "(", ")", "|", ".", "$", ":=", "=", ",", " ", "\n",
        "{{/*", "*/}}", ".Values", ".a", ".b", "$x", "$", "if", "else", "end", "range", "with", "define", "template",
        "block", "break", "continue", "nil", "true", "0", "1", "-1", "1.5", "0x1F", "'a'", "\"s\"", "and", "or",
        "not", "len", "index", "slice", "eq", "lt", "print", "printf", "html", "js", "urlquery", "call", "upper",
        "include", "list", "default",
    ]

    static func seedTemplates() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let dir = root.appendingPathComponent("fixtures/snippets")
        var out: [String] = []
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        for f in files.sorted() where f.hasPrefix("lang-") && f.hasSuffix(".jsonl") && !f.hasSuffix(".golden.jsonl") {
            guard let text = try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                guard let data = line.data(using: .utf8),
                      let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                if let s = obj["snippet"] as? String { out.append(s) }
                if let t = obj["template"] as? String { out.append(t) }
            }
        }
        return out.isEmpty ? ["{{ .Values.a }}", "{{ range $i, $v := .l }}{{ $i }}{{ end }}"] : out
    }

    static func mutate(_ text: String, _ g: inout Generator) -> String {
        var b = Array(text.utf8)
        switch g.below(9) {
        case 0:  // byte flips
            for _ in 0..<(1 + g.below(3)) where !b.isEmpty {
                b[g.below(b.count)] = UInt8(truncatingIfNeeded: g.next())
            }
        case 1:  // truncation
            b = Array(b.prefix(g.below(b.count + 1)))
        case 2, 3, 4:  // inserted fragments
            for _ in 0..<(1 + g.below(3)) {
                let frag = Array(g.pick(fragments).utf8)
                b.insert(contentsOf: frag, at: g.below(b.count + 1))
            }
        case 5:  // deep nesting
            let k = 1 + g.below(100)
            switch g.below(3) {
            case 0: b = Array(("{{ " + String(repeating: "(", count: k) + "1" + String(repeating: ")", count: k) + " }}").utf8) + b
            case 1: b = Array((String(repeating: "{{ if 1 }}", count: k) + text + String(repeating: "{{ end }}", count: k)).utf8)
            default: b = Array((String(repeating: "{{ with . }}", count: k) + text).utf8)
            }
        case 6:  // deletion of a span
            if !b.isEmpty {
                let start = g.below(b.count)
                b.removeSubrange(start..<min(b.count, start + 1 + g.below(8)))
            }
        case 7:  // duplication of a span
            if !b.isEmpty {
                let start = g.below(b.count)
                let span = b[start..<min(b.count, start + 1 + g.below(16))]
                b.insert(contentsOf: span, at: g.below(b.count + 1))
            }
        default:  // random fragments
            var s = ""
            for _ in 0..<(1 + g.below(20)) { s += g.pick(fragments) }
            b = Array(s.utf8)
        }
        return String(decoding: b, as: UTF8.self)
    }

    static let data: Value = .map([
        "Values": .map(["a": .float(1), "b": .string("x"), "l": .list([.float(1), .string("s"), .null]),
                        "m": .map(["k": .bool(true)]), "s": .string("hello")]),
        "a": .map(["b": .list([])]),
        "l": .list([.string("p"), .string("q")]),
    ])

    @Test func randomAndMutatedTemplatesNeverCrash() throws {
        let count = Int(ProcessInfo.processInfo.environment["ENGINE_FUZZ_COUNT"] ?? "") ?? Self.defaultCount
        let seeds = Self.seedTemplates()
        let table = EngineTestSupport.table
        let start = Date()
        let (ran, parsed, executed) = try runWithLargeStack { () -> (Int, Int, Int) in
            var g = Generator(state: Self.seed)
            var ran = 0, parsed = 0, executed = 0
            for i in 0..<count {
                var text = g.pick(seeds)
                for _ in 0..<(1 + g.below(3)) { text = Self.mutate(text, &g) }
                if i % 10 == 0 { text = Self.mutate("", &g) }
                let set = TemplateSet(functions: table, options: ExecutionOptions(maxExecDepth: Self.maxExecDepth))
                set.walkBudget = Self.walkBudget
                ran += 1
                do {
                    try set.parse(name: "f", text: text)
                    parsed += 1
                    _ = try set.execute(name: "f", data: Self.data)
                    executed += 1
                } catch is TemplateError {
                    continue
                } catch {
                    Issue.record("non-template error for \(text.debugDescription): \(error)")
                }
            }
            return (ran, parsed, executed)
        }
        let seconds = Date().timeIntervalSince(start)
        print("engine fuzz: ran \(ran), parsed \(parsed), executed OK \(executed) in \(String(format: "%.1f", seconds)) s")
        #expect(ran == count)
        #expect(parsed > 0 && executed > 0)
    }
}
