import Foundation

/// A Go `time.Time`: an instant (Unix seconds + nanoseconds), the location
/// it is shown in, and for `time.Now()` values a monotonic clock reading.
struct GoTime {
    var unix: Int64
    var nsec: Int64
    var location: GoLocation
    /// Nanoseconds on the monotonic clock since the process started.
    var monotonic: Int64?

    static let secondsPerDay: Int64 = 86400
    /// Unix seconds of 0001-01-01 00:00:00 UTC, Go's zero time.
    static let zeroUnix: Int64 = -62135596800
    static let zero = GoTime(unix: zeroUnix, nsec: 0, location: .utc, monotonic: nil)

    private static let processStart = DispatchTime.now().uptimeNanoseconds

    static func now() -> GoTime {
        // The start reading is taken (on first use) before this one.
        let start = processStart
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let mono = Int64(bitPattern: DispatchTime.now().uptimeNanoseconds &- start)
        return GoTime(unix: Int64(ts.tv_sec), nsec: Int64(ts.tv_nsec), location: .local, monotonic: mono)
    }

    static func fromUnix(_ sec: Int64) -> GoTime {
        GoTime(unix: sec, nsec: 0, location: .local, monotonic: nil)
    }

    var isZero: Bool { unix == GoTime.zeroUnix && nsec == 0 }

    func inLocation(_ loc: GoLocation) -> GoTime {
        var t = self
        t.location = loc
        return t
    }

    /// Go's `Time.Add` (the duration in nanoseconds).
    func adding(nanoseconds d: Int64) -> GoTime {
        var sec = unix &+ d / 1_000_000_000
        var ns = nsec + d % 1_000_000_000
        if ns >= 1_000_000_000 {
            sec &+= 1
            ns -= 1_000_000_000
        } else if ns < 0 {
            sec &-= 1
            ns += 1_000_000_000
        }
        var t = GoTime(unix: sec, nsec: ns, location: location, monotonic: nil)
        if let m = monotonic {
            let (sum, overflow) = m.addingReportingOverflow(d)
            if !overflow { t.monotonic = sum }
        }
        return t
    }

    /// Go's `Time.Sub`, saturating like Go.
    func since(_ other: GoTime) -> Int64 {
        if let a = monotonic, let b = other.monotonic {
            let (d, o) = a.subtractingReportingOverflow(b)
            if !o { return d }
        }
        let nanos = (Double(unix) - Double(other.unix)) * 1e9 + Double(nsec - other.nsec)
        if nanos >= 9.2e18 { return Int64.max }
        if nanos <= -9.2e18 { return Int64.min }
        return (unix &- other.unix) &* 1_000_000_000 &+ (nsec - other.nsec)
    }

    struct Fields {
        var year: Int64
        var month: Int
        var day: Int
        var hour: Int
        var minute: Int
        var second: Int
        var weekday: Int
        var yearDay: Int
        var zoneName: String
        var offset: Int
    }

    /// The wall-clock fields in this time's location.
    var fields: Fields {
        let zone = location.lookup(unix)
        let local = unix &+ Int64(zone.offset)
        var days = local / GoTime.secondsPerDay
        var rem = local % GoTime.secondsPerDay
        if rem < 0 {
            rem += GoTime.secondsPerDay
            days -= 1
        }
        let (y, m, d) = GoCivil.civil(fromDays: days)
        var weekday = Int((days + 4) % 7)
        if weekday < 0 { weekday += 7 }
        let yday = Int(truncatingIfNeeded: days &- GoCivil.days(year: y, month: 1, day: 1)) + 1
        return Fields(year: y, month: m, day: d, hour: Int(rem / 3600), minute: Int(rem % 3600 / 60),
                      second: Int(rem % 60), weekday: weekday, yearDay: yday, zoneName: zone.name, offset: zone.offset)
    }

    /// Go's `time.Date`, normalizing out-of-range fields.
    static func date(year: Int64, month: Int, day: Int64, hour: Int64, minute: Int64, second: Int64,
                     nsec: Int64, location: GoLocation) -> GoTime {
        let (y, m0) = norm(year, Int64(month) &- 1, 12)
        let m = m0 + 1
        var (sec, ns) = norm(second, nsec, 1_000_000_000)
        var min: Int64
        (min, sec) = norm(minute, sec, 60)
        var hr: Int64
        (hr, min) = norm(hour, min, 60)
        var d: Int64
        (d, hr) = norm(day, hr, 24)
        let days = GoCivil.days(year: y, month: Int(m), day: d)
        var unix = days &* secondsPerDay &+ hr &* 3600 &+ min &* 60 &+ sec
        let zone = location.lookup(unix)
        var offset = zone.offset
        if offset != 0 {
            let utc = unix &- Int64(offset)
            if utc < zone.start || utc >= zone.end {
                offset = location.lookup(utc).offset
            }
            unix &-= Int64(offset)
        }
        return GoTime(unix: unix, nsec: ns, location: location, monotonic: nil)
    }

    private static func norm(_ hi: Int64, _ lo: Int64, _ base: Int64) -> (Int64, Int64) {
        var hi = hi
        var lo = lo
        if lo < 0 {
            let n = (-(lo &+ 1)) / base + 1
            hi &-= n
            lo &+= n &* base
        }
        if lo >= base {
            let n = lo / base
            hi &+= n
            lo &-= n &* base
        }
        return (hi, lo)
    }

    /// Go's `Time.String`: the layout `2006-01-02 15:04:05.999999999 -0700 MST`
    /// plus ` m=±s.nnnnnnnnn` when a monotonic reading is present.
    var description: String {
        var s = GoTimeFormat.format(self, layout: "2006-01-02 15:04:05.999999999 -0700 MST")
        if let m = monotonic {
            var u = m.magnitude
            let sign = m < 0 ? "-" : "+"
            let frac = u % 1_000_000_000
            u /= 1_000_000_000
            let fracText = String(frac)
            s += " m=" + sign + String(u) + "." + String(repeating: "0", count: 9 - fracText.count) + fracText
        }
        return s
    }
}
