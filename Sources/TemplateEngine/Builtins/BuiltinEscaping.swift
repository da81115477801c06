/// The escapers behind Go's `html`, `js` and `urlquery` built-ins
/// (`template.HTMLEscapeString`, `JSEscapeString`, `url.QueryEscape`).
enum BuiltinEscaping {
    static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    private static let upperHex: [Character] = Array("0123456789ABCDEF")

    static func js(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                if u.value < 0x20 {
                    out += "\\u00"
                    out.append(upperHex[Int(u.value >> 4)])
                    out.append(upperHex[Int(u.value & 0xF)])
                } else if u.value >= 0x80 && !LexerQuoting.isPrint(u.value) {
                    out += "\\u" + LexerQuoting.hex(u.value, width: 4, upper: true)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    static func urlquery(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F, 0x2E, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(b))
            case 0x20:
                out += "+"
            default:
                out += "%"
                out.append(upperHex[Int(b >> 4)])
                out.append(upperHex[Int(b & 0xF)])
            }
        }
        return out
    }

    /// Go's `evalArgs`: one string argument as is, otherwise `fmt.Sprint`
    /// with nil arguments shown as `<no value>`.
    static func evalArgs(_ args: [Value]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        return GoFormat.sprint(args.map { $0.isNull ? .string("<no value>") : $0 })
    }
}
