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

/// Extreme inputs from templates must not trap.
struct SprigDateExtremesTests {
    init() { SprigCaller.setUTC() }

    static let layout = "Mon Jan _2 15:04:05.000000000 MST 2006 002 -07:00:00"

    @Test(arguments: [Int64.max, Int64.min, Int64.max / 2, Int64.min / 2, 253_402_300_800, -62_135_596_801])
    func dateOfExtremeUnixTimes(_ unix: Int64) throws {
        for zone in ["UTC", "America/New_York", "Australia/Lord_Howe"] {
            let f = try #require(SprigCaller.table.lookup("dateInZone"))
            _ = try f.body([.string(Self.layout), .int(unix, .int64), .string(zone)], SprigTestContext())
        }
    }

    @Test func extremeArithmetic() throws {
        let t = TimeObject(GoTime(unix: Int64.max / 3, nsec: 999_999_999, location: .local, monotonic: Int64.max - 5))
        let methods = TimeMethods(t.time)
        let addDate = try #require(methods.method("AddDate", receiver: .object(t)))
        _ = try addDate.body([.int(Int.max), .int(Int.min), .int(Int.max)], SprigTestContext())
        let add = try #require(methods.method("Add", receiver: .object(t)))
        _ = try add.body([.int64(Int64.max)], SprigTestContext())
        _ = try add.body([.int64(Int64.min)], SprigTestContext())
        for name in ["ago", "durationRound", "unixEpoch", "htmlDate"] {
            let f = try #require(SprigCaller.table.lookup(name))
            _ = try f.body([.object(t)], SprigTestContext())
        }
        let modify = try #require(SprigCaller.table.lookup("dateModify"))
        _ = try modify.body([.string("2562047h47m16.854775807s"), .object(t)], SprigTestContext())
        _ = try modify.body([.string("-2562047h47m16.854775808s"), .object(t)], SprigTestContext())
        #expect(GoDuration.string(Int64.max) == "2562047h47m16.854775807s")
    }

    @Test(arguments: ["", "9", ".", "..9", "1e9s", "9999999999999999999h", "0.00000000000000000000001s", "-", "+", "1h1", "µs", "1.s", ".1s"])
    func durationParsingNeverTraps(_ text: String) {
        _ = try? GoDuration.parse(text)
    }

    @Test(arguments: [("2006", "99999"), ("2006-01-02", "9999-99-99"), (".000000000000", ".123456789012"), ("Z07:00:00", "+99:99:99"),
                      ("MST", "GMT+99"), ("002 2006", "999 2001"), ("__2", "  1"), ("15:04:05.9999999999999", "10:11:12.1234567890123")])
    func parsingNeverTraps(_ layout: String, _ value: String) {
        _ = try? GoTimeParse.parse(layout: layout, value: value, location: .local)
    }
}
