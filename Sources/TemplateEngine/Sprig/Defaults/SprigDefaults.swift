/// Sprig's defaults and flow functions: `default`, `empty`, `coalesce`,
/// `all`, `any`, `ternary`, `fail`.
enum SprigDefaults {
    static let functions: [TemplateFunction] = [
        .sprig("default", [.any], variadic: .any) { a in
            if a.count < 2 || SprigEmpty.isEmpty(a[1]) { return a[0] }
            return a[1]
        },
        .sprig("empty", [.any]) { a in .bool(SprigEmpty.isEmpty(a[0])) },
        .sprig("coalesce", [], variadic: .any) { a in a.first { !SprigEmpty.isEmpty($0) } ?? .null },
        .sprig("all", [], variadic: .any) { a in .bool(a.allSatisfy { !SprigEmpty.isEmpty($0) }) },
        .sprig("any", [], variadic: .any) { a in .bool(a.contains { !SprigEmpty.isEmpty($0) }) },
        .sprig("ternary", [.any, .any, .bool]) { a in a[2].boolArgument ? a[0] : a[1] },
        .sprig("fail", [.string]) { a in throw FunctionError(a[0].stringArgument) },
    ]
}
