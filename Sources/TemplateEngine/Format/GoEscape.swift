/// The escapers behind the template builtins `html`, `js` and `urlquery`:
/// Go's `template.HTMLEscapeString`, `template.JSEscapeString` and
/// `url.QueryEscape`.
public enum GoEscape {
    /// Go's `evalArgs` for these builtins: one string argument as is,
    /// otherwise `fmt.Sprint` of the arguments with nil as `<no value>`.
    public static func evalArgs(_ args: [Value]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        let printable = args.map { arg -> Value in
            if case .null = arg { return .string("<no value>") }
            return arg
        }
        return GoFormat.sprint(printable)
    }

    /// `template.HTMLEscapeString`: `" ' & < >` as entities, NUL as U+FFFD.
    public static func html(_ s: String) -> String {
        var needsWork = false
        for b in s.utf8 where b == 0 || b == 0x22 || b == 0x27 || b == 0x26 || b == 0x3C || b == 0x3E {
            needsWork = true
            break
        }
        if !needsWork { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for b in s.utf8 {
            switch b {
            case 0: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case 0x22: out.append(contentsOf: "&#34;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `template.JSEscapeString`: quotes, backslash and `< > & =` escaped,
    /// control characters as `\u00XX`, non-printable runes as `\uXXXX`.
    public static func js(_ s: String) -> String {
        let bytes = GoBytes.bytes(s)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let c = buffer[i]
                if c < 0x80 {
                    switch c {
                    case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                    case 0x27: out.append(contentsOf: [0x5C, 0x27])
                    case 0x22: out.append(contentsOf: [0x5C, 0x22])
                    case 0x3C: out.append(contentsOf: "\\u003C".utf8)
                    case 0x3E: out.append(contentsOf: "\\u003E".utf8)
                    case 0x26: out.append(contentsOf: "\\u0026".utf8)
                    case 0x3D: out.append(contentsOf: "\\u003D".utf8)
                    case 0..<0x20:
                        out.append(contentsOf: "\\u00".utf8)
                        out.append(upperHex[Int(c >> 4)])
                        out.append(upperHex[Int(c & 0xF)])
                    default: out.append(c)
                    }
                    i += 1
                    continue
                }
                let (rune, width) = UTF8Runes.decode(buffer, at: i)
                if GoIsPrint.isPrint(rune) {
                    out.append(contentsOf: buffer[i..<(i + width)])
                } else {
                    out.append(contentsOf: "\\u".utf8)
                    var hex: [UInt8] = []
                    var r = rune
                    repeat {
                        hex.append(upperHex[Int(r & 0xF)])
                        r >>= 4
                    } while r > 0
                    while hex.count < 4 { hex.append(UInt8(ascii: "0")) }
                    out.append(contentsOf: hex.reversed())
                }
                i += width
            }
        }
        return GoBytes.string(out)
    }

    /// `url.QueryEscape`: everything but `A-Z a-z 0-9 - _ . ~` as `%XX`,
    /// space as `+`.
    public static func urlquery(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for b in GoBytes.bytes(s) {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.append(b)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out.append(UInt8(ascii: "%"))
                out.append(upperHex[Int(b >> 4)])
                out.append(upperHex[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
