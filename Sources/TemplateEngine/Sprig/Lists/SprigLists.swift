/// Sprig's list functions (`list.go`); each `must…` variant reports the
/// same error its plain variant panics with.
enum SprigLists {
    static let functions: [TemplateFunction] = plain + ["append", "push", "mustAppend", "mustPush"].map { name in
        .sprig(name, [.any, .any]) { a in
            var items = try ListArgument.require(a[0]) { "Cannot push on type \($0)" }
            items.append(a[1])
            return GoValues.interfaces(items)
        }
    }

    private static func both(_ name: String, _ params: [ParamType], variadic: ParamType? = nil,
                             _ body: @escaping ([Value]) throws -> Value) -> [TemplateFunction] {
        // `mustFirst` for `first` (ASCII names; built from bytes, as appending
        // a Substring costs a runtime lookup while the table is built).
        var bytes = Array(name.utf8)
        if let f = bytes.first, f >= 0x61, f <= 0x7A { bytes[0] = f - 0x20 }
        let must = String(decoding: Array("must".utf8) + bytes, as: UTF8.self)
        return [.sprig(name, params, variadic: variadic, body), .sprig(must, params, variadic: variadic, body)]
    }

    private static let plain: [TemplateFunction] = [
        .sprig("list", [], variadic: .any) { a in GoValues.interfaces(a) },
        .sprig("tuple", [], variadic: .any) { a in GoValues.interfaces(a) },
        .sprig("concat", [], variadic: .any) { a in
            var res: [Value] = []
            for l in a {
                res += try ListArgument.require(l) { "Cannot concat type \($0) as list" }
            }
            // Go appends to a nil slice: nothing to append leaves it nil.
            return .list(GoList(res, isNil: res.isEmpty))
        },
    ] + both("prepend", [.any, .any]) { a in
        let items = try ListArgument.require(a[0]) { "Cannot prepend on type \($0)" }
        return GoValues.interfaces([a[1]] + items)
    } + both("chunk", [.int, .any]) { a in
        let size = a[0].intArgument
        let items = try ListArgument.require(a[1]) { "Cannot chunk type \($0)" }
        return try chunk(size, items)
    } + both("last", [.any]) { a in
        try ListArgument.require(a[0]) { "Cannot find last on type \($0)" }.last ?? .null
    } + both("first", [.any]) { a in
        try ListArgument.require(a[0]) { "Cannot find first on type \($0)" }.first ?? .null
    } + both("rest", [.any]) { a in
        let items = try ListArgument.require(a[0]) { "Cannot find rest on type \($0)" }
        // An empty list gives a nil slice.
        return .list(GoList(Array(items.dropFirst()), isNil: items.isEmpty))
    } + both("initial", [.any]) { a in
        let items = try ListArgument.require(a[0]) { "Cannot find initial on type \($0)" }
        return .list(GoList(Array(items.dropLast()), isNil: items.isEmpty))
    } + both("reverse", [.any]) { a in
        GoValues.interfaces(try ListArgument.require(a[0]) { "Cannot find reverse on type \($0)" }.reversed())
    } + both("compact", [.any]) { a in
        GoValues.interfaces(try ListArgument.require(a[0]) { "Cannot compact on type \($0)" }.filter { !SprigEmpty.isEmpty($0) })
    } + both("uniq", [.any]) { a in
        var dest: [Value] = []
        for item in try ListArgument.require(a[0], { "Cannot find uniq on type \($0)" })
        where !dest.contains(where: { GoDeepEqual.equal(item, $0) }) {
            dest.append(item)
        }
        return GoValues.interfaces(dest)
    } + both("without", [.any], variadic: .any) { a in
        let omit = Array(a.dropFirst())
        let items = try ListArgument.require(a[0]) { "Cannot find without on type \($0)" }
        return GoValues.interfaces(items.filter { item in !omit.contains { GoDeepEqual.equal(item, $0) } })
    } + both("has", [.any, .any]) { a in
        if a[1].isNull { return .bool(false) }
        let items = try ListArgument.require(a[1]) { "Cannot find has on type \($0)" }
        return .bool(items.contains { GoDeepEqual.equal(a[0], $0) })
    } + both("slice", [.any], variadic: .any) { a in try slice(a[0], Array(a.dropFirst())) }

    /// `chunk`: Go computes the chunk count in float64, so sizes ≤ 0 end in
    /// `makeslice` panics.
    static func chunk(_ size: Int, _ items: [Value]) throws -> Value {
        let l = items.count
        let makeslice = "runtime error: makeslice: len out of range"
        let cs = GoCast.goFloatToInt64((Double(l - 1) / Double(size)).rounded(.down) + 1)
        if cs < 0 { throw FunctionError(makeslice) }
        var chunks: [Value] = []
        for i in 0..<Int(cs) {
            var clen = size
            if i == Int(cs) - 1 {
                let m = Double(l).truncatingRemainder(dividingBy: Double(size))
                clen = Int(GoCast.goFloatToInt64(m.rounded(.down)))
                if clen == 0 { clen = size }
            }
            if clen < 0 { throw FunctionError(makeslice) }
            var chunk: [Value] = []
            for j in 0..<clen {
                let ix = i * size + j
                guard ix < l else {
                    throw FunctionError("reflect: slice index out of range")
                }
                chunk.append(items[ix])
            }
            chunks.append(GoValues.interfaces(chunk))
        }
        return .list(GoList(chunks, typeName: "[][]interface {}", elementTypeName: "[]interface {}"))
    }

    /// `slice list [start [end]]`: keeps the slice's own type; nil for an
    /// empty list.
    static func slice(_ list: Value, _ indices: [Value]) throws -> Value {
        guard let items = try ListArgument.elements(list) else {
            throw FunctionError("list should be type of slice or array but \(list.goKindName)")
        }
        let l = items.count
        if l == 0 { return .null }
        let start = indices.count > 0 ? GoCast.toInt(indices[0]) : 0
        let end = indices.count < 2 ? l : GoCast.toInt(indices[1])
        if start < 0 || end < start || end > l {
            throw FunctionError("reflect.Value.Slice: slice index out of bounds")
        }
        switch list {
        case .bytes(let b): return .bytes(Array(b[start..<end]))
        case .list(let g):
            return .list(GoList(Array(g.items[start..<end]), typeName: g.typeName,
                                elementTypeName: g.elementTypeName, methods: g.methods))
        default: return .null
        }
    }
}
