/// Go's `unicode/utf8` decoding over bytes: an invalid or truncated
/// sequence decodes as U+FFFD of width 1.
enum UTF8Runes {
    static let runeError: UInt32 = 0xFFFD
    static let maxRune: UInt32 = 0x10FFFF

    /// Decodes the rune starting at `index` (Go's `utf8.DecodeRune`).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (rune: UInt32, width: Int) {
        let count = bytes.count
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        func continuation(_ i: Int) -> UInt32? {
            guard i < count else { return nil }
            let b = bytes[i]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        if b0 >= 0xC2 && b0 <= 0xDF {
            guard let c1 = continuation(index + 1) else { return (runeError, 1) }
            return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
        }
        if b0 >= 0xE0 && b0 <= 0xEF {
            guard index + 1 < count else { return (runeError, 1) }
            let b1 = bytes[index + 1]
            let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard b1 >= low && b1 <= high, let c2 = continuation(index + 2) else { return (runeError, 1) }
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | c2, 3)
        }
        if b0 >= 0xF0 && b0 <= 0xF4 {
            guard index + 1 < count else { return (runeError, 1) }
            let b1 = bytes[index + 1]
            let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard b1 >= low && b1 <= high, let c2 = continuation(index + 2),
                  let c3 = continuation(index + 3) else { return (runeError, 1) }
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(b1 & 0x3F) << 12) | (c2 << 6) | c3, 4)
        }
        return (runeError, 1)
    }

    /// Go's `utf8.RuneCount`.
    static func count(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var n = 0
            var i = 0
            while i < buffer.count {
                if buffer[i] < 0x80 { i += 1 } else { i += decode(buffer, at: i).width }
                n += 1
            }
            return n
        }
    }

    /// Go's `utf8.ValidRune`.
    @inline(__always)
    static func isValid(_ r: UInt32) -> Bool {
        r <= maxRune && !(0xD800...0xDFFF).contains(r)
    }

    /// Go's `utf8.AppendRune` (invalid runes become U+FFFD).
    @inline(__always)
    static func append(_ r: UInt32, to out: inout [UInt8]) {
        let rune = isValid(r) ? r : runeError
        switch rune {
        case 0..<0x80:
            out.append(UInt8(rune))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (rune >> 6)))
            out.append(UInt8(0x80 | (rune & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (rune >> 12)))
            out.append(UInt8(0x80 | ((rune >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (rune & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (rune >> 18)))
            out.append(UInt8(0x80 | ((rune >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((rune >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (rune & 0x3F)))
        }
    }

    /// Go's `utf8.RuneLen` for a valid rune.
    @inline(__always)
    static func length(_ r: UInt32) -> Int {
        switch r {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0x800..<0x10000: return 3
        default: return 4
        }
    }
}
