import Foundation
import Testing
@testable import TemplateEngine

/// Runs the simple Sprig snippet cases (see `SprigSnippetEvaluator`) by
/// calling the functions directly and compares with the oracle's goldens:
/// the rendered line, or the `error calling NAME: MESSAGE` text.
struct SprigDirectGoldenTests {
    struct Case: CustomStringConvertible, Sendable {
        let id: String
        let snippet: String
        let exit: Int
        let stdout: String
        let stderr: String
        var description: String { id }
    }

    static let families = [
        "sprig-strings", "sprig-conversion", "sprig-math", "sprig-lists", "sprig-dicts", "sprig-defaults",
        "sprig-reflection", "sprig-regex", "sprig-encoding", "sprig-paths", "sprig-urls",
    ]

    static func loadCases() -> [Case] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/snippets")
        var cases: [Case] = []
        for family in families {
            guard let input = try? String(contentsOf: root.appendingPathComponent(family + ".jsonl"), encoding: .utf8),
                  let golden = try? String(contentsOf: root.appendingPathComponent(family + ".golden.jsonl"), encoding: .utf8)
            else { continue }
            var snippets: [String: String] = [:]
            for line in input.split(separator: "\n") {
                guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = o["id"] as? String, let s = o["snippet"] as? String, o["values"] == nil else { continue }
                snippets[id] = s
            }
            for line in golden.split(separator: "\n") {
                guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = o["id"] as? String, let s = snippets[id] else { continue }
                cases.append(Case(id: id, snippet: s, exit: o["exit"] as? Int ?? -1,
                                  stdout: o["stdout"] as? String ?? "", stderr: o["stderr"] as? String ?? ""))
            }
        }
        return cases
    }

    @Test(arguments: loadCases())
    func matchesOracle(_ c: Case) throws {
        var evaluator = SprigSnippetEvaluator(functions: SprigLibrary.functions)
        guard let result = try? evaluator.evaluate(c.snippet) else { return }
        switch result {
        case .success(let text):
            let expected = c.stdout.components(separatedBy: "out: |-\n").last ?? ""
            if c.exit != 0 {
                Issue.record("\(c.id): got \(text.debugDescription), oracle failed: \(c.stderr)")
                return
            }
            let got = text.isEmpty ? "" : "  " + text.replacingOccurrences(of: "\n", with: "\n  ") + "\n"
            #expect(got == expected, "\(c.id)")
        case .failure(let e):
            #expect(c.stderr.contains(": error calling ") && c.stderr.contains(e.message), "\(c.id): \(e.message) vs \(c.stderr)")
        }
    }
}
