import TemplateEngine

/// Go's `%v` of a value in values messages: scalars here, anything else
/// through `GoFormat`.
func valueText(_ v: Value) -> String {
    switch v {
    case .null: return "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i, _): return String(i)
    case .string(let s): return s
    case .float(let d): return goFloatText(d)
    default: return GoFormat.format(v)
    }
}

/// Go's `%v` of a float64 (`strconv.FormatFloat(f, 'g', -1, 64)`):
/// shortest digits, exponent form when the exponent is below -4 or at
/// least max(6, digits).
func goFloatText(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
    if d == 0 { return d.sign == .minus ? "-0" : "0" }
    let sign = d < 0 ? "-" : ""
    var (digits, point) = shortestDigits(abs(d))
    let exp = point - 1
    var eprec = 6
    if eprec > digits.count && digits.count >= point { eprec = digits.count }
    if exp < -4 || exp >= eprec {
        let first = String(digits.removeFirst())
        let mant = digits.isEmpty ? first : first + "." + digits
        let e = abs(exp)
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
    }
    if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
    if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
    let i = digits.index(digits.startIndex, offsetBy: point)
    return sign + digits[..<i] + "." + digits[i...]
}

/// Shortest round-trip decimal digits of a positive double and the
/// position of the decimal point: value = 0.DIGITS × 10^point.
func shortestDigits(_ a: Double) -> (String, Int) {
    let s = "\(a)"
    var mantissa = Substring(s)
    var e = 0
    if let r = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = s[..<r]
        e = Int(s[s.index(after: r)...]) ?? 0
    }
    var intPart = mantissa
    var frac: Substring = ""
    if let dot = mantissa.firstIndex(of: ".") {
        intPart = mantissa[..<dot]
        frac = mantissa[mantissa.index(after: dot)...]
    }
    var digits = String(intPart) + String(frac)
    var point = intPart.count + e
    while digits.hasPrefix("0") && digits.count > 1 {
        digits.removeFirst()
        point -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (digits, point)
}
