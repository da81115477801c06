/// go-yaml v2's `resolve`: the YAML 1.1 rules that turn a plain scalar into
/// null, a bool, an int, a float, a timestamp or a string.
enum YAMLScalarResolver {
    enum Tag: Equatable {
        case str, bool, int, float, null, timestamp, merge, binary
        case other(String)

        static let longPrefix = "tag:yaml.org,2002:"

        init(longTag: String) {
            switch longTag {
            case "tag:yaml.org,2002:str": self = .str
            case "tag:yaml.org,2002:bool": self = .bool
            case "tag:yaml.org,2002:int": self = .int
            case "tag:yaml.org,2002:float": self = .float
            case "tag:yaml.org,2002:null": self = .null
            case "tag:yaml.org,2002:timestamp": self = .timestamp
            case "tag:yaml.org,2002:merge": self = .merge
            case "tag:yaml.org,2002:binary": self = .binary
            default: self = .other(longTag)
            }
        }

        /// go-yaml's `shortTag`.
        var short: String {
            switch self {
            case .str: return "!!str"
            case .bool: return "!!bool"
            case .int: return "!!int"
            case .float: return "!!float"
            case .null: return "!!null"
            case .timestamp: return "!!timestamp"
            case .merge: return "!!merge"
            case .binary: return "!!binary"
            case .other(let t):
                if t.hasPrefix(Tag.longPrefix) { return "!!" + t.dropFirst(Tag.longPrefix.count) }
                return t
            }
        }

        var isResolvable: Bool {
            switch self {
            case .str, .bool, .int, .float, .null, .timestamp: return true
            default: return false
            }
        }
    }

    enum Scalar {
        case null
        case bool(Bool)
        case int(Int64)
        case uint(UInt64)
        case float(Double)
        case string(String)
    }

    /// Fixed words of YAML 1.1 (go-yaml v2's `resolveMap`).
    private static let words: [String: (Tag, Scalar)] = {
        var m: [String: (Tag, Scalar)] = [:]
        for s in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { m[s] = (.bool, .bool(true)) }
        for s in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { m[s] = (.bool, .bool(false)) }
        for s in ["", "~", "null", "Null", "NULL"] { m[s] = (.null, .null) }
        for s in [".nan", ".NaN", ".NAN"] { m[s] = (.float, .float(.nan)) }
        for s in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { m[s] = (.float, .float(.infinity)) }
        for s in ["-.inf", "-.Inf", "-.INF"] { m[s] = (.float, .float(-.infinity)) }
        m["<<"] = (.merge, .string("<<"))
        return m
    }()

    /// The resolver's hint from a scalar's first byte.
    private enum Hint { case none, sign, digit, word, dot }

    @inline(__always)
    private static func hint(_ c: UInt8) -> Hint {
        switch c {
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return .sign
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return .word
        case UInt8(ascii: "."): return .dot
        default: return .none
        }
    }

    /// The tag plain text resolves to with no explicit tag (for the encoder's quoting decision).
    static func implicitTag(_ value: String) -> Tag {
        resolveUntagged(value, tag: nil).0
    }

    /// `resolve(tag, in)` with go-yaml v2's tag checks; throws go-yaml's
    /// `cannot decode !!str `x` as a !!int` for a mismatch.
    static func resolve(tag: Tag?, _ value: String) throws -> (Tag, Scalar) {
        if let tag, !tag.isResolvable {
            return (tag, .string(value))
        }
        let (rtag, out) = resolveUntagged(value, tag: tag)
        guard let tag else { return (rtag, out) }
        if tag == rtag || tag == .str || tag == .binary { return (rtag, out) }
        if tag == .float, rtag == .int {
            switch out {
            case .int(let i): return (.float, .float(Double(i)))
            default: break
            }
        }
        var shown = value
        if case .float = tag, case .uint = out { shown = value }
        throw YAMLError("yaml: cannot decode \(rtag.short) `\(shown)` as a \(tag.short)")
    }

    private static func resolveUntagged(_ value: String, tag: Tag?) -> (Tag, Scalar) {
        let utf8 = value.utf8
        let h: Hint = utf8.first.map(hint) ?? .word
        if h == .none || tag == .str || tag == .binary {
            return (.str, .string(value))
        }
        if let item = words[value] { return item }
        switch h {
        case .word, .none:
            break
        case .dot:
            if let f = GoNumberSyntax.parseDotFloat(value) { return (.float, .float(f)) }
        case .digit, .sign:
            if tag == nil || tag == .timestamp, YAMLTimestamp.isTimestamp(utf8) {
                return (.timestamp, .string(value))
            }
            let plainString: String
            if utf8.contains(UInt8(ascii: "_")) {
                plainString = String(decoding: utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            } else {
                plainString = value
            }
            let plain = Substring(plainString).utf8
            if let i = GoNumberSyntax.parseInt(plain) { return (.int, .int(i)) }
            if let u = GoNumberSyntax.parseUint(plain) { return (.int, .uint(u)) }
            if GoNumberSyntax.isYAMLStyleFloat(plain), let f = GoNumberSyntax.parseDecimalFloat(plainString) {
                return (.float, .float(f))
            }
            // "0b…" and "-0b…" are already covered by ParseInt's base prefixes.
        }
        return (.str, .string(value))
    }
}
