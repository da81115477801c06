/// Go's view of strings as UTF-8 bytes: decoding rune by rune where each
/// invalid byte becomes one U+FFFD (`utf8.DecodeRune`), and building strings
/// from byte slices that may cut a character in two.
enum GoUTF8 {
    /// Decodes one rune at `i`: the scalar (nil when invalid) and its width
    /// (1 for an invalid byte), as `utf8.DecodeRune` does.
    static func decodeRune<C: RandomAccessCollection>(_ b: C, at i: C.Index) -> (Unicode.Scalar?, Int) where C.Element == UInt8, C.Index == Int {
        let end = b.endIndex
        let c0 = b[i]
        if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < end else { return nil }
            let c = b[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        if c0 >= 0xC2 && c0 <= 0xDF {
            guard let c1 = cont(1) else { return (nil, 1) }
            return (Unicode.Scalar(UInt32(c0 & 0x1F) << 6 | c1), 2)
        }
        if c0 >= 0xE0 && c0 <= 0xEF {
            guard let c1 = cont(1), let c2 = cont(2) else { return (nil, 1) }
            let v = UInt32(c0 & 0x0F) << 12 | c1 << 6 | c2
            if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { return (nil, 1) }
            return (Unicode.Scalar(v), 3)
        }
        if c0 >= 0xF0 && c0 <= 0xF4 {
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return (nil, 1) }
            let v = UInt32(c0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if v < 0x10000 || v > 0x10FFFF { return (nil, 1) }
            return (Unicode.Scalar(v), 4)
        }
        return (nil, 1)
    }

    /// A Swift string from Go string bytes; bytes that are not UTF-8 are
    /// kept (see `GoBytes`).
    static func string<C: RandomAccessCollection>(_ b: C) -> String where C.Element == UInt8, C.Index == Int {
        GoBytes.string(b)
    }

    /// Appends rune `v` as Go's `WriteRune` does (invalid code points as U+FFFD).
    static func appendRune(_ v: UInt32, to out: inout [UInt8]) {
        let r = Unicode.Scalar(v) ?? "\u{FFFD}"
        out.append(contentsOf: Array(String(Character(r)).utf8))
    }
}
