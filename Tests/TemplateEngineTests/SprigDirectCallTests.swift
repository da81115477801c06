import Foundation
import Testing
@testable import TemplateEngine

/// Single-call Sprig snippets checked against real Helm's output, without
/// the template engine: the function's result (or error text) must be what
/// Helm printed for the snippet.
struct SprigDirectCallTests {
    static let cases: [SprigDirectCallCase] = {
        SprigCaller.setUTC()
        return SprigDirectCallCase.loadAll().filter { c in
            guard let f = SprigCaller.table.lookup(c.function) else { return false }
            // Errors the executor reports before calling (argument conversion)
            // are not the function's to produce.
            if c.expectedExit != 0 && !c.expectedStderr.contains("error calling \(c.function): ") { return false }
            _ = f
            return SprigCaller.canEvaluate(c.function, c.arguments)
        }
    }()

    /// Cases whose output depends on the clock or on randomness.
    static let nondeterministic: Set<String> = []

    @Test func enoughCases() {
        #expect(Self.cases.count >= 150)
    }

    @Test(arguments: cases)
    func matchesHelm(_ c: SprigDirectCallCase) throws {
        let header = "---\n# Source: c/templates/t.yaml\nout: |-\n  "
        do {
            let result = try #require(try SprigCaller.evaluate(c.function, c.arguments))
            #expect(c.expectedExit == 0, "Helm failed: \(c.expectedStderr)")
            #expect(header + SprigCaller.render(result) + "\n" == c.expectedStdout)
        } catch let e as FunctionError {
            #expect(c.expectedExit != 0, "unexpected error: \(e.message)")
            #expect(c.expectedStderr.contains(": \(e.message)\n"),
                    "got \(e.message); Helm: \(c.expectedStderr)")
        }
    }
}
