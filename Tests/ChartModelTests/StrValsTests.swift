import Testing
@testable import ChartModel

/// `--set`, `--set-string`, `--set-literal`, `--set-json`, `--set-file`
/// expressions and their order, against what Helm computed
/// (fixtures/values-cases/strvals*.jsonl, scripts/gen-values-expectations.py).
@Suite struct StrValsTests {
    @Test(arguments: ValuesCase.load(family: "strvals"))
    func matchesHelm(_ c: ValuesCase) {
        let (dump, error) = c.runMerge()
        if let expectedError = c.error {
            #expect(error == expectedError)
        } else {
            #expect(error == nil)
            #expect(dump == c.dumps["c/templates/zzdump.yaml"]?["values"])
        }
    }
}
