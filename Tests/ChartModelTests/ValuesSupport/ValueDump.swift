import TemplateEngine

/// The typed dump `scripts/gen-values-expectations.py` asks Helm to print:
/// maps `{"k":v,}` (sorted keys), lists `[v,]`, scalars `TYPE:JSON`.
enum ValueDump {
    static func dump(_ v: Value) -> String {
        var out = ""
        write(v, into: &out)
        return out
    }

    private static func write(_ v: Value, into out: inout String) {
        switch v {
        case .map(let m):
            out += "{"
            for k in m.sortedKeys {
                out += jsonString(k) + ":"
                write(m[k] ?? .null, into: &out)
                out += ","
            }
            out += "}"
        case .list(let l):
            out += "["
            for item in l.items {
                write(item, into: &out)
                out += ","
            }
            out += "]"
        case .null: out += "<nil>:null"
        case .bool(let b): out += "bool:" + (b ? "true" : "false")
        case .int(let i, let t): out += t.name + ":" + String(i)
        case .float(let d): out += "float64:" + jsonFloat(d)
        case .string(let s): out += "string:" + jsonString(s)
        default: out += v.goTypeName + ":?"
        }
    }

    /// Go's `encoding/json` string: HTML-safe escapes, `\u2028`/`\u2029`.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += "\\u" + hex4(u.value)
            default:
                if u.value < 0x20 { out += "\\u" + hex4(u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: 4 - h.count) + h
    }

    /// Go's `encoding/json` float64: shortest digits, 'f' form unless the
    /// magnitude is below 1e-6 or at least 1e21.
    static func jsonFloat(_ d: Double) -> String {
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        let a = abs(d)
        var (digits, exp) = shortest(a)
        let sign = d < 0 ? "-" : ""
        if a < 1e-6 || a >= 1e21 {
            var m = String(digits.removeFirst())
            if !digits.isEmpty { m += "." + digits }
            let e = exp - 1
            return sign + m + "e" + (e < 0 ? "-" : "+") + String(abs(e))
        }
        if exp <= 0 { return sign + "0." + String(repeating: "0", count: -exp) + digits }
        if exp >= digits.count { return sign + digits + String(repeating: "0", count: exp - digits.count) }
        let i = digits.index(digits.startIndex, offsetBy: exp)
        return sign + digits[..<i] + "." + digits[i...]
    }

    /// Shortest round-trip digits and decimal exponent: value = 0.DIGITS × 10^exp.
    private static func shortest(_ a: Double) -> (String, Int) {
        let s = "\(a)"
        var mantissa = s
        var e = 0
        if let r = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(s[..<r])
            e = Int(s[s.index(after: r)...]) ?? 0
        }
        var intPart = mantissa
        var frac = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = String(mantissa[..<dot])
            frac = String(mantissa[mantissa.index(after: dot)...])
        }
        var digits = intPart + frac
        var exp = intPart.count + e
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exp -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, exp)
    }
}
