import Testing
@testable import ChartModel

/// Values files, coalescing, nulls, globals and subchart values against
/// what Helm computed (fixtures/values-cases/values*.jsonl).
@Suite(.enabled(if: YAMLAvailability.available, "needs the YAML decoder"))
struct ValuesCoalescingTests {
    @Test(arguments: ValuesCase.load(family: "values"))
    func matchesHelm(_ c: ValuesCase) {
        PipelineExpectation.check(c, compareChart: false)
    }
}

/// Dependencies (conditions, tags, aliases, import-values, version ranges,
/// nesting, requirements.yaml) and the resulting `.Chart` objects
/// (fixtures/values-cases/deps*.jsonl).
@Suite(.enabled(if: YAMLAvailability.available, "needs the YAML decoder"))
struct DependenciesTests {
    @Test(arguments: ValuesCase.load(family: "deps"))
    func matchesHelm(_ c: ValuesCase) {
        PipelineExpectation.check(c, compareChart: true)
    }
}

/// `values.schema.json` validation of charts and subcharts with Helm's
/// messages (fixtures/values-cases/schema*.jsonl).
@Suite(.enabled(if: YAMLAvailability.available, "needs the YAML decoder"))
struct SchemaValidationTests {
    @Test(arguments: ValuesCase.load(family: "schema"))
    func matchesHelm(_ c: ValuesCase) {
        PipelineExpectation.check(c, compareChart: false)
    }
}

/// Chart loading: Chart.yaml decoding and validation, .helmignore, the
/// files `.Files` serves, subcharts as directories and archives, hostile
/// archives (fixtures/values-cases/loader*.jsonl).
@Suite(.enabled(if: YAMLAvailability.available, "needs the YAML decoder"))
struct LoaderTests {
    @Test(arguments: ValuesCase.load(family: "loader"))
    func matchesHelm(_ c: ValuesCase) {
        PipelineExpectation.check(c, compareChart: true, compareFiles: true)
    }
}

enum PipelineExpectation {
    static func check(_ c: ValuesCase, compareChart: Bool, compareFiles: Bool = false) {
        let (dumps, error) = c.run()
        if let expectedError = c.error {
            #expect(error == expectedError)
            return
        }
        #expect(error == nil, "\(error ?? "")")
        #expect(Set(dumps.keys) == Set(c.dumps.keys))
        for (source, expected) in c.dumps {
            #expect(dumps[source]?["values"] == expected["values"], "\(source) values")
            if compareChart {
                #expect(dumps[source]?["chart"] == expected["chart"], "\(source) .Chart")
            }
            if compareFiles {
                #expect(dumps[source]?["files"] == expected["files"], "\(source) .Files")
            }
        }
    }
}
