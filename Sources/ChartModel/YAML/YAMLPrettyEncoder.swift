import TemplateEngine

/// Helm's `toYamlPretty`: go-yaml v3's encoder with indent 2. Values are
/// written as they are (no JSON round trip): ints stay ints, floats use
/// Go's `%g` (`1.234567e+06`), strings keep every character.
public enum YAMLPrettyEncoder {
    public static func encode(_ value: Value) throws -> String {
        String(decoding: GoYAMLEmitter.document(try node(value), flavor: .v3), as: UTF8.self)
    }

    static func node(_ v: Value) throws -> GoYAMLEmitter.Node {
        switch v {
        case .null: return .scalar("null", .plain)
        case .bool(let b): return .scalar(b ? "true" : "false", .plain)
        case .int(let i, let t):
            return .scalar(t.isUnsigned ? String(UInt64(bitPattern: i)) : String(i), .plain)
        case .float(let f):
            switch GoFloatText.formatG(f) {
            case "+Inf": return .scalar(".inf", .plain)
            case "-Inf": return .scalar("-.inf", .plain)
            case "NaN": return .scalar(".nan", .plain)
            case let s: return .scalar(s, .plain)
            }
        case .string(let s): return stringNode(s)
        case .bytes(let b): return .sequence(b.map { .scalar(String($0), .plain) })
        case .list(let l): return .sequence(try l.items.map(node))
        case .map(let m):
            var pairs: [(String, GoYAMLEmitter.Node)] = []
            pairs.reserveCapacity(m.count)
            for (k, v) in m.storage { pairs.append((k, try node(v))) }
            pairs.sort { GoYAMLKeyOrder.less($0.0, $1.0, flavor: .v3) }
            return .mapping(pairs)
        case .object(let o):
            // go-yaml v3 writes a struct's fields (names lowercased) in
            // declaration order, and a marshaler's own form as is.
            if let e = o as? GoJSONEncodable, case .fields(let fields) = e.goJSONRepresentation {
                return .mapping(try fields.map { ($0.name.lowercased(), try node($0.value)) })
            }
            return try node(GoYAMLEncoding.jsonForm(o))
        }
    }

    /// A string node; one holding bytes that are not UTF-8 (see `GoBytes`)
    /// is written as go-yaml v3 does: `!!binary` and its base64, in lines of
    /// 70 characters (each ending in a newline) when longer.
    static func stringNode(_ s: String) -> GoYAMLEmitter.Node {
        guard GoBytes.hasEscapes(s) else { return .scalar(s, GoYAMLEncoding.stringStyle(s)) }
        let encoded = Array(GoBase64.encode(GoBytes.bytes(s)).utf8)
        let lines = encoded.count / binaryLineLength + 1
        var text: [UInt8] = []
        var i = 0
        while i < encoded.count {
            text.append(contentsOf: encoded[i..<min(i + binaryLineLength, encoded.count)])
            if lines > 1 { text.append(UInt8(ascii: "\n")) }
            i += binaryLineLength
        }
        let value = String(decoding: text, as: UTF8.self)
        return .taggedScalar(tag: "!!binary", value, lines > 1 ? .literal : .plain)
    }

    static let binaryLineLength = 70
}
