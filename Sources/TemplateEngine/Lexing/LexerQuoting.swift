/// Go's `%#U` of a rune, for the lexer's error texts (quoting itself is `GoStrconv.quote`).
enum LexerQuoting {
    static func hex(_ v: UInt32, width: Int, upper: Bool = false) -> String {
        var s = String(v, radix: 16, uppercase: upper)
        while s.count < width { s = "0" + s }
        return s
    }

    /// Go's `%#U`: `U+0041 'A'` (the quoted character only when printable).
    static func unicodeFormat(_ r: UInt32) -> String {
        let code = "U+" + hex(r, width: 4, upper: true)
        if GoIsPrint.isPrint(r), let s = Unicode.Scalar(r) {
            return code + " '" + String(Character(s)) + "'"
        }
        return code
    }
}

/// Go's `strconv.Unquote` and `strconv.UnquoteChar`.
enum GoUnquote {
    struct SyntaxError: Error {}

    /// `strconv.Unquote` of a `"…"` or `` `…` `` literal (the lexer guarantees the quotes).
    static func unquote(_ literal: String) throws -> String {
        let b = Array(literal.utf8)
        guard b.count >= 2 else { throw SyntaxError() }
        let q = b[0]
        guard q == b[b.count - 1] else { throw SyntaxError() }
        let body = b[1..<(b.count - 1)]
        if q == 0x60 {
            if body.contains(0x60) { throw SyntaxError() }
            if body.contains(0x0D) {
                return String(decoding: body.filter { $0 != 0x0D }, as: UTF8.self)
            }
            return String(decoding: body, as: UTF8.self)
        }
        guard q == 0x22 || q == 0x27 else { throw SyntaxError() }
        if !body.contains(0x5C) && !body.contains(q) && !body.contains(0x0A) {
            // A byte that is not UTF-8 reads as U+FFFD; see GoBytes.
            if q == 0x22 { return GoBytes.replacingEscapes(String(decoding: body, as: UTF8.self)) }
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var rest = Array(body)[...]
        var count = 0
        while !rest.isEmpty {
            let (value, multibyte, tail) = try unquoteChar(rest, quote: q)
            rest = tail
            count += 1
            if value < 0x80 && !multibyte || !multibyte {
                out.append(UInt8(truncatingIfNeeded: value))
            } else {
                appendUTF8(value, to: &out)
            }
            if q == 0x27 && count > 1 { throw SyntaxError() }
        }
        if q == 0x27 && count != 1 { throw SyntaxError() }
        // `\xff` and `\377` escapes are bytes that may not be UTF-8.
        return GoBytes.string(out)
    }

    static func appendUTF8(_ r: UInt32, to out: inout [UInt8]) {
        var r = r
        if r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) { r = 0xFFFD }
        if r < 0x80 {
            out.append(UInt8(r))
        } else if r < 0x800 {
            out.append(UInt8(0xC0 | (r >> 6)))
            out.append(UInt8(0x80 | (r & 0x3F)))
        } else if r < 0x10000 {
            out.append(UInt8(0xE0 | (r >> 12)))
            out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (r & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (r >> 18)))
            out.append(UInt8(0x80 | ((r >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (r & 0x3F)))
        }
    }

    private static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }

    /// `strconv.UnquoteChar`: the first character of `s` (escapes decoded),
    /// whether it must be UTF-8 encoded, and the rest.
    static func unquoteChar(_ s: ArraySlice<UInt8>, quote: UInt8) throws -> (UInt32, Bool, ArraySlice<UInt8>) {
        guard let c = s.first else { throw SyntaxError() }
        if c == quote && (quote == 0x27 || quote == 0x22) { throw SyntaxError() }
        if c >= 0x80 {
            let arr = Array(s.prefix(4))
            let (r, w) = UTF8Decoding.decode(arr, at: 0)
            // A byte that is not UTF-8 (kept as its GoBytes scalar) is U+FFFD.
            return (GoBytes.isEscape(r) ? 0xFFFD : r, true, s.dropFirst(w))
        }
        if c != 0x5C { return (UInt32(c), false, s.dropFirst()) }
        var rest = s.dropFirst()
        guard let e = rest.first else { throw SyntaxError() }
        rest = rest.dropFirst()
        switch e {
        case 0x61: return (7, false, rest)
        case 0x62: return (8, false, rest)
        case 0x66: return (12, false, rest)
        case 0x6E: return (10, false, rest)
        case 0x72: return (13, false, rest)
        case 0x74: return (9, false, rest)
        case 0x76: return (11, false, rest)
        case 0x78, 0x75, 0x55:
            let n = e == 0x78 ? 2 : (e == 0x75 ? 4 : 8)
            guard rest.count >= n else { throw SyntaxError() }
            var v: UInt32 = 0
            for b in rest.prefix(n) {
                guard let h = hexValue(b) else { throw SyntaxError() }
                v = v << 4 | h
            }
            rest = rest.dropFirst(n)
            if e == 0x78 { return (v, false, rest) }
            if v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { throw SyntaxError() }
            return (v, true, rest)
        case 0x30...0x37:
            var v = UInt32(e - 0x30)
            guard rest.count >= 2 else { throw SyntaxError() }
            for b in rest.prefix(2) {
                guard b >= 0x30 && b <= 0x37 else { throw SyntaxError() }
                v = v << 3 | UInt32(b - 0x30)
            }
            if v > 255 { throw SyntaxError() }
            return (v, false, rest.dropFirst(2))
        case 0x5C: return (0x5C, false, rest)
        case 0x27, 0x22:
            if e != quote { throw SyntaxError() }
            return (UInt32(e), false, rest)
        default:
            throw SyntaxError()
        }
    }
}
