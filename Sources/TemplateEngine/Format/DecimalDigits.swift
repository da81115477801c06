/// The decimal digits of a non-negative float64, as Go's `strconv` holds
/// them while formatting: `digits` are ASCII `'0'...'9'` without leading or
/// trailing zeros, and the value is `0.d1d2d3… × 10^decimalPoint`.
/// Zero has no digits.
struct DecimalDigits {
    var digits: [UInt8]
    var decimalPoint: Int

    var count: Int { digits.count }

    /// The shortest digits that read back as `value` (Go's precision -1),
    /// taken from Swift's shortest round-trip `description`.
    static func shortest(_ value: Double) -> DecimalDigits {
        let magnitude = value.magnitude
        if magnitude == 0 { return DecimalDigits(digits: [], decimalPoint: 0) }
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var pointIndex: Int? = nil
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in magnitude.description.utf8 {
            if inExponent {
                switch byte {
                case UInt8(ascii: "-"): exponentSign = -1
                case UInt8(ascii: "+"): break
                default: exponent = exponent * 10 + Int(byte &- UInt8(ascii: "0"))
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "."): pointIndex = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            default: digits.append(byte)
            }
        }
        var point = (pointIndex ?? digits.count) + exponentSign * exponent
        var leading = 0
        while leading < digits.count && digits[leading] == UInt8(ascii: "0") { leading += 1 }
        if leading > 0 {
            digits.removeFirst(leading)
            point -= leading
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: point)
    }

    /// Every digit of `value` exactly (a float64 is a finite binary
    /// fraction, so its decimal expansion ends).
    static func exact(_ value: Double) -> DecimalDigits {
        let magnitude = value.magnitude
        if magnitude == 0 || !magnitude.isFinite { return DecimalDigits(digits: [], decimalPoint: 0) }
        let mantissa = magnitude.significandBitPattern | (magnitude.isNormal ? (1 << 52) : 0)
        let binaryExponent = (magnitude.isNormal ? Int(magnitude.exponentBitPattern) : 1) - 1075
        var number = BigUnsigned(mantissa)
        var fractionDigits = 0
        if binaryExponent >= 0 {
            number.multiply(byPowerOfTwo: binaryExponent)
        } else {
            // mantissa × 2^-k = mantissa × 5^k / 10^k
            number.multiply(byPowerOfFive: -binaryExponent)
            fractionDigits = -binaryExponent
        }
        var digits = number.decimalDigits()
        var point = digits.count - fractionDigits
        var leading = 0
        while leading < digits.count && digits[leading] == UInt8(ascii: "0") { leading += 1 }
        if leading > 0 {
            digits.removeFirst(leading)
            point -= leading
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: point)
    }

    /// Rounds to `n` digits, half to even on an exact tie (Go's `decimal.Round`).
    mutating func round(to n: Int) {
        if n < 0 || n >= digits.count { return }
        if shouldRoundUp(n) { roundUp(n) } else { roundDown(n) }
    }

    private func shouldRoundUp(_ n: Int) -> Bool {
        if digits[n] == UInt8(ascii: "5") && n + 1 == digits.count {
            return n > 0 && (digits[n - 1] - UInt8(ascii: "0")) % 2 == 1
        }
        return digits[n] >= UInt8(ascii: "5")
    }

    private mutating func roundDown(_ n: Int) {
        digits.removeLast(digits.count - n)
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
    }

    private mutating func roundUp(_ n: Int) {
        var i = n - 1
        while i >= 0 && digits[i] == UInt8(ascii: "9") { i -= 1 }
        if i < 0 {
            digits = [UInt8(ascii: "1")]
            decimalPoint += 1
            return
        }
        digits[i] += 1
        digits.removeLast(digits.count - (i + 1))
    }
}

/// A minimal arbitrary-precision unsigned integer (little-endian 32-bit
/// limbs), just enough for exact float64 expansion.
struct BigUnsigned {
    private var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    private mutating func trim() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    private mutating func multiply(bySmall factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    mutating func multiply(byPowerOfTwo count: Int) {
        let whole = count / 32
        let bits = count % 32
        if bits > 0 { multiply(bySmall: UInt32(1) << UInt32(bits)) }
        if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    }

    mutating func multiply(byPowerOfFive count: Int) {
        // 5^13 is the largest power of five below 2^32.
        var remaining = count
        while remaining >= 13 {
            multiply(bySmall: 1_220_703_125)
            remaining -= 13
        }
        var factor: UInt32 = 1
        for _ in 0..<remaining { factor *= 5 }
        if factor > 1 { multiply(bySmall: factor) }
    }

    /// Decimal digits, most significant first ("0" for zero).
    func decimalDigits() -> [UInt8] {
        var work = limbs
        var chunks: [UInt32] = []
        while !work.isEmpty {
            var remainder: UInt64 = 0
            var i = work.count - 1
            while i >= 0 {
                let current = (remainder << 32) | UInt64(work[i])
                work[i] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
                i -= 1
            }
            chunks.append(UInt32(remainder))
            while let last = work.last, last == 0 { work.removeLast() }
        }
        guard let top = chunks.last else { return [UInt8(ascii: "0")] }
        var out = Array(String(top).utf8)
        var index = chunks.count - 2
        while index >= 0 {
            let text = Array(String(chunks[index]).utf8)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 9 - text.count))
            out.append(contentsOf: text)
            index -= 1
        }
        return out
    }
}
