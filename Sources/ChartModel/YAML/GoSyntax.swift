import TemplateEngine

/// Go's `%#v` of the values go-yaml v2 decodes (`map[interface {}]interface {}`,
/// `[]interface {}`, strings, numbers, bools), for the few error texts that
/// quote a value.
enum GoSyntax {
    static func format(_ v: Value) -> String {
        switch v {
        case .null: return "<nil>"
        default: return element(v)
        }
    }

    private static func element(_ v: Value) -> String {
        switch v {
        case .null: return "interface {}(nil)"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let f):
            if f.isFinite, f == f.rounded(), abs(f) < 1e21 { return String(Int64(exactly: f) ?? 0) }
            return GoFloatText.formatG(f)
        case .string(let s): return quote(s)
        case .list(let l):
            return "[]interface {}{" + l.items.map(element).joined(separator: ", ") + "}"
        case .map(let m):
            let items = m.sortedKeys.map { quote($0) + ":" + element(m[$0] ?? .null) }
            return "map[interface {}]interface {}{" + items.joined(separator: ", ") + "}"
        case .bytes(let b): return "[]byte{" + b.map { "0x" + String($0, radix: 16) }.joined(separator: ", ") + "}"
        case .object(let o): return o.formatted
        }
    }

    /// `strconv.Quote`.
    static func quote(_ s: String) -> String { GoStrconv.quote(s) }
}
