/// Go's `strconv` number parsing and quoting, with Go's accepted syntax and
/// error texts (`strconv.Atoi: parsing "x": invalid syntax`).
public enum GoStrconv {
    /// Go's `*strconv.NumError`.
    public struct NumError: Error, CustomStringConvertible, Equatable {
        /// `Atoi`, `ParseInt`, `ParseUint`, `ParseFloat`, `ParseBool`.
        public let function: String
        public let input: String
        /// `invalid syntax`, `value out of range`, `invalid base 1`, …
        public let reason: String
        /// What Go returns with the error: the clamped bound for an integer
        /// out of range (callers that drop the error, like Sprig's `atoi`,
        /// see it), ±Inf for a float out of range, else 0.
        public let integerValue: Int64
        public let floatValue: Double

        public init(function: String, input: String, reason: String, integerValue: Int64 = 0, floatValue: Double = 0) {
            self.function = function
            self.input = input
            self.reason = reason
            self.integerValue = integerValue
            self.floatValue = floatValue
        }

        public static func == (a: NumError, b: NumError) -> Bool {
            a.function == b.function && a.input == b.input && a.reason == b.reason
        }

        public static let syntax = "invalid syntax"
        public static let range = "value out of range"

        public var isRange: Bool { reason == Self.range }
        public var description: String {
            "strconv." + function + ": parsing " + GoStrconv.quote(input) + ": " + reason
        }
    }

    /// `strconv.Quote`.
    public static func quote(_ s: String) -> String {
        if isPlainPrintableASCII(s) {
            var q = "\""
            q.reserveCapacity(s.utf8.count + 2)
            q += s
            q += "\""
            return q
        }
        var out: [UInt8] = []
        GoQuote.appendQuoted(GoBytes.bytes(s), asciiOnly: false, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `s` is printable ASCII with no `"` or `\\`: text that Go
    /// quotes by adding the quotes alone.
    static func isPlainPrintableASCII(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            for c in b where c < 0x20 || c > 0x7E || c == 0x22 || c == 0x5C { return false }
            return true
        }
    }

    /// `strconv.QuoteToASCII`.
    public static func quoteToASCII(_ s: String) -> String {
        var out: [UInt8] = []
        GoQuote.appendQuoted(GoBytes.bytes(s), asciiOnly: true, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.QuoteRune`.
    public static func quoteRune(_ r: UInt32) -> String {
        var out: [UInt8] = []
        GoQuote.appendQuotedRune(r, asciiOnly: false, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.Atoi` (64-bit `int`).
    public static func atoi(_ s: String) throws -> Int {
        let bytes = Array(s.utf8)
        if bytes.count > 0 && bytes.count < 19 {
            var digits = bytes[...]
            if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
                digits = bytes[1...]
                if digits.isEmpty { throw NumError(function: "Atoi", input: s, reason: NumError.syntax) }
            }
            var n = 0
            for c in digits {
                let d = c &- UInt8(ascii: "0")
                if d > 9 { throw NumError(function: "Atoi", input: s, reason: NumError.syntax) }
                n = n * 10 + Int(d)
            }
            return bytes[0] == UInt8(ascii: "-") ? -n : n
        }
        do {
            return Int(try parseInt(s, base: 10, bitSize: 0))
        } catch let error as NumError {
            throw NumError(function: "Atoi", input: error.input, reason: error.reason,
                           integerValue: error.integerValue)
        }
    }

    /// `strconv.ParseInt`: optional sign; base 0 reads `0x`/`0o`/`0b`/`0`
    /// prefixes and `_` separators.
    public static func parseInt(_ s: String, base: Int, bitSize: Int) throws -> Int64 {
        let bytes = Array(s.utf8)
        if bytes.isEmpty { throw NumError(function: "ParseInt", input: s, reason: NumError.syntax) }
        var negative = false
        var body = bytes[...]
        if bytes[0] == UInt8(ascii: "+") {
            body = bytes[1...]
        } else if bytes[0] == UInt8(ascii: "-") {
            negative = true
            body = bytes[1...]
        }
        var magnitude: UInt64
        switch parseUnsigned(Array(body), original: bytes, base: base, bitSize: bitSize) {
        case .success(let n):
            magnitude = n
        case .failure(let error):
            if !error.isRange {
                throw NumError(function: "ParseInt", input: s, reason: error.reason)
            }
            magnitude = UInt64.max
        }
        let size = bitSize == 0 ? 64 : bitSize
        let cutoff = UInt64(1) << UInt64(size - 1)
        if !negative && magnitude >= cutoff {
            throw NumError(function: "ParseInt", input: s, reason: NumError.range,
                           integerValue: Int64(cutoff - 1))
        }
        if negative && magnitude > cutoff {
            throw NumError(function: "ParseInt", input: s, reason: NumError.range,
                           integerValue: Int64(truncatingIfNeeded: 0 &- cutoff))
        }
        return negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
    }

    /// `strconv.ParseUint`.
    public static func parseUint(_ s: String, base: Int, bitSize: Int) throws -> UInt64 {
        let bytes = Array(s.utf8)
        switch parseUnsigned(bytes, original: bytes, base: base, bitSize: bitSize) {
        case .success(let n): return n
        case .failure(let error): throw error
        }
    }

    private static func parseUnsigned(_ digits: [UInt8], original: [UInt8], base requested: Int,
                                      bitSize: Int) -> Result<UInt64, NumError> {
        let input = String(decoding: original, as: UTF8.self)
        func fail(_ reason: String) -> Result<UInt64, NumError> {
            .failure(NumError(function: "ParseUint", input: input, reason: reason))
        }
        if digits.isEmpty { return fail(NumError.syntax) }
        var base = requested
        var s = digits[...]
        let base0 = requested == 0
        if requested == 0 {
            base = 10
            if s[s.startIndex] == UInt8(ascii: "0") {
                let second = s.count >= 3 ? s[s.startIndex + 1] | 0x20 : 0
                switch second {
                case UInt8(ascii: "b"): base = 2; s = s.dropFirst(2)
                case UInt8(ascii: "o"): base = 8; s = s.dropFirst(2)
                case UInt8(ascii: "x"): base = 16; s = s.dropFirst(2)
                default: base = 8; s = s.dropFirst(1)
                }
            }
        } else if requested < 2 || requested > 36 {
            return fail("invalid base " + String(requested))
        }
        var size = bitSize
        if bitSize == 0 {
            size = 64
        } else if bitSize < 0 || bitSize > 64 {
            return fail("invalid bit size " + String(bitSize))
        }
        let cutoff = UInt64.max / UInt64(base) + 1
        let maxValue = size == 64 ? UInt64.max : (UInt64(1) << UInt64(size)) - 1
        var underscores = false
        var n: UInt64 = 0
        for c in s {
            let d: UInt8
            let lower = c | 0x20
            if c == UInt8(ascii: "_") && base0 {
                underscores = true
                continue
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                d = c - UInt8(ascii: "0")
            } else if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                d = lower - UInt8(ascii: "a") + 10
            } else {
                return fail(NumError.syntax)
            }
            if Int(d) >= base { return fail(NumError.syntax) }
            if n >= cutoff { return fail(NumError.range) }
            n = n &* UInt64(base)
            let (sum, overflow) = n.addingReportingOverflow(UInt64(d))
            if overflow || sum > maxValue { return fail(NumError.range) }
            n = sum
        }
        if underscores && !underscoreOK(digits) { return fail(NumError.syntax) }
        return .success(n)
    }

    /// Go's `underscoreOK`: `_` only between digits (or after a base prefix).
    static func underscoreOK(_ text: [UInt8]) -> Bool {
        var s = text[...]
        var saw = UInt8(ascii: "^")
        if let first = s.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { s = s.dropFirst() }
        var hex = false
        if s.count >= 2 && s[s.startIndex] == UInt8(ascii: "0") {
            let p = s[s.startIndex + 1] | 0x20
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                s = s.dropFirst(2)
                saw = UInt8(ascii: "0")
                hex = p == UInt8(ascii: "x")
            }
        }
        for c in s {
            let lower = c | 0x20
            if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                saw = UInt8(ascii: "0")
                continue
            }
            if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
                continue
            }
            if saw == UInt8(ascii: "_") { return false }
            saw = UInt8(ascii: "!")
        }
        return saw != UInt8(ascii: "_")
    }

    /// `strconv.ParseFloat(s, 64)`: decimal and hexadecimal (`0x1.8p3`)
    /// literals with `_` separators, `inf`/`infinity`/`nan` in any case.
    /// Out of range fails with `value out of range`.
    public static func parseFloat(_ s: String) throws -> Double {
        let bytes = Array(s.utf8)
        if let special = parseSpecialFloat(bytes) { return special }
        guard let cleaned = floatLiteralDigits(bytes) else {
            throw NumError(function: "ParseFloat", input: s, reason: NumError.syntax)
        }
        guard let value = Double(cleaned) else {
            throw NumError(function: "ParseFloat", input: s, reason: NumError.syntax)
        }
        if value.isInfinite {
            throw NumError(function: "ParseFloat", input: s, reason: NumError.range, floatValue: value)
        }
        return value
    }

    /// `strconv.ParseBool`.
    public static func parseBool(_ s: String) throws -> Bool {
        switch s {
        case "1", "t", "T", "true", "TRUE", "True": return true
        case "0", "f", "F", "false", "FALSE", "False": return false
        default: throw NumError(function: "ParseBool", input: s, reason: NumError.syntax)
        }
    }

    private static func parseSpecialFloat(_ s: [UInt8]) -> Double? {
        guard let first = s.first else { return nil }
        var rest = s[...]
        var sign = 1.0
        var signed = false
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            signed = true
            rest = rest.dropFirst()
        }
        let lowered = String(decoding: rest.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }, as: UTF8.self)
        if lowered == "inf" || lowered == "infinity" { return sign * .infinity }
        if !signed && lowered == "nan" { return .nan }
        return nil
    }

    /// Validates Go float literal syntax and returns the text without `_`
    /// for Swift's correctly rounded conversion, or nil when Go rejects it.
    private static func floatLiteralDigits(_ s: [UInt8]) -> String? {
        var i = 0
        var out: [UInt8] = []
        if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            out.append(s[i])
            i += 1
        }
        var hex = false
        if i + 2 < s.count && s[i] == UInt8(ascii: "0") && (s[i + 1] | 0x20) == UInt8(ascii: "x") {
            hex = true
            out.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: "x")])
            i += 2
        }
        var sawDot = false
        var sawDigits = false
        var underscores = false
        while i < s.count {
            let c = s[i]
            let lower = c | 0x20
            if c == UInt8(ascii: "_") {
                underscores = true
            } else if c == UInt8(ascii: ".") {
                if sawDot { break }
                sawDot = true
                out.append(c)
            } else if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                        || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                sawDigits = true
                out.append(c)
            } else {
                break
            }
            i += 1
        }
        if !sawDigits { return nil }
        let exponentChar = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if i < s.count && (s[i] | 0x20) == exponentChar {
            out.append(exponentChar)
            i += 1
            if i >= s.count { return nil }
            if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
                out.append(s[i])
                i += 1
            }
            if i >= s.count || s[i] < UInt8(ascii: "0") || s[i] > UInt8(ascii: "9") { return nil }
            while i < s.count && ((s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9")) || s[i] == UInt8(ascii: "_")) {
                if s[i] == UInt8(ascii: "_") { underscores = true } else { out.append(s[i]) }
                i += 1
            }
        } else if hex {
            return nil
        }
        if i != s.count { return nil }
        if underscores && !underscoreOK(s) { return nil }
        return String(decoding: out, as: UTF8.self)
    }
}
