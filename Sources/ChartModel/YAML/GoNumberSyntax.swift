/// Go's `strconv` number syntax, as go-yaml v2's resolver uses it: integers
/// with `ParseInt(s, 0, 64)` / `ParseUint(s, 0, 64)` (base prefixes `0x`,
/// `0o`, `0b`, a leading `0` for octal) and floats with `ParseFloat`.
enum GoNumberSyntax {
    /// `strconv.ParseUint(s, 0, 64)` on bytes without underscores.
    static func parseUint(_ s: Substring.UTF8View) -> UInt64? {
        var bytes = s[...]
        guard let first = bytes.first else { return nil }
        var base: UInt64 = 10
        if first == UInt8(ascii: "0") {
            let rest = bytes.dropFirst()
            if bytes.count >= 3, let p = rest.first {
                switch p | 0x20 {
                case UInt8(ascii: "b"): base = 2; bytes = rest.dropFirst()
                case UInt8(ascii: "o"): base = 8; bytes = rest.dropFirst()
                case UInt8(ascii: "x"): base = 16; bytes = rest.dropFirst()
                default: base = 8; bytes = rest
                }
            } else {
                base = 8
                bytes = rest
            }
        }
        var n: UInt64 = 0
        for c in bytes {
            let d: UInt64
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = UInt64(c - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = UInt64(c - UInt8(ascii: "A")) + 10
            default: return nil
            }
            if d >= base { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            if o1 { return nil }
            let (a, o2) = m.addingReportingOverflow(d)
            if o2 { return nil }
            n = a
        }
        return n
    }

    /// `strconv.ParseInt(s, 0, 64)` on bytes without underscores.
    static func parseInt(_ s: Substring.UTF8View) -> Int64? {
        guard let first = s.first else { return nil }
        var body = s[...]
        var negative = false
        if first == UInt8(ascii: "+") {
            body = s.dropFirst()
        } else if first == UInt8(ascii: "-") {
            negative = true
            body = s.dropFirst()
        }
        guard let u = parseUint(body) else { return nil }
        if negative {
            if u > UInt64(Int64.max) + 1 { return nil }
            return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
        }
        if u > UInt64(Int64.max) { return nil }
        return Int64(u)
    }

    /// go-yaml v2's `yamlStyleFloat`:
    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ s: Substring.UTF8View) -> Bool {
        var i = s.startIndex
        let end = s.endIndex
        @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        if i < end, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i = s.index(after: i) }
        guard i < end else { return false }
        if s[i] == UInt8(ascii: ".") {
            i = s.index(after: i)
            var n = 0
            while i < end, isDigit(s[i]) { i = s.index(after: i); n += 1 }
            if n == 0 { return false }
        } else {
            var n = 0
            while i < end, isDigit(s[i]) { i = s.index(after: i); n += 1 }
            if n == 0 { return false }
            if i < end, s[i] == UInt8(ascii: ".") {
                i = s.index(after: i)
                while i < end, isDigit(s[i]) { i = s.index(after: i) }
            }
        }
        if i < end, s[i] | 0x20 == UInt8(ascii: "e") {
            i = s.index(after: i)
            if i < end, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i = s.index(after: i) }
            var n = 0
            while i < end, isDigit(s[i]) { i = s.index(after: i); n += 1 }
            if n == 0 { return false }
        }
        return i == end
    }

    /// `strconv.ParseFloat(s, 64)` for decimal text already known to be
    /// well-formed; nil when Go reports an error (out of range).
    static func parseDecimalFloat(_ s: String) -> Double? {
        guard let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// `strconv.ParseFloat(s, 64)` for text starting with `.` (go-yaml's
    /// `.` hint): `.digits[eE[+-]digits]`, underscores between digits.
    static func parseDotFloat(_ s: String) -> Double? {
        var text = s
        if s.utf8.contains(UInt8(ascii: "_")) {
            guard underscoreOK(s.utf8) else { return nil }
            text = String(s.utf8.filter { $0 != UInt8(ascii: "_") }.map { Character(Unicode.Scalar($0)) })
        }
        guard isYAMLStyleFloat(Substring(text).utf8) else { return nil }
        return parseDecimalFloat(text)
    }

    /// Go's `underscoreOK`: underscores only between digits (or after a base prefix).
    static func underscoreOK(_ s: String.UTF8View) -> Bool {
        var saw: UInt8 = UInt8(ascii: "^")
        var bytes = Array(s)
        if let f = bytes.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { bytes.removeFirst() }
        var i = 0
        var hex = false
        if bytes.count >= 2, bytes[0] == UInt8(ascii: "0") {
            let l = bytes[1] | 0x20
            if l == UInt8(ascii: "b") || l == UInt8(ascii: "o") || l == UInt8(ascii: "x") {
                i = 2
                saw = UInt8(ascii: "0")
                hex = l == UInt8(ascii: "x")
            }
        }
        while i < bytes.count {
            let c = bytes[i]
            let lc = c | 0x20
            if (c >= 48 && c <= 57) || (hex && lc >= UInt8(ascii: "a") && lc <= UInt8(ascii: "f")) {
                saw = UInt8(ascii: "0")
            } else if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }
}
