/// shopspring/decimal v1.4 as Sprig's `addf`/`subf`/`mulf`/`divf` use it:
/// floats become their shortest exact decimal (`NewFromFloat`), sums and
/// products are exact, quotients are rounded to 16 places (`DivRound`),
/// and the result is converted back to the nearest float64.
struct GoDecimal {
    var negative: Bool
    var coefficient: DecimalInteger
    var exponent: Int

    /// `decimal.DivisionPrecision`.
    static let divisionPrecision = 16

    /// `NewFromFloat`; throws Sprig's panic text for NaN and infinities.
    init(_ f: Double) throws {
        if f.isNaN { throw FunctionError("Cannot create a Decimal from NaN") }
        if f.isInfinite { throw FunctionError("Cannot create a Decimal from \(f < 0 ? "-Inf" : "+Inf")") }
        // Swift's description is the shortest round-tripping decimal, as Go's.
        var text = Substring("\(f.magnitude)")
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(String(text[text.index(after: e)...].filter { $0 != "+" })) ?? 0
            text = text[..<e]
        }
        if let dot = text.firstIndex(of: ".") {
            let frac = text[text.index(after: dot)...]
            exp -= frac.count
            text = Substring(String(text[..<dot]) + frac)
        }
        self.init(negative: f.sign == .minus && f != 0, coefficient: DecimalInteger(text), exponent: exp)
    }

    init(negative: Bool, coefficient: DecimalInteger, exponent: Int) {
        self.negative = coefficient.isZero ? false : negative
        self.coefficient = coefficient
        self.exponent = exponent
    }

    private static func aligned(_ a: GoDecimal, _ b: GoDecimal) -> (DecimalInteger, DecimalInteger, Int) {
        let e = min(a.exponent, b.exponent)
        return (a.coefficient.shifted(by: a.exponent - e), b.coefficient.shifted(by: b.exponent - e), e)
    }

    static func + (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        let (x, y, e) = aligned(a, b)
        if a.negative == b.negative { return GoDecimal(negative: a.negative, coefficient: x + y, exponent: e) }
        if DecimalInteger.compare(x, y) >= 0 { return GoDecimal(negative: a.negative, coefficient: x - y, exponent: e) }
        return GoDecimal(negative: b.negative, coefficient: y - x, exponent: e)
    }

    static func - (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        a + GoDecimal(negative: !b.negative, coefficient: b.coefficient, exponent: b.exponent)
    }

    static func * (a: GoDecimal, b: GoDecimal) -> GoDecimal {
        GoDecimal(negative: a.negative != b.negative, coefficient: a.coefficient * b.coefficient,
                  exponent: a.exponent + b.exponent)
    }

    /// `Div` = `DivRound(d2, 16)`: truncated to 16 places, then rounded
    /// half away from zero.
    func divided(by d: GoDecimal) throws -> GoDecimal {
        if d.coefficient.isZero { throw FunctionError("decimal division by 0") }
        let p = GoDecimal.divisionPrecision
        let k = exponent - d.exponent + p
        let n = coefficient.shifted(by: max(0, k))
        let den = d.coefficient.shifted(by: max(0, -k))
        var (q, r) = DecimalInteger.divMod(n, den)
        if DecimalInteger.compare(r + r, den) >= 0 { q = q + DecimalInteger(digits: [1]) }
        return GoDecimal(negative: negative != d.negative, coefficient: q, exponent: -p)
    }

    /// The nearest float64 (`Float64()`).
    var doubleValue: Double {
        let v = Double("\(coefficient.text)e\(exponent)") ?? 0
        return negative ? -v : v
    }
}
