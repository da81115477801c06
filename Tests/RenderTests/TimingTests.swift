import Foundation
import Testing
@testable import render

/// `render_ms=` prints milliseconds with three decimals, as `%.3f` would.
@Suite struct TimingTests {
    @Test(arguments: [
        (0.0, "0.000"), (999.0, "0.001"), (1_000.0, "0.001"), (1_234_567.0, "1.235"), (12_000_000.0, "12.000"),
        (999_600.0, "1.000"), (50_000.0, "0.050"), (123_456_789_000.0, "123456.789"),
    ])
    func millisecondsWithThreeDecimals(_ nanoseconds: Double, _ text: String) {
        #expect(Timing.milliseconds(nanoseconds) == text)
    }

    @Test func reportTimeLine() throws {
        let r = try RenderProcess.run(["template", "demo", "charts/doks-ml", "--report-time"],
                                      in: FixtureCase.fixturesDirectory)
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("render: render_ms="))
        #expect(r.stderr.range(of: #"^render: render_ms=[0-9]+\.[0-9]{3}\n$"#, options: .regularExpression) != nil)
    }
}
