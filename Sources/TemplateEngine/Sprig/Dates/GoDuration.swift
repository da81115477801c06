/// Go's `time.Duration` (nanoseconds): `String` (`1h2m3.5s`, `1.5ms`) and
/// `ParseDuration`.
enum GoDuration {
    static let nanosecond: Int64 = 1
    static let microsecond: Int64 = 1000
    static let millisecond: Int64 = 1_000_000
    static let second: Int64 = 1_000_000_000
    static let minute: Int64 = 60 * second
    static let hour: Int64 = 60 * minute

    static func string(_ d: Int64) -> String {
        var buf: [UInt8] = []
        var u = d.magnitude
        let neg = d < 0
        func fmtFrac(_ v: UInt64, _ prec: Int) -> UInt64 {
            var v = v
            var printing = false
            var digits: [UInt8] = []
            for _ in 0..<prec {
                let digit = v % 10
                printing = printing || digit != 0
                if printing { digits.append(UInt8(digit) + 0x30) }
                v /= 10
            }
            if printing { digits.append(UInt8(ascii: ".")) }
            buf += digits
            return v
        }
        func fmtInt(_ v: UInt64) {
            var v = v
            if v == 0 {
                buf.append(0x30)
                return
            }
            while v > 0 {
                buf.append(UInt8(v % 10) + 0x30)
                v /= 10
            }
        }
        // Built back to front, then reversed.
        if u < UInt64(second) {
            buf.append(UInt8(ascii: "s"))
            var prec = 0
            if u == 0 { return "0s" }
            if u < UInt64(microsecond) {
                buf.append(UInt8(ascii: "n"))
            } else if u < UInt64(millisecond) {
                prec = 3
                buf += [0xb5, 0xc2]
            } else {
                prec = 6
                buf.append(UInt8(ascii: "m"))
            }
            u = fmtFrac(u, prec)
            fmtInt(u)
        } else {
            buf.append(UInt8(ascii: "s"))
            u = fmtFrac(u, 9)
            fmtInt(u % 60)
            u /= 60
            if u > 0 {
                buf.append(UInt8(ascii: "m"))
                fmtInt(u % 60)
                u /= 60
                if u > 0 {
                    buf.append(UInt8(ascii: "h"))
                    fmtInt(u)
                }
            }
        }
        if neg { buf.append(UInt8(ascii: "-")) }
        return String(decoding: buf.reversed(), as: UTF8.self)
    }

    struct ParseError: Error { let message: String }

    private static let units: [(String, UInt64)] = [
        ("ns", 1), ("us", 1000), ("µs", 1000), ("μs", 1000), ("ms", 1_000_000),
        ("s", 1_000_000_000), ("m", 60_000_000_000), ("h", 3_600_000_000_000),
    ]

    /// Go's `time.ParseDuration`, with its error texts.
    static func parse(_ text: String) throws -> Int64 {
        let orig = text
        var s = Array(text.utf8)
        var d: UInt64 = 0
        var neg = false
        let invalid = ParseError(message: "time: invalid duration " + quote(orig))
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            neg = c == UInt8(ascii: "-")
            s.removeFirst()
        }
        if s == Array("0".utf8) { return 0 }
        if s.isEmpty { throw invalid }
        while !s.isEmpty {
            guard s[0] == UInt8(ascii: ".") || (s[0] >= 0x30 && s[0] <= 0x39) else { throw invalid }
            let pl = s.count
            var (v, overflow) = leadingInt(&s)
            if overflow { throw invalid }
            let pre = pl != s.count
            var post = false
            var f: UInt64 = 0
            var scale: Double = 1
            if let c = s.first, c == UInt8(ascii: ".") {
                s.removeFirst()
                let before = s.count
                (f, scale) = leadingFraction(&s)
                post = before != s.count
            }
            if !pre && !post { throw invalid }
            var i = 0
            while i < s.count && s[i] != UInt8(ascii: ".") && (s[i] < 0x30 || s[i] > 0x39) { i += 1 }
            if i == 0 { throw ParseError(message: "time: missing unit in duration " + quote(orig)) }
            let u = String(decoding: s[0..<i], as: UTF8.self)
            s.removeFirst(i)
            guard let unit = units.first(where: { $0.0 == u })?.1 else {
                throw ParseError(message: "time: unknown unit " + quote(u) + " in duration " + quote(orig))
            }
            if v > (UInt64(1) << 63) / unit { throw invalid }
            v *= unit
            if f > 0 {
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > (UInt64(1) << 63) { throw invalid }
            }
            d += v
            if d > (UInt64(1) << 63) { throw invalid }
            overflow = false
        }
        if neg { return d == (UInt64(1) << 63) ? Int64.min : -Int64(d) }
        if d > (UInt64(1) << 63) - 1 { throw invalid }
        return Int64(d)
    }

    private static func leadingInt(_ s: inout [UInt8]) -> (UInt64, Bool) {
        var x: UInt64 = 0
        var i = 0
        while i < s.count && s[i] >= 0x30 && s[i] <= 0x39 {
            if x > (UInt64(1) << 63) / 10 { return (0, true) }
            x = x * 10 + UInt64(s[i] - 0x30)
            if x > (UInt64(1) << 63) { return (0, true) }
            i += 1
        }
        s.removeFirst(i)
        return (x, false)
    }

    private static func leadingFraction(_ s: inout [UInt8]) -> (UInt64, Double) {
        var x: UInt64 = 0
        var scale: Double = 1
        var overflow = false
        var i = 0
        while i < s.count && s[i] >= 0x30 && s[i] <= 0x39 {
            if !overflow {
                if x > UInt64(Int64.max) / 10 {
                    overflow = true
                } else {
                    let y = x * 10 + UInt64(s[i] - 0x30)
                    if y > (UInt64(1) << 63) {
                        overflow = true
                    } else {
                        x = y
                        scale *= 10
                    }
                }
            }
            i += 1
        }
        s.removeFirst(i)
        return (x, scale)
    }

    /// Go's time-package `quote`: double quotes, non-ASCII and control bytes as `\x..`.
    static func quote(_ s: String) -> String {
        var out = "\""
        let hex = Array("0123456789abcdef")
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x80 || scalar.value < 0x20 {
                for byte in String(scalar).utf8 {
                    out += "\\x" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xf)])
                }
            } else {
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Go's `Duration.Round(m)`.
    static func round(_ d: Int64, to m: Int64) -> Int64 {
        if m <= 0 { return d }
        var r = d % m
        if d < 0 {
            r = -r
            if r + r < m { return d + r }
            let (d1, o) = d.subtractingReportingOverflow(m - r)
            return !o && d1 < d ? d1 : Int64.min
        }
        if r + r < m { return d - r }
        let (d1, o) = d.addingReportingOverflow(m - r)
        return !o && d1 > d ? d1 : Int64.max
    }
}
