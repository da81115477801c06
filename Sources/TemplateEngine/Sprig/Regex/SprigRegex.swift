/// Sprig's regular expression functions (`regex.go`) on Go's RE2 syntax.
/// The plain forms panic on a bad pattern (`regexp: Compile(…): …`), the
/// `must…` forms return the compile error; `regexMatch` gives false.
enum SprigRegex {
    static let functions: [TemplateFunction] = [
        .sprig("regexMatch", [.string, .string]) { a in
            guard case .success(let re) = GoRegexp.compile(a[0].stringArgument) else { return .bool(false) }
            return .bool(re.matches(a[1].stringArgument))
        },
        .sprig("mustRegexMatch", [.string, .string]) { a in
            .bool(try compiled(a[0], must: true).matches(a[1].stringArgument))
        },
        .sprig("regexFindAll", [.string, .string, .int]) { a in
            matches(try compiled(a[0], must: false).findAll(a[1].stringArgument, a[2].intArgument))
        },
        .sprig("mustRegexFindAll", [.string, .string, .int]) { a in
            matches(try compiled(a[0], must: true).findAll(a[1].stringArgument, a[2].intArgument))
        },
        .sprig("regexFind", [.string, .string]) { a in
            .string(try compiled(a[0], must: false).find(a[1].stringArgument))
        },
        .sprig("mustRegexFind", [.string, .string]) { a in
            .string(try compiled(a[0], must: true).find(a[1].stringArgument))
        },
        .sprig("regexReplaceAll", [.string, .string, .string]) { a in
            .string(try compiled(a[0], must: false).replaceAllExpand(a[1].stringArgument, a[2].stringArgument))
        },
        .sprig("mustRegexReplaceAll", [.string, .string, .string]) { a in
            .string(try compiled(a[0], must: true).replaceAllExpand(a[1].stringArgument, a[2].stringArgument))
        },
        .sprig("regexReplaceAllLiteral", [.string, .string, .string]) { a in
            .string(try compiled(a[0], must: false).replaceAllLiteral(a[1].stringArgument, a[2].stringArgument))
        },
        .sprig("mustRegexReplaceAllLiteral", [.string, .string, .string]) { a in
            .string(try compiled(a[0], must: true).replaceAllLiteral(a[1].stringArgument, a[2].stringArgument))
        },
        .sprig("regexSplit", [.string, .string, .int]) { a in
            split(try compiled(a[0], must: false), a[1], a[2])
        },
        .sprig("mustRegexSplit", [.string, .string, .int]) { a in
            split(try compiled(a[0], must: true), a[1], a[2])
        },
        .sprig("regexQuoteMeta", [.string]) { a in .string(GoRegexp.quoteMeta(a[0].stringArgument)) },
    ]

    /// Go's `FindAllString` returns a nil slice when nothing matched.
    private static func matches(_ items: [String]) -> Value {
        .list(GoList.strings(items, isNil: items.isEmpty))
    }

    /// Go's `Split` returns a nil slice for `n` 0.
    private static func split(_ re: GoRegexp, _ s: Value, _ n: Value) -> Value {
        let count = n.intArgument
        return .list(GoList.strings(re.split(s.stringArgument, count), isNil: count == 0))
    }

    private static func compiled(_ pattern: Value, must: Bool) throws -> GoRegexp {
        let p = pattern.stringArgument
        switch GoRegexp.compile(p) {
        case .success(let re): return re
        case .failure(let e):
            if must { throw e }
            throw FunctionError(GoRegexp.mustCompileMessage(p, e))
        }
    }
}
