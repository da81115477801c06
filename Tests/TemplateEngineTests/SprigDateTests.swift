import Testing
@testable import TemplateEngine

/// Go time layouts, durations and zones beyond the Helm-checked snippets.
struct SprigDateTests {
    init() { SprigCaller.setUTC() }

    @Test(arguments: [
        (Int64(0), "0s"), (1, "1ns"), (1500, "1.5µs"), (2_500_000, "2.5ms"), (1_000_000_000, "1s"),
        (3_600_000_000_000, "1h0m0s"), (-90_000_000_000, "-1m30s"), (Int64.min, "-2562047h47m16.854775808s"),
    ])
    func durationString(_ ns: Int64, _ expected: String) {
        #expect(GoDuration.string(ns) == expected)
    }

    @Test(arguments: [("1h30m", Int64(5_400_000_000_000)), ("-1.5s", -1_500_000_000), ("1µs", 1000), ("0", 0)])
    func parseDuration(_ text: String, _ ns: Int64) throws {
        #expect(try GoDuration.parse(text) == ns)
    }

    @Test func formatParseRoundTrip() throws {
        let layout = "2006-01-02T15:04:05.000000000Z07:00"
        let loc = try GoLocation.load("America/New_York")
        for unix: Int64 in [-2_000_000_000, 0, 1_700_000_000, 4_102_444_800, 253_402_300_799] {
            let t = GoTime(unix: unix, nsec: 123_456_789, location: loc, monotonic: nil)
            let text = GoTimeFormat.format(t, layout: layout)
            let back = try GoTimeParse.parse(layout: layout, value: text, location: loc)
            #expect(back.unix == unix && back.nsec == 123_456_789, "\(text)")
        }
    }

    @Test func timeStringAndZeroTime() {
        #expect(GoTime.zero.description == "0001-01-01 00:00:00 +0000 UTC")
        let t = GoTime(unix: 0, nsec: 5, location: .utc, monotonic: 1_500_000_000)
        #expect(t.description == "1970-01-01 00:00:00.000000005 +0000 UTC m=+1.500000000")
    }

    @Test func unknownZoneFails() {
        #expect(throws: (any Error).self) { try GoLocation.load("No/Such_Zone") }
        #expect(throws: (any Error).self) { try GoLocation.load("../../etc/passwd") }
    }
}
