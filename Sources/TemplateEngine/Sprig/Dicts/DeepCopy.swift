/// mitchellh/copystructure `Copy` as Sprig's `deepCopy` uses it: maps and
/// slices are copied recursively (keeping their Go types); other values
/// are immutable here and shared.
enum DeepCopy {
    static func copy(_ v: Value) throws -> Value {
        if v.isNull { throw FunctionError("reflect: call of reflect.Value.Type on zero Value") }
        return copyValue(v)
    }

    private static func copyValue(_ v: Value) -> Value {
        switch v {
        case .list(let l):
            return .list(GoList(l.items.map(copyValue), typeName: l.typeName,
                                elementTypeName: l.elementTypeName, methods: l.methods))
        case .map(let m):
            return .map(GoMap(m.storage.mapValues(copyValue), typeName: m.typeName,
                              elementTypeName: m.elementTypeName, methods: m.methods))
        default:
            return v
        }
    }
}
