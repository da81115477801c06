/// Sprig's type conversions: `toString`, `atoi`, `int`, `int64`,
/// `float64`, `toDecimal`.
enum SprigConversion {
    static let functions: [TemplateFunction] = [
        .sprig("toString", [.any]) { a in .string(GoStringValue.strval(a[0])) },
        .sprig("atoi", [.string]) { a in
            // Atoi's result even on error: 0, or the clamped bound when out of range
            do {
                return .int(Int64(try GoStrconv.atoi(a[0].stringArgument)), .int)
            } catch let e as GoStrconv.NumError {
                return .int(e.integerValue, .int)
            }
        },
        .sprig("int64", [.any]) { a in .int64(GoCast.toInt64(a[0])) },
        .sprig("int", [.any]) { a in .int(GoCast.toInt64(a[0]), .int) },
        .sprig("float64", [.any]) { a in .float(GoCast.toFloat64(a[0])) },
        .sprig("toDecimal", [.any]) { a in
            .int64((try? GoStrconv.parseInt(GoFormat.sprint([a[0]]), base: 8, bitSize: 64)) ?? 0)
        },
    ]
}
