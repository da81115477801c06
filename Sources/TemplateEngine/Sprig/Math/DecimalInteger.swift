/// A non-negative integer of any size as decimal digits, for the exact
/// decimal arithmetic of Sprig's float functions.
struct DecimalInteger: Equatable {
    /// Little-endian decimal digits, no leading (high) zeros; zero is empty.
    private(set) var digits: [UInt8]

    init(digits: [UInt8]) {
        self.digits = digits
        normalize()
    }

    init(_ text: Substring) {
        self.init(digits: text.utf8.reversed().map { $0 &- UInt8(ascii: "0") })
    }

    static let zero = DecimalInteger(digits: [])

    var isZero: Bool { digits.isEmpty }

    private mutating func normalize() {
        while let last = digits.last, last == 0 { digits.removeLast() }
    }

    /// Multiplies by 10^n.
    func shifted(by n: Int) -> DecimalInteger {
        if isZero || n <= 0 { return self }
        return DecimalInteger(digits: [UInt8](repeating: 0, count: n) + digits)
    }

    static func compare(_ a: DecimalInteger, _ b: DecimalInteger) -> Int {
        if a.digits.count != b.digits.count { return a.digits.count < b.digits.count ? -1 : 1 }
        var i = a.digits.count - 1
        while i >= 0 {
            if a.digits[i] != b.digits[i] { return a.digits[i] < b.digits[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func + (a: DecimalInteger, b: DecimalInteger) -> DecimalInteger {
        var out: [UInt8] = []
        out.reserveCapacity(max(a.digits.count, b.digits.count) + 1)
        var carry: UInt8 = 0
        for i in 0..<max(a.digits.count, b.digits.count) {
            let s = (i < a.digits.count ? a.digits[i] : 0) + (i < b.digits.count ? b.digits[i] : 0) + carry
            out.append(s % 10)
            carry = s / 10
        }
        if carry > 0 { out.append(carry) }
        return DecimalInteger(digits: out)
    }

    /// a - b for a >= b.
    static func - (a: DecimalInteger, b: DecimalInteger) -> DecimalInteger {
        var out: [UInt8] = []
        out.reserveCapacity(a.digits.count)
        var borrow: Int = 0
        for i in 0..<a.digits.count {
            var d = Int(a.digits[i]) - (i < b.digits.count ? Int(b.digits[i]) : 0) - borrow
            if d < 0 { d += 10; borrow = 1 } else { borrow = 0 }
            out.append(UInt8(d))
        }
        return DecimalInteger(digits: out)
    }

    static func * (a: DecimalInteger, b: DecimalInteger) -> DecimalInteger {
        if a.isZero || b.isZero { return .zero }
        var acc = [Int](repeating: 0, count: a.digits.count + b.digits.count + 1)
        for (i, x) in a.digits.enumerated() where x != 0 {
            for (j, y) in b.digits.enumerated() {
                acc[i + j] += Int(x) * Int(y)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(acc.count)
        var carry = 0
        for v in acc {
            let t = v + carry
            out.append(UInt8(t % 10))
            carry = t / 10
        }
        while carry > 0 { out.append(UInt8(carry % 10)); carry /= 10 }
        return DecimalInteger(digits: out)
    }

    /// Truncated quotient and remainder; `b` must not be zero.
    static func divMod(_ a: DecimalInteger, _ b: DecimalInteger) -> (DecimalInteger, DecimalInteger) {
        var quotient: [UInt8] = []
        var rem = DecimalInteger.zero
        for d in a.digits.reversed() {
            rem = DecimalInteger(digits: [d] + rem.digits)
            var q: UInt8 = 0
            while compare(rem, b) >= 0 {
                rem = rem - b
                q += 1
            }
            quotient.append(q)
        }
        return (DecimalInteger(digits: quotient.reversed()), rem)
    }

    var text: String {
        if isZero { return "0" }
        return String(decoding: digits.reversed().map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }
}
