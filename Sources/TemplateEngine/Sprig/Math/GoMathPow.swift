/// Go's `math.Pow(10, y)` for the integral `y` Sprig's `round` passes:
/// repeated squaring on the fraction/exponent split, as Go computes it
/// (libm's `pow` may differ in the last bit).
enum GoMathPow {
    static func pow10(_ y: Double) -> Double {
        if y == 0 { return 1 }
        if y == 1 { return 10 }
        if y.isNaN { return .nan }
        if y.isInfinite { return y > 0 ? .infinity : 0 }
        let yi = y.magnitude.rounded(.towardZero)
        if yi >= 9.223372036854775807e18 { return y > 0 ? .infinity : 0 }
        var a1 = 1.0
        var ae = 0
        var (x1, xe) = frexp(10)
        var i = Int64(yi)
        while i != 0 {
            if xe < -(1 << 12) || (1 << 12) < xe {
                ae += xe
                break
            }
            if i & 1 == 1 {
                a1 *= x1
                ae += xe
            }
            x1 *= x1
            xe <<= 1
            if x1 < 0.5 {
                x1 += x1
                xe -= 1
            }
            i >>= 1
        }
        if y < 0 {
            a1 = 1 / a1
            ae = -ae
        }
        return ldexp(a1, ae)
    }

    /// Go's `Frexp` for finite non-zero x: x = frac × 2^exp, frac in [0.5, 1).
    static func frexp(_ x: Double) -> (Double, Int) {
        if x == 0 || !x.isFinite { return (x, 0) }
        return (x.significand / 2 * (x < 0 ? -1 : 1), Int(x.exponent) + 1)
    }

    static func ldexp(_ frac: Double, _ exp: Int) -> Double {
        if frac == 0 || !frac.isFinite { return frac }
        let e = max(-2200, min(2200, exp))
        return Double(sign: .plus, exponent: e, significand: frac)
    }
}
