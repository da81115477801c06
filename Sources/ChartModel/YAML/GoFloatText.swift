/// Go's shortest float formatting (`strconv.FormatFloat(f, 'g', -1, 64|32)`)
/// and `encoding/json`'s float text, built on Swift's shortest round-trip
/// digits (the same digits Go's shortest algorithm picks).
enum GoFloatText {
    /// Shortest decimal digits and decimal-point position: value = 0.DIGITS × 10^pointPosition.
    private struct Digits {
        var digits: [UInt8]
        var pointPosition: Int
    }

    private static func shortestDigits(_ description: String) -> Digits {
        var mantissa = Substring(description)
        var exponent = 0
        if let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = description[..<e]
            exponent = Int(description[description.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointPosition = 0
        var seenPoint = false
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") { seenPoint = true; continue }
            if c == UInt8(ascii: "-") { continue }
            digits.append(c)
            if !seenPoint { pointPosition += 1 }
        }
        // Strip leading zeros (moving the point) and trailing zeros.
        while let f = digits.first, f == UInt8(ascii: "0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while let l = digits.last, l == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { return Digits(digits: [], pointPosition: 0) }
        return Digits(digits: digits, pointPosition: pointPosition + exponent)
    }

    /// `strconv.FormatFloat(f, 'g', -1, 64)`.
    static func formatG(_ f: Double) -> String {
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
        return formatG(shortestDigits(f.description), negative: f.sign == .minus)
    }

    /// `strconv.FormatFloat(f, 'g', -1, 32)`.
    static func formatG32(_ f: Double) -> String {
        let g = Float(f)
        if g.isNaN { return "NaN" }
        if g.isInfinite { return g < 0 ? "-Inf" : "+Inf" }
        return formatG(shortestDigits(g.description), negative: g.sign == .minus)
    }

    private static func formatG(_ d: Digits, negative: Bool) -> String {
        var digits = d.digits
        var dp = d.pointPosition
        if digits.isEmpty { digits = [UInt8(ascii: "0")]; dp = 1 }
        let exp = dp - 1
        if exp < -4 || exp >= 6 {
            return formatE(digits, exp: exp, negative: negative)
        }
        return formatF(digits, dp: dp, decimals: max(digits.count - dp, 0), negative: negative)
    }

    private static func formatE(_ digits: [UInt8], exp: Int, negative: Bool) -> String {
        var out: [UInt8] = []
        if negative { out.append(UInt8(ascii: "-")) }
        out.append(digits[0])
        if digits.count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[1...])
        }
        out.append(UInt8(ascii: "e"))
        out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let e = abs(exp)
        if e < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(e).utf8))
        return String(decoding: out, as: UTF8.self)
    }

    private static func formatF(_ digits: [UInt8], dp: Int, decimals: Int, negative: Bool) -> String {
        var out: [UInt8] = []
        if negative { out.append(UInt8(ascii: "-")) }
        if dp > 0 {
            for i in 0..<dp { out.append(i < digits.count ? digits[i] : UInt8(ascii: "0")) }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if decimals > 0 {
            out.append(UInt8(ascii: "."))
            for i in 0..<decimals {
                let j = dp + i
                out.append(j >= 0 && j < digits.count ? digits[j] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text `encoding/json` writes for a finite float64.
    static func json(_ f: Double) -> String {
        let a = abs(f)
        let d = shortestDigits(f.description)
        var digits = d.digits
        var dp = d.pointPosition
        if digits.isEmpty { digits = [UInt8(ascii: "0")]; dp = 1 }
        if a != 0 && (a < 1e-6 || a >= 1e21) {
            var s = formatE(digits, exp: dp - 1, negative: f.sign == .minus)
            // Go cleans up e-09 to e-9.
            var b = Array(s.utf8)
            let n = b.count
            if n >= 4, b[n - 4] == UInt8(ascii: "e"), b[n - 3] == UInt8(ascii: "-"), b[n - 2] == UInt8(ascii: "0") {
                b[n - 2] = b[n - 1]
                b.removeLast()
                s = String(decoding: b, as: UTF8.self)
            }
            return s
        }
        return formatF(digits, dp: dp, decimals: max(digits.count - dp, 0), negative: f.sign == .minus)
    }
}
