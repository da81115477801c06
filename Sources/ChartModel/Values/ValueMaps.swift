import TemplateEngine

/// Map operations on values shared by the loader, the flags and coalescing.
public enum ValueMaps {
    /// Helm's `loader.MergeMaps`: a new map with `b` over `a`; nested maps
    /// present on both sides merge recursively, anything else from `b` wins
    /// (null included).
    public static func merge(_ a: GoMap, _ b: GoMap) -> GoMap {
        let out = GoMap(a.storage)
        for (k, v) in b.storage {
            if case .map(let vm) = v, case .map(let am)? = out[k] {
                out[k] = .map(merge(am, vm))
                continue
            }
            out[k] = v
        }
        return out
    }

    /// A deep copy of nested maps and lists (`copystructure.Copy`).
    public static func deepCopy(_ m: GoMap) -> GoMap {
        if m.isNil { return GoMap([:], typeName: m.typeName, elementTypeName: m.elementTypeName, methods: m.methods) }
        return m.mappingValues(deepCopy)
    }

    public static func deepCopy(_ v: Value) -> Value {
        switch v {
        case .map(let m): return .map(deepCopy(m))
        case .list(let l):
            return .list(GoList(l.items.map(deepCopy), typeName: l.typeName, elementTypeName: l.elementTypeName,
                                methods: l.methods))
        default: return v
        }
    }
}
