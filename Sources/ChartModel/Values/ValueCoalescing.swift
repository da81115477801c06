import TemplateEngine

/// Helm v4's values coalescing (`pkg/chart/common/util/coalesce.go`):
/// user values over chart defaults, subchart defaults under the parent's
/// `<subchart>:` block, `global` pushed down into every subchart, and
/// `null` deleting keys when coalescing (kept when merging).
///
/// Maps are shared by reference exactly where Helm's Go maps are, so the
/// mutation order matches Helm's.
enum ValueCoalescing {
    /// `CoalesceValues`: a deep copy of `values` coalesced with the chart tree.
    static func coalesceValues(_ chart: Chart, _ values: GoMap, warnings: inout [String]) throws -> GoMap {
        try coalesce(chart, ValueMaps.deepCopy(values), prefix: "", merge: false, warnings: &warnings)
    }

    /// `MergeValues`: like `coalesceValues` but nulls are kept.
    static func mergeValues(_ chart: Chart, _ values: GoMap, warnings: inout [String]) throws -> GoMap {
        try coalesce(chart, ValueMaps.deepCopy(values), prefix: "", merge: true, warnings: &warnings)
    }

    static func coalesce(_ chart: Chart, _ dest: GoMap, prefix: String, merge: Bool,
                         warnings: inout [String]) throws -> GoMap {
        coalesceChartValues(chart, dest, prefix: prefix, merge: merge, warnings: &warnings)
        return try coalesceDependencies(chart, dest, prefix: prefix, merge: merge, warnings: &warnings)
    }

    private static func coalesceDependencies(_ chart: Chart, _ dest: GoMap, prefix: String, merge: Bool,
                                             warnings: inout [String]) throws -> GoMap {
        for sub in chart.dependencies {
            let name = sub.name
            if let existing = dest[name] {
                guard case .map = existing else {
                    throw ChartError("type mismatch on \(name): \(goBadVerbT(existing))")
                }
            } else {
                dest[name] = .map(GoMap())
            }
            guard case .map(let dv)? = dest[name] else { continue }
            let subPrefix = concatPrefix(prefix, chart.name)
            coalesceGlobals(dv, dest, prefix: subPrefix, warnings: &warnings)
            dest[name] = .map(try coalesce(sub, dv, prefix: subPrefix, merge: merge, warnings: &warnings))
        }
        return dest
    }

    /// Copies the `global` table of `src` into `dest`'s, parent values winning.
    private static func coalesceGlobals(_ dest: GoMap, _ src: GoMap, prefix: String, warnings: inout [String]) {
        let dg: GoMap
        switch dest[globalKey] {
        case nil: dg = GoMap()
        case .map(let m)?: dg = m
        default:
            warnings.append("warning: skipping globals because destination \(globalKey) is not a table.")
            return
        }
        let sg: GoMap
        switch src[globalKey] {
        case nil: sg = GoMap()
        case .map(let m)?: sg = m
        default:
            warnings.append("warning: skipping globals because source \(globalKey) is not a table.")
            return
        }
        KeyOrderedWarnings.forEachEntry(of: sg, warnings: &warnings) { key, val, warnings in
            if case .map(let table) = val {
                let vv = table.copy()
                if let destv = dg[key] {
                    if case .map(let destMap) = destv {
                        coalesceTables(vv, destMap, prefix: concatPrefix(prefix, key), merge: true, warnings: &warnings)
                        dg[key] = .map(vv)
                    } else {
                        warnings.append("Conflict: cannot merge map onto non-map for \(GoStrconv.quote(key)). Skipping.")
                    }
                } else {
                    dg[key] = .map(vv)
                }
            } else if let dv = dg[key], case .map = dv {
                warnings.append("key \(key) is table. Skipping")
            } else {
                dg[key] = val
            }
        }
        dest[globalKey] = .map(dg)
    }

    /// `coalesceValues`: the chart's own defaults under `values`.
    private static func coalesceChartValues(_ chart: Chart, _ v: GoMap, prefix: String, merge: Bool,
                                            warnings: inout [String]) {
        let subPrefix = concatPrefix(prefix, chart.name)
        let vc = ValueMaps.deepCopy(chart.values)
        KeyOrderedWarnings.forEachEntry(of: vc, warnings: &warnings) { key, val, warnings in
            if let value = v[key] {
                if case .null = value, !merge {
                    v.removeValue(forKey: key)
                } else if case .map(let dest) = value {
                    guard case .map(let src) = val else {
                        if !val.isNull {
                            warnings.append("warning: skipped value for \(subPrefix).\(key): Not a table.")
                        }
                        return
                    }
                    let childMerge = merge || chart.dependencies.contains { $0.name == key }
                    if !childMerge { cleanNilValues(src) }
                    coalesceTables(dest, src, prefix: concatPrefix(subPrefix, key), merge: childMerge,
                                   warnings: &warnings)
                }
            } else {
                if !merge {
                    if val.isNull { return }
                    if case .map(let sub) = val { cleanNilValues(sub) }
                }
                v[key] = val
            }
        }
    }

    /// `coalesceTablesFullKey`: `src` under `dst`, `dst` authoritative.
    @discardableResult
    static func coalesceTables(_ dst: GoMap, _ src: GoMap, prefix: String, merge: Bool,
                               warnings: inout [String]) -> GoMap {
        // Keys that are null in `dst` become null in `src`; remember which of
        // them held a value in `src` before.
        var nulledSrcValues = Set<String>()
        for (key, val) in dst.storage where val.isNull {
            if let old = src[key], !old.isNull { nulledSrcValues.insert(key) }
            src[key] = .null
        }
        KeyOrderedWarnings.forEachEntry(of: src, warnings: &warnings) { key, val, warnings in
            var fullKey: String { concatPrefix(prefix, key) }
            let dv = dst[key]
            if let dv = dv, !merge, dv.isNull, nulledSrcValues.contains(key) {
                dst.removeValue(forKey: key)
            } else if dv == nil {
                dst[key] = val
            } else if case .map(let srcTable) = val {
                if case .map(let dstTable)? = dv {
                    coalesceTables(dstTable, srcTable, prefix: fullKey, merge: merge, warnings: &warnings)
                } else {
                    warnings.append("warning: cannot overwrite table with non table for \(fullKey) (\(valueText(val)))")
                }
            } else if case .map? = dv, !val.isNull {
                warnings.append("warning: destination for \(fullKey) is a table. Ignoring non-table value (\(valueText(val)))")
            }
        }
        return dst
    }

    /// Removes null entries, recursively, in place.
    static func cleanNilValues(_ m: GoMap) {
        // Each key is handled on its own, so the order does not matter.
        var nullKeys: [String] = []
        for (key, val) in m.storage {
            if val.isNull {
                nullKeys.append(key)
            } else if case .map(let sub) = val {
                cleanNilValues(sub)
            }
        }
        for key in nullKeys { m.removeValue(forKey: key) }
    }

    static let globalKey = "global"

    static func concatPrefix(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + "." + b }

    /// Go's `%t` of a value that is not a bool: `%!t(string=x)`.
    static func goBadVerbT(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "true" : "false"
        case .null: return "%!t(<nil>)"
        case .list(let l): return "[" + l.items.map(goBadVerbT).joined(separator: " ") + "]"
        case .map(let m):
            return "map[" + m.sortedKeys.map { $0 + ":" + goBadVerbT(m[$0] ?? .null) }.joined(separator: " ") + "]"
        default: return "%!t(\(v.goTypeName)=\(valueText(v)))"
        }
    }
}
