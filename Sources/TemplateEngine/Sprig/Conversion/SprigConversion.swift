/// Sprig's type conversions: `toString`, `atoi`, `int`, `int64`,
/// `float64`, `toDecimal`.
enum SprigConversion {
    static let functions: [TemplateFunction] = [
        .sprig("toString", [.any]) { a in .string(GoStringValue.strval(a[0])) },
        .sprig("atoi", [.string]) { a in
            switch CastStrconv.atoi(a[0].stringArgument) {
            case .success(let v): return .int(v, .int)
            case .failure(.range(let clamped)): return .int(clamped, .int)
            case .failure: return .int(0, .int)
            }
        },
        .sprig("int64", [.any]) { a in .int64(GoCast.toInt64(a[0])) },
        .sprig("int", [.any]) { a in .int(GoCast.toInt64(a[0]), .int) },
        .sprig("float64", [.any]) { a in .float(GoCast.toFloat64(a[0])) },
        .sprig("toDecimal", [.any]) { a in
            if case .success(let v) = CastStrconv.parseInt(GoFormat.sprint([a[0]]), base: 8) { return .int64(v) }
            return .int64(0)
        },
    ]
}
