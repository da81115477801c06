import Testing
@testable import ChartModel

/// The warm-up render must run through (a template error would end it before
/// most of the work it is there to do).
@Suite(.enabled(if: YAMLAvailability.available, "needs the YAML decoder"))
struct RuntimeWarmUpTests {
    @Test func rendersItsWholeTemplate() throws {
        let output = try #require(RuntimeWarmUp.run { false })
        #expect(output.hasPrefix("apiVersion: apps/v1\nkind: Deployment\n"))
        #expect(output.contains("helm.sh/chart: warm-0.1.0"))
        #expect(output.contains("- name: \"app\"\n          image: \"registry.example.com/app:1.0\""))
        #expect(output.contains("nvidia.com/gpu: 1"))
        #expect(output.contains("x: '2' eA== 3 true"))
        #expect(output.contains("host: \"a.example.com\""))
        #expect(!output.contains("<no value>"))
    }

    @Test func stopsWhenAskedTo() {
        #expect(RuntimeWarmUp.run { true } == nil)
    }
}
