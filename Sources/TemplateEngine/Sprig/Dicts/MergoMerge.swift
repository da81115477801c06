/// dario.cat/mergo v1.0.1 `Merge` / `MergeWithOverwrite` of one
/// `map[string]interface{}` into another, as Sprig's `merge` and
/// `mergeOverwrite` call it. The destination map is changed in place.
enum MergoMerge {
    /// Deepest nesting merged; deeper (or cyclic) maps are left as they are
    /// where Go would exhaust its stack.
    static let maxDepth = 10_000

    static func merge(into dst: GoMap, from src: GoMap, overwrite: Bool, depth: Int = 0) {
        if depth > maxDepth || dst === src { return }
        for key in src.sortedKeys {
            guard let s = src[key] else { continue }
            let d = dst[key]
            if s.isNull {
                // a nil source value only replaces with overwrite
                if overwrite { dst[key] = .null }
                continue
            }
            if case .map(let sm) = s, case .map(let dm)? = d, sm.typeName == dm.typeName {
                merge(into: dm, from: sm, overwrite: overwrite, depth: depth + 1)
            }
            switch s {
            case .list, .bytes:
                // mergo's slice branch: with overwrite the source slice always
                // replaces, even an empty one over a non-empty destination
                if overwrite {
                    dst[key] = s
                    continue
                }
            default: break
            }
            if let d = d, !SprigEmpty.isEmpty(d) {
                switch (s, d) {
                case (.list, _), (.bytes, _): continue
                case (.map, .map): continue
                default: break
                }
            }
            if overwrite || d == nil || SprigEmpty.isEmpty(d ?? .null) {
                dst[key] = s
            }
        }
    }
}
