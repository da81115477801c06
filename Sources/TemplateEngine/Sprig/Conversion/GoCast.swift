/// spf13/cast v1.7 conversions as Sprig uses them (`ToInt64`, `ToInt`,
/// `ToFloat64`): errors are swallowed and give 0.
enum GoCast {
    /// `cast.ToInt64`: integers as they are, float64 truncated, strings
    /// parsed with `ParseInt(trimZeroDecimal(s), 0, 0)`, bools 1/0, nil 0.
    static func toInt64(_ v: Value) -> Int64 {
        switch v {
        case .null: return 0
        case .bool(let b): return b ? 1 : 0
        case .int(let i, _): return i
        case .float(let f): return goFloatToInt64(f)
        case .string(let s):
            return (try? GoStrconv.parseInt(trimZeroDecimal(s), base: 0, bitSize: 0)) ?? 0
        case .list, .map, .bytes, .object: return 0
        }
    }

    /// `cast.ToInt` (Go's `int` is 64 bits).
    static func toInt(_ v: Value) -> Int { Int(truncatingIfNeeded: toInt64(v)) }

    /// `cast.ToFloat64`.
    static func toFloat64(_ v: Value) -> Double {
        switch v {
        case .null: return 0
        case .bool(let b): return b ? 1 : 0
        case .int(let i, let t): return t == .uint64 || t == .uint || t == .uintptr ? Double(UInt64(bitPattern: i)) : Double(i)
        case .float(let f): return f
        case .string(let s): return (try? GoStrconv.parseFloat(s)) ?? 0
        case .list, .map, .bytes, .object: return 0
        }
    }

    /// Go's float64 → int64 conversion on amd64: truncation toward zero, and
    /// the "integer indefinite" value (min int64) for NaN and out-of-range.
    static func goFloatToInt64(_ f: Double) -> Int64 {
        if f.isNaN || f >= 9223372036854775808.0 || f < -9223372036854775808.0 { return Int64.min }
        return Int64(f)
    }

    /// cast's `trimZeroDecimal`: "1.000" → "1"; other strings unchanged.
    static func trimZeroDecimal(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var foundZero = false
        var i = bytes.count
        while i > 0 {
            switch bytes[i - 1] {
            case UInt8(ascii: "."):
                if foundZero { return String(decoding: bytes[..<(i - 1)], as: UTF8.self) }
            case UInt8(ascii: "0"):
                foundZero = true
            default:
                return s
            }
            i -= 1
        }
        return s
    }
}
