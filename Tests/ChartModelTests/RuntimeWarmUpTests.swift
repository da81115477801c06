import Testing
@testable import ChartModel

/// The warm-up render must run through (an error would end it before most of
/// the work it is there to do).
@Suite(.enabled(if: YAMLAvailability.available, "needs the YAML decoder"))
struct RuntimeWarmUpTests {
    @Test func rendersItsWholeChart() throws {
        let output = try #require(RuntimeWarmUp.run { false })
        #expect(output.contains("# Source: warm/charts/sub/templates/service.yaml"))
        #expect(output.contains("# Source: warm/templates/configmap.yaml"))
        #expect(output.contains("app.conf: |\n    level = info"))
        #expect(output.contains("# Source: warm/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\n"))
        #expect(output.contains("helm.sh/chart: warm-0.1.0"))
        #expect(output.contains("image: \"registry.example.com/registry.example.com/app:1.0\""))
        #expect(output.contains("nvidia.com/gpu: 1"))
        #expect(output.contains("# Source: warm/templates/checks.yaml\napiVersion: v1\nkind: ConfigMap\n"))
        #expect(output.contains("x: '2' 3 true true"))
        #expect(output.contains("z: 8 3.5 a\n"))
        #expect(output.contains("u: 2 a on 2 true"))
        #expect(output.contains("t: 1 2 0 4 warm"))
        #expect(output.contains("host: \"a.example.com\""))
        #expect(!output.contains("<no value>"))
    }

    @Test func stopsWhenAskedTo() {
        #expect(RuntimeWarmUp.run { true } == nil)
    }

    /// Stops asked for later still end the warm-up early (between the values
    /// steps, or within a template), with nothing printed.
    @Test(arguments: [2, 3, 4, 5, 6, 8, 12, 20])
    func stopsLaterWhenAskedTo(afterChecks n: Int) {
        var checks = 0
        #expect(RuntimeWarmUp.run { checks += 1; return checks >= n } == nil)
        #expect(checks == n)
    }
}
