/// mitchellh/copystructure `Copy` as Sprig's `deepCopy` uses it: maps and
/// slices are copied recursively (keeping their Go types); other values
/// are immutable here and shared.
enum DeepCopy {
    /// Deepest nesting copied; a deeper (or cyclic) value is an error
    /// where Go would exhaust its stack.
    static let maxDepth = 10_000

    static func copy(_ v: Value) throws -> Value {
        if v.isNull { throw FunctionError("reflect: call of reflect.Value.Type on zero Value") }
        return try copyValue(v, depth: 0)
    }

    private static func copyValue(_ v: Value, depth: Int) throws -> Value {
        if depth > maxDepth { throw FunctionError("deepCopy error: value nested deeper than \(maxDepth) levels") }
        switch v {
        case .list(let l):
            return .list(GoList(try l.items.map { try copyValue($0, depth: depth + 1) }, typeName: l.typeName,
                                elementTypeName: l.elementTypeName, methods: l.methods, isNil: l.isNil))
        case .map(let m):
            return .map(GoMap(try m.storage.mapValues { try copyValue($0, depth: depth + 1) }, typeName: m.typeName,
                              elementTypeName: m.elementTypeName, methods: m.methods, isNil: m.isNil))
        default:
            return v
        }
    }
}
