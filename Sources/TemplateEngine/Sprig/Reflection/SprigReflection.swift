/// Sprig's reflection functions: `typeOf` (`%T`), `kindOf` (reflect kind),
/// their `…Is`/`typeIsLike` tests, and `deepEqual`.
enum SprigReflection {
    static let functions: [TemplateFunction] = [
        .sprig("typeOf", [.any]) { a in .string(a[0].goTypeName) },
        .sprig("typeIs", [.string, .any]) { a in .bool(a[0].stringArgument == a[1].goTypeName) },
        .sprig("typeIsLike", [.string, .any]) { a in
            let t = a[1].goTypeName, target = a[0].stringArgument
            return .bool(target == t || "*" + target == t)
        },
        .sprig("kindOf", [.any]) { a in .string(a[0].goKindName) },
        .sprig("kindIs", [.string, .any]) { a in .bool(a[0].stringArgument == a[1].goKindName) },
        .sprig("deepEqual", [.any, .any]) { a in .bool(GoDeepEqual.equal(a[0], a[1])) },
    ]
}
