import TemplateEngine

/// A value as go-yaml v2 decodes it into `interface{}`, before sigs.k8s.io/yaml
/// turns it into JSON: map keys keep their types (`map[interface {}]interface {}`)
/// and integers stay integers. go-yaml's `invalid map key` error quotes one
/// with Go's `%#v`.
indirect enum GoYAMLInterfaceValue {
    case null
    case string(String)
    case uint(UInt64)
    case int(Int64)
    case float(Double)
    case bool(Bool)
    case list([GoYAMLInterfaceValue])
    case map([(key: GoYAMLInterfaceValue, value: GoYAMLInterfaceValue)])

    /// Go's `%#v` of the value held in an `interface{}`; map entries in
    /// `fmt`'s sorted order.
    var goSyntax: String {
        switch self {
        case .null: return "interface {}(nil)"
        case .string(let s): return GoSyntax.quote(s)
        case .uint(let u): return "0x" + String(u, radix: 16)
        case .int(let i): return String(i)
        case .float(let f): return GoSyntax.format(.float(f))
        case .bool(let b): return b ? "true" : "false"
        case .list(let items):
            return "[]interface {}{" + items.map(\.goSyntax).joined(separator: ", ") + "}"
        case .map(let entries):
            let sorted = entries.sorted { Self.compare($0.key, $1.key) < 0 }
            return "map[interface {}]interface {}{"
                + sorted.map { $0.key.goSyntax + ":" + $0.value.goSyntax }.joined(separator: ", ") + "}"
        }
    }

    /// Whether two map keys are the same Go value (a collection is never a key).
    func isSameKey(as other: GoYAMLInterfaceValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.uint(let a), .uint(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        default: return false
        }
    }

    /// `internal/fmtsort` on `interface{}` keys: nil first, then by dynamic
    /// type in the order of the type descriptors in Helm's binary (string,
    /// uint64, int, float64, bool, as Helm v4.2.3 prints them), then by value.
    private static func compare(_ a: GoYAMLInterfaceValue, _ b: GoYAMLInterfaceValue) -> Int {
        let ra = a.typeRank, rb = b.typeRank
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.string(let x), .string(let y)):
            if x.utf8.elementsEqual(y.utf8) { return 0 }
            return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
        case (.uint(let x), .uint(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), .float(let y)):
            if x < y { return -1 }
            if x > y { return 1 }
            if x.isNaN && !y.isNaN { return -1 }
            if !x.isNaN && y.isNaN { return 1 }
            return 0
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        default: return 0
        }
    }

    private var typeRank: Int {
        switch self {
        case .null: return 0
        case .string: return 1
        case .uint: return 2
        case .int: return 3
        case .float: return 4
        case .bool: return 5
        case .list: return 6
        case .map: return 7
        }
    }
}
