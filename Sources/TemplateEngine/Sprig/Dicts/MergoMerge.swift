/// dario.cat/mergo v1.0.1 `Merge` / `MergeWithOverwrite` of one
/// `map[string]interface{}` into another, as Sprig's `merge` and
/// `mergeOverwrite` call it. The destination map is changed in place.
enum MergoMerge {
    static func merge(into dst: GoMap, from src: GoMap, overwrite: Bool) {
        for key in src.sortedKeys {
            guard let s = src[key] else { continue }
            let d = dst[key]
            if s.isNull {
                // a nil source value only replaces with overwrite
                if overwrite { dst[key] = .null }
                continue
            }
            if case .map(let sm) = s, case .map(let dm)? = d, sm.typeName == dm.typeName {
                merge(into: dm, from: sm, overwrite: overwrite)
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
