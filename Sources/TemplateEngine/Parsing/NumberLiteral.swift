/// Go's `parse.newNumber` with the `strconv` parsers it relies on
/// (`ParseUint`/`ParseInt` with base 0, `ParseFloat`, `UnquoteChar`).
enum NumberLiteral {
    struct Failure: Error { let message: String }

    static func make(_ node: NumberNode, kind: TokenKind) throws {
        let text = node.text
        let bytes = Array(text.utf8)
        if kind == .charConstant {
            guard bytes.count >= 2 else { throw Failure(message: "invalid syntax") }
            let body = bytes[1...]
            let (r, _, tail): (UInt32, Bool, ArraySlice<UInt8>)
            do {
                (r, _, tail) = try GoUnquote.unquoteChar(body, quote: 0x27)
            } catch {
                throw Failure(message: "invalid syntax")
            }
            if !(tail.count == 1 && tail.first == 0x27) {
                throw Failure(message: "malformed character constant: \(text)")
            }
            node.int64 = Int64(r)
            node.isInt = true
            node.uint64 = UInt64(r)
            node.isUint = true
            node.float64 = Double(r)
            node.isFloat = true
            return
        }
        if kind == .complex {
            guard let (re, im) = parseComplex(bytes) else { throw Failure(message: "expected integer") }
            node.isComplex = true
            node.complexReal = re
            node.complexImag = im
            simplifyComplex(node)
            return
        }
        if bytes.last == 0x69 {  // i
            if let f = parseFloat(Array(bytes.dropLast())) {
                node.isComplex = true
                node.complexReal = 0
                node.complexImag = f
                simplifyComplex(node)
                return
            }
        }
        let u = parseUint(bytes)
        if let u = u {
            node.isUint = true
            node.uint64 = u
        }
        if let i = parseInt(bytes) {
            node.isInt = true
            node.int64 = i
            if i == 0 {
                node.isUint = true
                node.uint64 = u ?? 0
            }
        }
        if node.isInt {
            node.isFloat = true
            node.float64 = Double(node.int64)
        } else if node.isUint {
            node.isFloat = true
            node.float64 = Double(node.uint64)
        } else if let f = parseFloat(bytes) {
            if !bytes.contains(where: { $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x70 || $0 == 0x50 }) {
                throw Failure(message: "integer overflow: \(GoStrconv.quote(text))")
            }
            node.isFloat = true
            node.float64 = f
            if let i = Int64(exactly: f) {
                node.isInt = true
                node.int64 = i
            }
            if let u = UInt64(exactly: f) {
                node.isUint = true
                node.uint64 = u
            }
        }
        if !node.isInt && !node.isUint && !node.isFloat {
            throw Failure(message: "illegal number syntax: \(GoStrconv.quote(text))")
        }
    }

    private static func simplifyComplex(_ n: NumberNode) {
        n.isFloat = n.complexImag == 0
        if n.isFloat {
            n.float64 = n.complexReal
            if let i = Int64(exactly: n.float64) {
                n.isInt = true
                n.int64 = i
            }
            if let u = UInt64(exactly: n.float64) {
                n.isUint = true
                n.uint64 = u
            }
        }
    }

    private static func lower(_ c: UInt8) -> UInt8 { c | 0x20 }

    /// Go's `underscoreOK`.
    static func underscoreOK(_ b: ArraySlice<UInt8>) -> Bool {
        var s = b
        var saw: UInt8 = 0x5E  // ^
        if let f = s.first, f == 0x2D || f == 0x2B { s = s.dropFirst() }
        var i = s.startIndex
        var hex = false
        if s.count >= 2 && s[i] == 0x30 {
            let c = lower(s[i + 1])
            if c == 0x62 || c == 0x6F || c == 0x78 {
                i += 2
                saw = 0x30
                hex = c == 0x78
            }
        }
        while i < s.endIndex {
            let c = s[i]
            i += 1
            if (c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66) {
                saw = 0x30
                continue
            }
            if c == 0x5F {
                if saw != 0x30 { return false }
                saw = 0x5F
                continue
            }
            if saw == 0x5F { return false }
            saw = 0x21
        }
        return saw != 0x5F
    }

    /// `strconv.ParseUint(s, 0, 64)`.
    static func parseUint(_ s0: [UInt8]) -> UInt64? {
        if s0.isEmpty { return nil }
        var s = s0[...]
        var base: UInt64 = 10
        if s0[0] == 0x30 {
            if s0.count >= 3 && lower(s0[1]) == 0x62 { base = 2; s = s0[2...] }
            else if s0.count >= 3 && lower(s0[1]) == 0x6F { base = 8; s = s0[2...] }
            else if s0.count >= 3 && lower(s0[1]) == 0x78 { base = 16; s = s0[2...] }
            else { base = 8; s = s0[1...] }
        }
        var n: UInt64 = 0
        var underscores = false
        for c in s {
            var d: UInt64
            switch c {
            case 0x5F:
                underscores = true
                continue
            case 0x30...0x39: d = UInt64(c - 0x30)
            case 0x61...0x7A: d = UInt64(c - 0x61 + 10)
            case 0x41...0x5A: d = UInt64(c - 0x41 + 10)
            default: return nil
            }
            if d >= base { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            if o1 { return nil }
            let (a, o2) = m.addingReportingOverflow(d)
            if o2 { return nil }
            n = a
        }
        if underscores && !underscoreOK(s0[...]) { return nil }
        return n
    }

    /// `strconv.ParseInt(s, 0, 64)`.
    static func parseInt(_ s: [UInt8]) -> Int64? {
        if s.isEmpty { return nil }
        var neg = false
        var body = s
        if s[0] == 0x2B { body = Array(s.dropFirst()) }
        else if s[0] == 0x2D { neg = true; body = Array(s.dropFirst()) }
        guard let un = parseUint(body) else { return nil }
        let cutoff = UInt64(1) << 63
        if !neg && un >= cutoff { return nil }
        if neg && un > cutoff { return nil }
        if neg { return un == cutoff ? Int64.min : -Int64(un) }
        return Int64(un)
    }

    /// `strconv.ParseFloat(s, 64)`; nil on syntax or range error.
    static func parseFloat(_ s: [UInt8]) -> Double? {
        var i = 0
        let n = s.count
        if n == 0 { return nil }
        var neg = false
        if s[0] == 0x2B { i = 1 } else if s[0] == 0x2D { neg = true; i = 1 }
        let start = i
        var hex = false
        if i + 2 < n && s[i] == 0x30 && lower(s[i + 1]) == 0x78 {
            hex = true
            i += 2
        }
        var underscores = false
        var sawDot = false
        var sawDigits = false
        var digits: [UInt8] = []
        loop: while i < n {
            let c = s[i]
            switch c {
            case 0x5F:
                underscores = true
            case 0x2E:
                if sawDot { break loop }
                sawDot = true
                digits.append(c)
            case 0x30...0x39:
                sawDigits = true
                digits.append(c)
            default:
                if hex && lower(c) >= 0x61 && lower(c) <= 0x66 {
                    sawDigits = true
                    digits.append(c)
                } else {
                    break loop
                }
            }
            i += 1
        }
        if !sawDigits { return nil }
        var expDigits: [UInt8] = []
        var expNeg = false
        let expChar: UInt8 = hex ? 0x70 : 0x65
        if i < n && lower(s[i]) == expChar {
            i += 1
            if i >= n { return nil }
            if s[i] == 0x2B { i += 1 } else if s[i] == 0x2D { expNeg = true; i += 1 }
            if i >= n || s[i] < 0x30 || s[i] > 0x39 { return nil }
            while i < n && ((s[i] >= 0x30 && s[i] <= 0x39) || s[i] == 0x5F) {
                if s[i] == 0x5F { underscores = true } else { expDigits.append(s[i]) }
                i += 1
            }
        } else if hex {
            return nil
        }
        if i != n { return nil }
        if underscores && !underscoreOK(s[0..<i]) { return nil }
        _ = start
        var text = neg ? "-" : ""
        if hex { text += "0x" }
        text += String(decoding: digits, as: UTF8.self)
        if hex || !expDigits.isEmpty {
            text += hex ? "p" : "e"
            text += expNeg ? "-" : ""
            text += expDigits.isEmpty ? "0" : String(decoding: expDigits, as: UTF8.self)
        }
        guard let d = Double(text), d.isFinite else { return nil }
        return d
    }

    /// `fmt.Sscan` of a complex constant such as `1+2i`.
    private static func parseComplex(_ s: [UInt8]) -> (Double, Double)? {
        guard s.last == 0x69, s.count >= 3 else { return nil }
        var k = s.count - 2
        while k > 0 {
            let c = s[k]
            if (c == 0x2B || c == 0x2D) && !(lower(s[k - 1]) == 0x65 || lower(s[k - 1]) == 0x70) { break }
            k -= 1
        }
        if k <= 0 { return nil }
        guard let re = parseFloat(Array(s[0..<k])), let im = parseFloat(Array(s[k..<(s.count - 1)])) else { return nil }
        return (re, im)
    }
}
