import Testing
@testable import TemplateEngine

/// `TemplateSet.interruption`: asked every `interruptionInterval` walked
/// nodes; when it says stop, the execution throws at once.
@Suite struct ExecutionInterruptionTests {
    private final class Calls { var count = 0 }

    private func makeSet() throws -> TemplateSet {
        let set = TemplateSet(functions: FunctionTable(SprigLibrary.functions))
        try set.parse(name: "t", text: "{{ range until 1000 }}{{ . }},{{ end }}")
        return set
    }

    @Test func aHookThatNeverStopsLetsTheExecutionFinish() throws {
        let set = try makeSet()
        let calls = Calls()
        set.interruption = { calls.count += 1; return false }
        let out = try set.execute(name: "t", data: .null)
        #expect(out.hasPrefix("0,1,2,") && out.hasSuffix("998,999,"))
        // About two walked nodes per item: the hook is asked every 32 of them.
        #expect(calls.count >= 1000 * 2 / TemplateSet.interruptionInterval - 2)
    }

    @Test func aHookThatStopsEndsTheExecution() throws {
        let set = try makeSet()
        let calls = Calls()
        set.interruption = { calls.count += 1; return calls.count == 3 }
        #expect(throws: TemplateError.self) { try set.execute(name: "t", data: .null) }
        #expect(calls.count == 3)
    }
}
