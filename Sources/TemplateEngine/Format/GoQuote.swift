/// Go's `strconv` quoting: `Quote`, `QuoteToASCII`, `QuoteRune`,
/// `QuoteRuneToASCII` and `CanBackquote`, over UTF-8 bytes.
enum GoQuote {
    private static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `strconv.AppendQuote` / `AppendQuoteToASCII`.
    static func appendQuoted(_ bytes: [UInt8], asciiOnly: Bool, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count + 2)
        out.append(UInt8(ascii: "\""))
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let b = buffer[i]
                if b < 0x80 {
                    appendEscaped(UInt32(b), quote: UInt8(ascii: "\""), asciiOnly: asciiOnly, to: &out)
                    i += 1
                    continue
                }
                let (rune, width) = UTF8Runes.decode(buffer, at: i)
                if width == 1 && rune == UTF8Runes.runeError {
                    out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"),
                                            lowerHex[Int(b >> 4)], lowerHex[Int(b & 0xF)]])
                    i += 1
                    continue
                }
                appendEscaped(rune, quote: UInt8(ascii: "\""), asciiOnly: asciiOnly, to: &out)
                i += width
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `strconv.AppendQuoteRune` / `AppendQuoteRuneToASCII`.
    static func appendQuotedRune(_ r: UInt32, asciiOnly: Bool, to out: inout [UInt8]) {
        let rune = UTF8Runes.isValid(r) ? r : UTF8Runes.runeError
        out.append(UInt8(ascii: "'"))
        appendEscaped(rune, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly, to: &out)
        out.append(UInt8(ascii: "'"))
    }

    /// `strconv.CanBackquote`.
    static func canBackquote(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let (rune, width) = UTF8Runes.decode(buffer, at: i)
                i += width
                if width > 1 {
                    if rune == 0xFEFF { return false }
                    continue
                }
                if rune == UTF8Runes.runeError { return false }
                if (rune < 0x20 && rune != 0x09) || rune == 0x60 || rune == 0x7F { return false }
            }
            return true
        }
    }

    /// `strconv.appendEscapedRune`.
    private static func appendEscaped(_ r: UInt32, quote: UInt8, asciiOnly: Bool, to out: inout [UInt8]) {
        if r == UInt32(quote) || r == 0x5C {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(r))
            return
        }
        if asciiOnly {
            if r < 0x80 && GoIsPrint.isPrint(r) {
                out.append(UInt8(r))
                return
            }
        } else if GoIsPrint.isPrint(r) {
            UTF8Runes.append(r, to: &out)
            return
        }
        let escape: UInt8?
        switch r {
        case 0x07: escape = UInt8(ascii: "a")
        case 0x08: escape = UInt8(ascii: "b")
        case 0x0C: escape = UInt8(ascii: "f")
        case 0x0A: escape = UInt8(ascii: "n")
        case 0x0D: escape = UInt8(ascii: "r")
        case 0x09: escape = UInt8(ascii: "t")
        case 0x0B: escape = UInt8(ascii: "v")
        default: escape = nil
        }
        if let e = escape {
            out.append(UInt8(ascii: "\\"))
            out.append(e)
            return
        }
        if r < 0x20 || r == 0x7F {
            out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"),
                                    lowerHex[Int((r >> 4) & 0xF)], lowerHex[Int(r & 0xF)]])
            return
        }
        let rune = UTF8Runes.isValid(r) ? r : UTF8Runes.runeError
        if rune < 0x10000 {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                out.append(lowerHex[Int((rune >> UInt32(shift)) & 0xF)])
            }
        } else {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: "U"))
            for shift in stride(from: 28, through: 0, by: -4) {
                out.append(lowerHex[Int((rune >> UInt32(shift)) & 0xF)])
            }
        }
    }
}
