/// Go's `fmt.fmt`: padding and the formatting of one primitive value
/// (integer, float, string, bytes, rune) under the current flags.
extension GoPrinter {
    static let lowerDigits: [UInt8] = Array("0123456789abcdefx".utf8)
    static let upperDigits: [UInt8] = Array("0123456789ABCDEFX".utf8)

    mutating func writePadding(_ n: Int) {
        if n <= 0 { return }
        let padByte: UInt8 = flags.zero && !flags.minus ? UInt8(ascii: "0") : UInt8(ascii: " ")
        buf.append(contentsOf: repeatElement(padByte, count: n))
    }

    /// Appends `bytes` padded to the width (left, or right with `-`).
    mutating func pad(_ bytes: [UInt8]) {
        if !flags.widPresent || flags.wid == 0 {
            buf.append(contentsOf: bytes)
            return
        }
        let width = flags.wid - UTF8Runes.count(bytes)
        if !flags.minus {
            writePadding(width)
            buf.append(contentsOf: bytes)
        } else {
            buf.append(contentsOf: bytes)
            writePadding(width)
        }
    }

    mutating func padString(_ s: String) {
        if !flags.widPresent || flags.wid == 0 {
            buf.append(contentsOf: s.utf8)
            return
        }
        pad(Array(s.utf8))
    }

    mutating func fmtBoolean(_ v: Bool) {
        padString(v ? "true" : "false")
    }

    /// `%U`: `U+0078`, with `#` also ` 'x'`.
    mutating func fmtUnicode(_ value: UInt64) {
        var u = value
        var prec = 4
        if flags.precPresent && flags.prec > 4 { prec = flags.prec }
        var reversed: [UInt8] = []
        var tail: [UInt8] = []
        if flags.sharp && u <= UInt64(UTF8Runes.maxRune) && GoIsPrint.isPrint(UInt32(u)) {
            tail.append(UInt8(ascii: " "))
            tail.append(UInt8(ascii: "'"))
            UTF8Runes.append(UInt32(u), to: &tail)
            tail.append(UInt8(ascii: "'"))
        }
        while u >= 16 {
            reversed.append(Self.upperDigits[Int(u & 0xF)])
            prec -= 1
            u >>= 4
        }
        reversed.append(Self.upperDigits[Int(u)])
        prec -= 1
        while prec > 0 {
            reversed.append(UInt8(ascii: "0"))
            prec -= 1
        }
        reversed.append(UInt8(ascii: "+"))
        reversed.append(UInt8(ascii: "U"))
        let out: [UInt8] = reversed.reversed() + tail
        let oldZero = flags.zero
        flags.zero = false
        pad(out)
        flags.zero = oldZero
    }

    /// Signed and unsigned integers in base 2, 8, 10 or 16.
    mutating func fmtInteger(_ value: UInt64, base: UInt64, signed isSigned: Bool, verb: UInt32, upper: Bool = false) {
        let digits = upper ? Self.upperDigits : Self.lowerDigits
        let negative = isSigned && Int64(bitPattern: value) < 0
        var u = negative ? (0 &- value) : value
        var prec = 0
        if flags.precPresent {
            prec = flags.prec
            if prec == 0 && u == 0 {
                let oldZero = flags.zero
                flags.zero = false
                writePadding(flags.wid)
                flags.zero = oldZero
                return
            }
        } else if flags.zero && !flags.minus && flags.widPresent {
            prec = flags.wid
            if negative || flags.plus || flags.space { prec -= 1 }
        }
        var reversed: [UInt8] = []
        reversed.reserveCapacity(max(prec, 20) + 4)
        switch base {
        case 10:
            while u >= 10 {
                let next = u / 10
                reversed.append(UInt8(ascii: "0") + UInt8(u - next * 10))
                u = next
            }
        case 16:
            while u >= 16 {
                reversed.append(digits[Int(u & 0xF)])
                u >>= 4
            }
        case 8:
            while u >= 8 {
                reversed.append(UInt8(ascii: "0") + UInt8(u & 7))
                u >>= 3
            }
        default:
            while u >= 2 {
                reversed.append(UInt8(ascii: "0") + UInt8(u & 1))
                u >>= 1
            }
        }
        reversed.append(digits[Int(u)])
        while prec > reversed.count { reversed.append(UInt8(ascii: "0")) }
        if flags.sharp {
            switch base {
            case 2:
                reversed.append(UInt8(ascii: "b"))
                reversed.append(UInt8(ascii: "0"))
            case 8:
                if reversed.last != UInt8(ascii: "0") { reversed.append(UInt8(ascii: "0")) }
            case 16:
                reversed.append(digits[16])
                reversed.append(UInt8(ascii: "0"))
            default:
                break
            }
        }
        if verb == UInt32(UInt8(ascii: "O")) {
            reversed.append(UInt8(ascii: "o"))
            reversed.append(UInt8(ascii: "0"))
        }
        if negative {
            reversed.append(UInt8(ascii: "-"))
        } else if flags.plus {
            reversed.append(UInt8(ascii: "+"))
        } else if flags.space {
            reversed.append(UInt8(ascii: " "))
        }
        let oldZero = flags.zero
        flags.zero = false
        pad(reversed.reversed())
        flags.zero = oldZero
    }

    /// Go's `fmt.truncate`: at most `prec` runes.
    func truncate(_ bytes: [UInt8]) -> [UInt8] {
        guard flags.precPresent else { return bytes }
        var n = flags.prec
        return bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                n -= 1
                if n < 0 { return Array(buffer[0..<i]) }
                i += buffer[i] < 0x80 ? 1 : UTF8Runes.decode(buffer, at: i).width
            }
            return bytes
        }
    }

    mutating func fmtS(_ s: String) {
        if !flags.precPresent {
            padString(s)
            return
        }
        pad(truncate(Array(s.utf8)))
    }

    mutating func fmtBs(_ bytes: [UInt8]) {
        pad(truncate(bytes))
    }

    /// `%x` / `%X` of a string or byte slice.
    mutating func fmtSbx(_ bytes: [UInt8], upper: Bool) {
        let digits = upper ? Self.upperDigits : Self.lowerDigits
        var length = bytes.count
        if flags.precPresent && flags.prec < length { length = flags.prec }
        var width = 2 * length
        if width > 0 {
            if flags.space {
                if flags.sharp { width *= 2 }
                width += length - 1
            } else if flags.sharp {
                width += 2
            }
        } else {
            if flags.widPresent { writePadding(flags.wid) }
            return
        }
        if flags.widPresent && flags.wid > width && !flags.minus {
            writePadding(flags.wid - width)
        }
        if flags.sharp {
            buf.append(UInt8(ascii: "0"))
            buf.append(digits[16])
        }
        for i in 0..<length {
            if flags.space && i > 0 {
                buf.append(UInt8(ascii: " "))
                if flags.sharp {
                    buf.append(UInt8(ascii: "0"))
                    buf.append(digits[16])
                }
            }
            let c = bytes[i]
            buf.append(digits[Int(c >> 4)])
            buf.append(digits[Int(c & 0xF)])
        }
        if flags.widPresent && flags.wid > width && flags.minus {
            writePadding(flags.wid - width)
        }
    }

    /// `%q` of a string: a Go string literal (or a raw one with `#`).
    mutating func fmtQ(_ bytes: [UInt8]) {
        let text = truncate(bytes)
        if flags.sharp && GoQuote.canBackquote(text) {
            pad([UInt8(ascii: "`")] + text + [UInt8(ascii: "`")])
            return
        }
        var quoted: [UInt8] = []
        GoQuote.appendQuoted(text, asciiOnly: flags.plus, to: &quoted)
        pad(quoted)
    }

    /// `%c`: the character of an integer.
    mutating func fmtC(_ value: UInt64) {
        let r = value > UInt64(UTF8Runes.maxRune) ? UTF8Runes.runeError : UInt32(value)
        var out: [UInt8] = []
        UTF8Runes.append(r, to: &out)
        pad(out)
    }

    /// `%q` of an integer: a Go rune literal.
    mutating func fmtQc(_ value: UInt64) {
        let r = value > UInt64(UTF8Runes.maxRune) ? UTF8Runes.runeError : UInt32(value)
        var out: [UInt8] = []
        GoQuote.appendQuotedRune(r, asciiOnly: flags.plus, to: &out)
        pad(out)
    }

    /// A float64 in the strconv format `verb` with default precision `prec`.
    mutating func fmtFloat(_ v: Double, verb: UInt8, prec defaultPrec: Int) {
        let prec = flags.precPresent ? flags.prec : defaultPrec
        var num: [UInt8] = [UInt8(ascii: "+")]
        let formatted = GoFloat.formatBytes(v, fmt: verb, prec: prec)
        if let first = formatted.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            num = formatted
        } else {
            num.append(contentsOf: formatted)
        }
        if flags.space && num[0] == UInt8(ascii: "+") && !flags.plus {
            num[0] = UInt8(ascii: " ")
        }
        if num.count > 1 && (num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N")) {
            let oldZero = flags.zero
            flags.zero = false
            if num[1] == UInt8(ascii: "N") && !flags.space && !flags.plus {
                num.removeFirst()
            }
            pad(num)
            flags.zero = oldZero
            return
        }
        if flags.sharp && verb != UInt8(ascii: "b") {
            var digits = 0
            switch verb {
            case UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"):
                digits = prec == -1 ? 6 : prec
            default:
                break
            }
            var tail: [UInt8] = []
            var hasDecimalPoint = false
            var sawNonzeroDigit = false
            var i = 1
            scan: while i < num.count {
                let c = num[i]
                switch c {
                case UInt8(ascii: "."):
                    hasDecimalPoint = true
                case UInt8(ascii: "p"), UInt8(ascii: "P"):
                    tail.append(contentsOf: num[i...])
                    num.removeSubrange(i...)
                    break scan
                case UInt8(ascii: "e") where verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X"),
                     UInt8(ascii: "E") where verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X"):
                    tail.append(contentsOf: num[i...])
                    num.removeSubrange(i...)
                    break scan
                default:
                    if c != UInt8(ascii: "0") { sawNonzeroDigit = true }
                    if sawNonzeroDigit { digits -= 1 }
                }
                i += 1
            }
            if !hasDecimalPoint {
                if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }
                num.append(UInt8(ascii: "."))
            }
            while digits > 0 {
                num.append(UInt8(ascii: "0"))
                digits -= 1
            }
            num.append(contentsOf: tail)
        }
        if flags.plus || num[0] != UInt8(ascii: "+") {
            if flags.zero && !flags.minus && flags.widPresent && flags.wid > num.count {
                buf.append(num[0])
                writePadding(flags.wid - num.count)
                buf.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(Array(num[1...]))
    }
}
