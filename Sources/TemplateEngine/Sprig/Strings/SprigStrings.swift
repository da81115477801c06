/// Sprig's string functions (`strings.go` and the string entries of
/// `genericMap`), with Go's parameter types.
enum SprigStrings {
    /// Longest string `repeat` builds; beyond it Go would exhaust memory.
    static let maxRepeatBytes = 1 << 30

    static let functions: [TemplateFunction] = [
        .sprig("hello", []) { _ in .string("Hello!") },
        .sprig("abbrev", [.int, .string]) { a in
            let width = a[0].intArgument, s = a[1].stringArgument
            if width < 4 { return .string(s) }
            return .string(GoUtilsText.abbreviateFull(s, 0, width) ?? "")
        },
        .sprig("abbrevboth", [.int, .int, .string]) { a in
            let left = a[0].intArgument, right = a[1].intArgument, s = a[2].stringArgument
            if right < 4 || left > 0 && right < 7 { return .string(s) }
            return .string(GoUtilsText.abbreviateFull(s, left, right) ?? "")
        },
        .sprig("trunc", [.int, .string]) { a in
            let c = a[0].intArgument, s = GoBytes.bytes(a[1].stringArgument)
            if c < 0 && s.count + c > 0 { return .string(GoUTF8.string(s[(s.count + c)...])) }
            if c >= 0 && s.count > c { return .string(GoUTF8.string(s[..<c])) }
            return a[1]
        },
        .sprig("trim", [.string]) { a in .string(GoStrings.trimSpace(a[0].stringArgument)) },
        .sprig("upper", [.string]) { a in .string(GoStrings.toUpper(a[0].stringArgument)) },
        .sprig("lower", [.string]) { a in .string(GoStrings.toLower(a[0].stringArgument)) },
        .sprig("title", [.string]) { a in .string(GoStrings.title(a[0].stringArgument)) },
        .sprig("untitle", [.string]) { a in .string(GoUtilsText.uncapitalize(a[0].stringArgument)) },
        .sprig("substr", [.int, .int, .string]) { a in
            try substring(a[0].intArgument, a[1].intArgument, a[2].stringArgument)
        },
        .sprig("repeat", [.int, .string]) { a in
            let count = a[0].intArgument, s = a[1].stringArgument
            if count < 0 { throw FunctionError("strings: negative Repeat count") }
            let (total, overflow) = s.utf8.count.multipliedReportingOverflow(by: count)
            if overflow || total > maxRepeatBytes { throw FunctionError("strings: Repeat output length overflow") }
            return .string(String(repeating: s, count: count))
        },
        .sprig("trimall", [.string, .string]) { a in .string(GoStrings.trim(a[1].stringArgument, cutset: a[0].stringArgument)) },
        .sprig("trimAll", [.string, .string]) { a in .string(GoStrings.trim(a[1].stringArgument, cutset: a[0].stringArgument)) },
        .sprig("trimSuffix", [.string, .string]) { a in
            let suffix = a[0].stringArgument, s = a[1].stringArgument
            guard GoStrings.hasSuffix(s, suffix) else { return a[1] }
            return .string(GoUTF8.string(Array(s.utf8).dropLast(suffix.utf8.count)))
        },
        .sprig("trimPrefix", [.string, .string]) { a in
            let prefix = a[0].stringArgument, s = a[1].stringArgument
            guard GoStrings.hasPrefix(s, prefix) else { return a[1] }
            return .string(GoUTF8.string(Array(s.utf8).dropFirst(prefix.utf8.count)))
        },
        .sprig("nospace", [.string]) { a in .string(GoUtilsText.deleteWhiteSpace(a[0].stringArgument)) },
        .sprig("initials", [.string]) { a in .string(GoUtilsText.initials(a[0].stringArgument)) },
        .sprig("swapcase", [.string]) { a in .string(GoUtilsText.swapCase(a[0].stringArgument)) },
        .sprig("snakecase", [.string]) { a in .string(XStringsCase.toSnakeCase(a[0].stringArgument)) },
        .sprig("camelcase", [.string]) { a in .string(XStringsCase.toPascalCase(a[0].stringArgument)) },
        .sprig("kebabcase", [.string]) { a in .string(XStringsCase.toKebabCase(a[0].stringArgument)) },
        .sprig("wrap", [.int, .string]) { a in
            .string(GoUtilsText.wrapCustom(a[1].stringArgument, a[0].intArgument, "", false))
        },
        .sprig("wrapWith", [.int, .string, .string]) { a in
            .string(GoUtilsText.wrapCustom(a[2].stringArgument, a[0].intArgument, a[1].stringArgument, true))
        },
        .sprig("contains", [.string, .string]) { a in .bool(GoStrings.contains(a[1].stringArgument, a[0].stringArgument)) },
        .sprig("hasPrefix", [.string, .string]) { a in .bool(GoStrings.hasPrefix(a[1].stringArgument, a[0].stringArgument)) },
        .sprig("hasSuffix", [.string, .string]) { a in .bool(GoStrings.hasSuffix(a[1].stringArgument, a[0].stringArgument)) },
        .sprig("quote", [], variadic: .any) { a in
            if a.count == 1, case .string(let s) = a[0] { return .string(GoStrconv.quote(s)) }
            return .string(a.filter { !$0.isNull }.map { GoStrconv.quote(GoStringValue.strval($0)) }
                .joined(separator: " "))
        },
        .sprig("squote", [], variadic: .any) { a in
            .string(a.filter { !$0.isNull }.map { "'" + GoFormat.format($0) + "'" }.joined(separator: " "))
        },
        .sprig("cat", [], variadic: .any) { a in
            .string(a.filter { !$0.isNull }.map { GoFormat.format($0) }.joined(separator: " "))
        },
        .sprig("indent", [.int, .string]) { a in .string(try indent(a[0].intArgument, a[1].stringArgument)) },
        .sprig("nindent", [.int, .string]) { a in .string("\n" + (try indent(a[0].intArgument, a[1].stringArgument))) },
        .sprig("replace", [.string, .string, .string]) { a in
            .string(GoStrings.replaceAll(a[2].stringArgument, a[0].stringArgument, a[1].stringArgument))
        },
        .sprig("plural", [.string, .string, .int]) { a in a[2].intArgument == 1 ? a[0] : a[1] },
        .sprig("split", [.string, .string]) { a in
            let parts = GoStrings.split(a[1].stringArgument, a[0].stringArgument)
            var m: [String: String] = [:]
            for (i, p) in parts.enumerated() { m["_\(i)"] = p }
            return GoValues.stringMap(m)
        },
        .sprig("splitList", [.string, .string]) { a in
            GoValues.strings(GoStrings.split(a[1].stringArgument, a[0].stringArgument))
        },
        .sprig("splitn", [.string, .int, .string]) { a in
            let parts = GoStrings.split(a[2].stringArgument, a[0].stringArgument, n: a[1].intArgument)
            var m: [String: String] = [:]
            for (i, p) in parts.enumerated() { m["_\(i)"] = p }
            return GoValues.stringMap(m)
        },
        .sprig("join", [.string, .any]) { a in
            .string(SprigStringSlices.strslice(a[1]).joined(separator: a[0].stringArgument))
        },
        .sprig("sortAlpha", [.any]) { a in SprigStringSlices.sortAlpha(a[0]) },
        .sprig("toStrings", [.any]) { a in GoValues.strings(SprigStringSlices.strslice(a[0])) },
    ]

    /// Sprig's `substring` on bytes, with Go's slice-bounds panics.
    static func substring(_ start: Int, _ end: Int, _ str: String) throws -> Value {
        let s = GoBytes.bytes(str)
        if start < 0 {
            guard end >= 0 && end <= s.count else {
                throw FunctionError(GoValues.sliceBoundsMessage(start: nil, end: end, length: s.count))
            }
            return .string(GoUTF8.string(s[..<end]))
        }
        if end < 0 || end > s.count {
            guard start <= s.count else {
                throw FunctionError(GoValues.sliceBoundsMessage(start: start, end: nil, length: s.count))
            }
            return .string(GoUTF8.string(s[start...]))
        }
        guard start <= end else {
            throw FunctionError(GoValues.sliceBoundsMessage(start: start, end: end, length: s.count))
        }
        return .string(GoUTF8.string(s[start..<end]))
    }

    /// Sprig's `indent`: `spaces` spaces before the text and after each
    /// newline. A newline byte is never part of a multi-byte UTF-8 sequence
    /// (nor of the scalars that keep bytes that are not UTF-8, `GoBytes`),
    /// so the spaces go straight into the UTF-8 of the text.
    static func indent(_ spaces: Int, _ v: String) throws -> String {
        if spaces < 0 { throw FunctionError("strings: negative Repeat count") }
        if spaces > maxRepeatBytes { throw FunctionError("strings: Repeat output length overflow") }
        var text = v
        let indented: String? = text.withUTF8 { src in
            var newlines = 0
            for b in src where b == 0x0A { newlines += 1 }
            let (padding, o1) = (newlines + 1).multipliedReportingOverflow(by: spaces)
            let (total, o2) = padding.addingReportingOverflow(src.count)
            if o1 || o2 { return nil }
            return String(unsafeUninitializedCapacity: total) { dst in
                var o = 0
                for _ in 0..<spaces {
                    dst[o] = 0x20
                    o += 1
                }
                for b in src {
                    dst[o] = b
                    o += 1
                    if b == 0x0A {
                        for _ in 0..<spaces {
                            dst[o] = 0x20
                            o += 1
                        }
                    }
                }
                return o
            }
        }
        guard let indented else { throw FunctionError("strings: Repeat output length overflow") }
        return indented
    }
}
