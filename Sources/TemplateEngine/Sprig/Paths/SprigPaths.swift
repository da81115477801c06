/// Sprig's path functions: `base dir clean ext isAbs` (Go's `path`) and
/// their `os…` forms (`path/filepath`, identical on Linux).
enum SprigPaths {
    static let functions: [TemplateFunction] = ["", "os"].flatMap { prefix -> [TemplateFunction] in
        func name(_ n: String) -> String { prefix.isEmpty ? n : prefix + n.prefix(1).uppercased() + n.dropFirst() }
        return [
            .sprig(name("base"), [.string]) { a in .string(GoPath.base(a[0].stringArgument)) },
            .sprig(name("dir"), [.string]) { a in .string(GoPath.dir(a[0].stringArgument)) },
            .sprig(name("clean"), [.string]) { a in .string(GoPath.clean(a[0].stringArgument)) },
            .sprig(name("ext"), [.string]) { a in .string(GoPath.ext(a[0].stringArgument)) },
            .sprig(name("isAbs"), [.string]) { a in .bool(GoPath.isAbs(a[0].stringArgument)) },
        ]
    }
}
