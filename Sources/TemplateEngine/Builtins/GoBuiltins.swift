/// Go's built-in template functions whose arguments are `reflect.Value`s
/// (evaluated by the executor with Go's exact semantics).
enum BuiltinKind: Equatable {
    case and, or, not, len, index, slice, eq, ne, lt, le, gt, ge, call

    var signature: Signature {
        switch self {
        case .and, .or, .index, .slice, .eq, .call:
            return Signature(params: [.reflectValue], variadic: .reflectValue)
        case .not, .len:
            return Signature(params: [.reflectValue], variadic: nil)
        case .ne, .lt, .le, .gt, .ge:
            return Signature(params: [.reflectValue, .reflectValue], variadic: nil)
        }
    }
}

/// Go's `text/template` built-in function table (`funcs.go`).
public enum GoBuiltins {
    private static let special: [(BuiltinKind, TemplateFunction)] = {
        let kinds: [(String, BuiltinKind)] = [
            ("and", .and), ("or", .or), ("not", .not), ("len", .len), ("index", .index), ("slice", .slice),
            ("eq", .eq), ("ne", .ne), ("lt", .lt), ("le", .le), ("gt", .gt), ("ge", .ge), ("call", .call),
        ]
        return kinds.map { name, kind in
            let sig = kind.signature
            let params: [ParamType] = sig.params.map { _ in .any }
            let variadic: ParamType? = sig.variadic == nil ? nil : .any
            let f = TemplateFunction(name, params: params, variadic: variadic) { args, _ in
                try BuiltinCalls.call(kind, args.map { Operand.direct($0) }, nodeText: "", context: nil).value
            }
            return (kind, f)
        }
    }()

    private static let plain: [TemplateFunction] = [
        TemplateFunction("html", variadic: .any) { args, _ in .string(GoEscape.html(GoEscape.evalArgs(args))) },
        TemplateFunction("js", variadic: .any) { args, _ in .string(GoEscape.js(GoEscape.evalArgs(args))) },
        TemplateFunction("urlquery", variadic: .any) { args, _ in
            .string(GoEscape.urlquery(GoEscape.evalArgs(args)))
        },
        TemplateFunction("print", variadic: .any) { args, _ in .string(GoFormat.sprint(args)) },
        TemplateFunction("printf", params: [.string], variadic: .any) { args, _ in
            .string(GoFormat.sprintf(args.first?.stringValue ?? "", Array(args.dropFirst())))
        },
        TemplateFunction("println", variadic: .any) { args, _ in .string(GoFormat.sprintln(args)) },
    ]

    /// Every Go built-in, for the chart layer's function table.
    public static let functions: [TemplateFunction] = special.map { $0.1 } + plain

    static let byName: [String: TemplateFunction] = {
        var t: [String: TemplateFunction] = [:]
        for f in functions { t[f.name] = f }
        return t
    }()

    /// The built-in kind of `f` when it is one of Go's reflect-level built-ins.
    static func kind(of f: TemplateFunction) -> BuiltinKind? {
        for (k, g) in special where g === f { return k }
        return nil
    }
}
