/// Go's `strconv.FormatFloat(f, fmt, prec, 64)` and the `%v` text of a
/// float64.
public enum GoFloat {
    /// `strconv.FormatFloat(value, fmt, prec, 64)` for `fmt` in
    /// `e E f g G b x X`; `prec` -1 means the shortest digits that read
    /// back exactly. An unknown format gives `%` followed by it, as Go does.
    public static func format(_ value: Double, fmt: Character, prec: Int) -> String {
        let byte = fmt.asciiValue ?? UInt8(ascii: "?")
        return String(decoding: formatBytes(value, fmt: byte, prec: prec), as: UTF8.self)
    }

    /// How `%v` (and so `{{ . }}`) prints a float64: `%g` with the shortest
    /// digits, exponent form when the decimal exponent is below -4 or at
    /// least 6 (`3`, `1.5`, `123456`, `1.234567e+06`, `1e-05`, `+Inf`, `NaN`).
    public static func formatV(_ value: Double) -> String {
        format(value, fmt: "g", prec: -1)
    }

    /// The same as `format`, as UTF-8 bytes.
    static func formatBytes(_ value: Double, fmt: UInt8, prec: Int) -> [UInt8] {
        if value.isNaN { return Array("NaN".utf8) }
        if value.isInfinite { return Array((value < 0 ? "-Inf" : "+Inf").utf8) }
        let negative = value.sign == .minus
        switch fmt {
        case UInt8(ascii: "b"): return formatBinary(value, negative: negative)
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return formatHex(value, fmt: fmt, prec: prec, negative: negative)
        default: break
        }
        var precision = prec
        var digits: DecimalDigits
        let shortest = prec < 0
        if shortest {
            digits = DecimalDigits.shortest(value)
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): precision = max(digits.count - 1, 0)
            case UInt8(ascii: "f"): precision = max(digits.count - digits.decimalPoint, 0)
            case UInt8(ascii: "g"), UInt8(ascii: "G"): precision = digits.count
            default: break
            }
        } else {
            digits = DecimalDigits.exact(value)
            switch fmt {
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                digits.round(to: precision + 1)
            case UInt8(ascii: "f"):
                digits.round(to: digits.decimalPoint + precision)
            case UInt8(ascii: "g"), UInt8(ascii: "G"):
                if precision == 0 { precision = 1 }
                digits.round(to: precision)
            default:
                break
            }
        }
        return formatDigits(digits, negative: negative, shortest: shortest, prec: precision, fmt: fmt)
    }

    private static func formatDigits(_ digits: DecimalDigits, negative: Bool, shortest: Bool,
                                     prec: Int, fmt: UInt8) -> [UInt8] {
        switch fmt {
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            return formatE(digits, negative: negative, prec: prec, fmt: fmt)
        case UInt8(ascii: "f"):
            return formatF(digits, negative: negative, prec: prec)
        case UInt8(ascii: "g"), UInt8(ascii: "G"):
            var precision = prec
            var exponentLimit = precision
            if exponentLimit > digits.count && digits.count >= digits.decimalPoint {
                exponentLimit = digits.count
            }
            // The shortest form switches to an exponent as precision 6 would.
            if shortest { exponentLimit = 6 }
            let exponent = digits.decimalPoint - 1
            if exponent < -4 || exponent >= exponentLimit {
                if precision > digits.count { precision = digits.count }
                return formatE(digits, negative: negative, prec: precision - 1,
                               fmt: fmt + UInt8(ascii: "e") - UInt8(ascii: "g"))
            }
            if precision > digits.decimalPoint { precision = digits.count }
            return formatF(digits, negative: negative, prec: max(precision - digits.decimalPoint, 0))
        default:
            return [UInt8(ascii: "%"), fmt]
        }
    }

    /// `-d.dddde±dd`
    private static func formatE(_ d: DecimalDigits, negative: Bool, prec: Int, fmt: UInt8) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(prec + 8)
        if negative { out.append(UInt8(ascii: "-")) }
        out.append(d.count > 0 ? d.digits[0] : UInt8(ascii: "0"))
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            var i = 1
            let available = min(d.count, prec + 1)
            if i < available {
                out.append(contentsOf: d.digits[i..<available])
                i = available
            }
            while i <= prec {
                out.append(UInt8(ascii: "0"))
                i += 1
            }
        }
        out.append(fmt)
        var exponent = d.count == 0 ? 0 : d.decimalPoint - 1
        if exponent < 0 {
            out.append(UInt8(ascii: "-"))
            exponent = -exponent
        } else {
            out.append(UInt8(ascii: "+"))
        }
        if exponent < 10 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "0") + UInt8(exponent))
        } else if exponent < 100 {
            out.append(UInt8(ascii: "0") + UInt8(exponent / 10))
            out.append(UInt8(ascii: "0") + UInt8(exponent % 10))
        } else {
            out.append(UInt8(ascii: "0") + UInt8(exponent / 100))
            out.append(UInt8(ascii: "0") + UInt8(exponent / 10 % 10))
            out.append(UInt8(ascii: "0") + UInt8(exponent % 10))
        }
        return out
    }

    /// `-ddddd.dddd`
    private static func formatF(_ d: DecimalDigits, negative: Bool, prec: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(max(d.decimalPoint, 1) + prec + 2)
        if negative { out.append(UInt8(ascii: "-")) }
        if d.decimalPoint > 0 {
            let available = min(d.count, d.decimalPoint)
            out.append(contentsOf: d.digits[0..<available])
            if available < d.decimalPoint {
                out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: d.decimalPoint - available))
            }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            for i in 0..<prec {
                let j = d.decimalPoint + i
                out.append(j >= 0 && j < d.count ? d.digits[j] : UInt8(ascii: "0"))
            }
        }
        return out
    }

    private static func mantissaAndExponent(_ value: Double) -> (UInt64, Int) {
        let magnitude = value.magnitude
        if magnitude.isNormal {
            return (magnitude.significandBitPattern | (1 << 52), Int(magnitude.exponentBitPattern) - 1023)
        }
        return (magnitude.significandBitPattern, -1022)
    }

    /// `-ddddp±ddd`
    private static func formatBinary(_ value: Double, negative: Bool) -> [UInt8] {
        let (mantissa, exponent) = mantissaAndExponent(value)
        let shifted = exponent - 52
        var text = negative ? "-" : ""
        text += String(mantissa) + "p" + (shifted >= 0 ? "+" : "") + String(shifted)
        return Array(text.utf8)
    }

    /// `-0x1.yyyyp±dd`
    private static func formatHex(_ value: Double, fmt: UInt8, prec: Int, negative: Bool) -> [UInt8] {
        var (mantissa, exponent) = mantissaAndExponent(value)
        if mantissa == 0 { exponent = 0 }
        mantissa <<= 60 - 52
        while mantissa != 0 && mantissa & (1 << 60) == 0 {
            mantissa <<= 1
            exponent -= 1
        }
        if prec >= 0 && prec < 15 {
            let shift = UInt64(prec * 4)
            let extra = (mantissa << shift) & ((1 << 60) - 1)
            mantissa >>= 60 - shift
            if extra | (mantissa & 1) > 1 << 59 { mantissa += 1 }
            mantissa <<= 60 - shift
            if mantissa & (1 << 61) != 0 {
                mantissa >>= 1
                exponent += 1
            }
        }
        let hexDigits: [UInt8] = Array((fmt == UInt8(ascii: "X") ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var out: [UInt8] = []
        if negative { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "0"))
        out.append(fmt)
        out.append(UInt8(ascii: "0") + UInt8((mantissa >> 60) & 1))
        mantissa <<= 4
        if prec < 0 && mantissa != 0 {
            out.append(UInt8(ascii: "."))
            while mantissa != 0 {
                out.append(hexDigits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        } else if prec > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<prec {
                out.append(hexDigits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        }
        out.append(fmt == UInt8(ascii: "X") ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        if exponent < 0 {
            out.append(UInt8(ascii: "-"))
            exponent = -exponent
        } else {
            out.append(UInt8(ascii: "+"))
        }
        if exponent < 100 {
            out.append(UInt8(ascii: "0") + UInt8(exponent / 10))
            out.append(UInt8(ascii: "0") + UInt8(exponent % 10))
        } else {
            out.append(contentsOf: Array(String(exponent).utf8))
        }
        return out
    }
}
