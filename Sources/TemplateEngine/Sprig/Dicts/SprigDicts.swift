/// Sprig's dictionary functions (`dict.go`). Maps are Go maps: `set`,
/// `unset` and `merge` change the map they are given and return it.
/// Where Go iterates a map in random order (`keys`, `values`), keys come
/// in sorted order.
enum SprigDicts {
    static let functions: [TemplateFunction] = [
        .sprig("dict", [], variadic: .any) { a in
            var entries: [String: Value] = [:]
            entries.reserveCapacity((a.count + 1) / 2)
            var i = 0
            while i < a.count {
                entries[GoStringValue.strval(a[i])] = i + 1 < a.count ? a[i + 1] : .string("")
                i += 2
            }
            return .map(GoMap(entries))
        },
        .sprig("get", [.map, .string]) { a in a[0].mapArgument?[a[1].stringArgument] ?? .string("") },
        .sprig("set", [.map, .string, .any]) { a in
            guard let m = a[0].mapArgument, !m.isNil else { throw FunctionError("assignment to entry in nil map") }
            m[a[1].stringArgument] = a[2]
            return .map(m)
        },
        .sprig("unset", [.map, .string]) { a in
            guard let m = a[0].mapArgument else { return .map(GoMap(isNil: true)) }
            m.removeValue(forKey: a[1].stringArgument)
            return .map(m)
        },
        .sprig("hasKey", [.map, .string]) { a in .bool(a[0].mapArgument?[a[1].stringArgument] != nil) },
        .sprig("pluck", [.string], variadic: .map) { a in
            let key = a[0].stringArgument
            return GoValues.interfaces(a.dropFirst().compactMap { $0.mapArgument?[key] })
        },
        .sprig("keys", [], variadic: .map) { a in
            GoValues.strings(a.flatMap { $0.mapArgument?.sortedKeys ?? [] })
        },
        .sprig("pick", [.map], variadic: .string) { a in
            let res = GoMap()
            if let m = a[0].mapArgument {
                for k in a.dropFirst() {
                    if let v = m[k.stringArgument] { res[k.stringArgument] = v }
                }
            }
            return .map(res)
        },
        .sprig("omit", [.map], variadic: .string) { a in
            let omit = Set(a.dropFirst().map { $0.stringArgument })
            let res = GoMap()
            if let m = a[0].mapArgument {
                for (k, v) in m.storage where !omit.contains(k) { res[k] = v }
            }
            return .map(res)
        },
        .sprig("values", [.map]) { a in
            guard let m = a[0].mapArgument else { return GoValues.interfaces([]) }
            return GoValues.interfaces(m.sortedKeys.compactMap { m[$0] })
        },
        .sprig("merge", [.map], variadic: .map) { a in merge(a, overwrite: false) },
        .sprig("mustMerge", [.map], variadic: .map) { a in merge(a, overwrite: false) },
        .sprig("mergeOverwrite", [.map], variadic: .map) { a in merge(a, overwrite: true) },
        .sprig("mustMergeOverwrite", [.map], variadic: .map) { a in merge(a, overwrite: true) },
        .sprig("deepCopy", [.any]) { a in try DeepCopy.copy(a[0]) },
        .sprig("mustDeepCopy", [.any]) { a in try DeepCopy.copy(a[0]) },
        .sprig("dig", [], variadic: .any) { a in try dig(a) },
    ]

    static func merge(_ a: [Value], overwrite: Bool) -> Value {
        var dst = a[0].mapArgument
        for src in a.dropFirst() {
            guard let s = src.mapArgument, s.count > 0 else { continue }
            let d = dst ?? GoMap()
            dst = d
            MergoMerge.merge(into: d, from: s, overwrite: overwrite)
        }
        return .map(dst ?? GoMap())
    }

    /// `dig k1 k2 … default dict`.
    static func dig(_ ps: [Value]) throws -> Value {
        if ps.count < 3 { throw FunctionError("dig needs at least three arguments") }
        let mapType = "map[string]interface {}"
        guard case .map(var dict) = ps[ps.count - 1], dict.typeName == mapType else {
            throw FunctionError(ListArgument.assertionMessage(ps[ps.count - 1], expected: mapType))
        }
        let def = ps[ps.count - 2]
        var keys: [String] = []
        for p in ps[..<(ps.count - 2)] {
            guard case .string(let k) = p else {
                throw FunctionError(ListArgument.assertionMessage(p, expected: "string"))
            }
            keys.append(k)
        }
        var i = 0
        while true {
            guard let step = dict[keys[i]] else { return def }
            if i == keys.count - 1 { return step }
            guard case .map(let next) = step, next.typeName == mapType else {
                throw FunctionError(ListArgument.assertionMessage(step, expected: mapType))
            }
            dict = next
            i += 1
        }
    }
}
