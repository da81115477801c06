/// The parts of Go's `strconv` number parsing that Sprig and `cast` use:
/// `ParseInt` (with base prefixes and `_` separators for base 0) and
/// `ParseFloat`, with Go's acceptance rules.
enum CastStrconv {
    enum ParseError: Error, Equatable {
        case syntax
        /// Out of range; carries the clamped value Go returns with the error.
        case range(Int64)
    }

    /// `strconv.ParseInt(s, base, 64)`; base 0 reads `0x`, `0o`, `0b`, `0` prefixes.
    static func parseInt(_ s: String, base: Int) -> Result<Int64, ParseError> {
        let bytes = Array(s.utf8)
        if bytes.isEmpty { return .failure(.syntax) }
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            negative = bytes[0] == UInt8(ascii: "-")
            i = 1
        }
        switch parseUint(bytes, from: i, base: base) {
        case .failure(let e):
            if case .range = e { return .failure(.range(negative ? Int64.min : Int64.max)) }
            return .failure(e)
        case .success(let u):
            let cutoff = UInt64(1) << 63
            if !negative && u >= cutoff { return .failure(.range(Int64.max)) }
            if negative && u > cutoff { return .failure(.range(Int64.min)) }
            if negative { return .success(u == cutoff ? Int64.min : -Int64(u)) }
            return .success(Int64(u))
        }
    }

    /// Go's `ParseUint` digits loop on `bytes[start...]`.
    private static func parseUint(_ bytes: [UInt8], from start: Int, base inBase: Int) -> Result<UInt64, ParseError> {
        var i = start
        if i >= bytes.count { return .failure(.syntax) }
        var base = inBase
        let base0 = base == 0
        if base == 0 {
            base = 10
            if bytes[i] == UInt8(ascii: "0") {
                let rest = bytes.count - i
                let next = rest >= 3 ? bytes[i + 1] | 0x20 : 0
                switch next {
                case UInt8(ascii: "b"): base = 2; i += 2
                case UInt8(ascii: "o"): base = 8; i += 2
                case UInt8(ascii: "x"): base = 16; i += 2
                default: base = 8; i += 1
                }
            }
        }
        var n: UInt64 = 0
        var underscores = false
        var overflow = false
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if c == UInt8(ascii: "_") && base0 {
                underscores = true
                continue
            }
            guard let d = digitValue(c), d < base else { return .failure(.syntax) }
            let (m, o1) = n.multipliedReportingOverflow(by: UInt64(base))
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { overflow = true } else { n = a }
        }
        if underscores && !underscoreOK(bytes) { return .failure(.syntax) }
        if overflow { return .failure(.range(0)) }
        return .success(n)
    }

    private static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// Go's `underscoreOK`: `_` only between digits (or after a base prefix).
    static func underscoreOK(_ input: [UInt8]) -> Bool {
        var s = input[...]
        var saw: UInt8 = UInt8(ascii: "^")
        if let f = s.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { s = s.dropFirst() }
        var hex = false
        var i = s.startIndex
        if s.count >= 2 && s[i] == UInt8(ascii: "0") {
            let p = s[i + 1] | 0x20
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                i += 2
                saw = UInt8(ascii: "0")
                hex = p == UInt8(ascii: "x")
            }
        }
        while i < s.endIndex {
            let c = s[i]
            let l = c | 0x20
            if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (hex && l >= UInt8(ascii: "a") && l <= UInt8(ascii: "f")) {
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

    /// `strconv.Atoi`: base 10, optional sign, no prefixes or separators;
    /// on overflow the clamped value (with an error).
    static func atoi(_ s: String) -> Result<Int64, ParseError> {
        parseInt(s, base: 10)
    }

    /// `strconv.ParseFloat(s, 64)`: decimal and hexadecimal (`0x1p-2`) forms,
    /// `_` separators, `inf`/`infinity`/`nan` in any case. Out-of-range
    /// values are an error.
    static func parseFloat(_ s: String) -> Double? {
        let bytes = Array(s.utf8)
        if bytes.isEmpty { return nil }
        var body = bytes[...]
        var negative = false
        if let f = body.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        let word = String(decoding: body, as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -Double.infinity : Double.infinity }
        if word == "nan" { return bytes.count == 3 ? Double.nan : nil }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var sawUnderscore = false
        var hex = false
        if body.count >= 2 && body[body.startIndex] == UInt8(ascii: "0") && (body[body.startIndex + 1] | 0x20) == UInt8(ascii: "x") {
            hex = true
        }
        var sawDigit = false
        var sawExponent = false
        var index = 0
        for c in body {
            defer { index += 1 }
            if c == UInt8(ascii: "_") { sawUnderscore = true; continue }
            let l = c | 0x20
            if hex && index == 1 { cleaned.append(c); continue }
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !sawExponent { sawDigit = true }
            case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
                break
            default:
                if hex && !sawExponent && l >= UInt8(ascii: "a") && l <= UInt8(ascii: "f") {
                    sawDigit = true
                } else if (!hex && l == UInt8(ascii: "e")) || (hex && l == UInt8(ascii: "p")) {
                    sawExponent = true
                } else {
                    return nil
                }
            }
            cleaned.append(c)
        }
        if !sawDigit { return nil }
        if hex && !sawExponent { return nil }
        if sawUnderscore && !underscoreOK(Array(body)) { return nil }
        guard let v = Double(String(decoding: cleaned, as: UTF8.self)) else { return nil }
        if v.isInfinite { return nil }
        return negative ? -v : v
    }
}
