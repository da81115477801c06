import TemplateEngine

/// `.helmignore` rules as Helm's `pkg/ignore` applies them to paths relative
/// to the chart root. Rules are checked in order; the first match decides.
struct HelmIgnore {
    static let fileName = ".helmignore"

    private struct Pattern {
        enum Scope { case rooted, fullPath, baseName }
        /// How the glob is matched: most `.helmignore` lines are a plain
        /// name (`.git`) or `*` and a plain suffix (`*.swp`), which need no
        /// glob engine.
        enum Shape { case literal, starSuffix, glob }
        let glob: [UInt8]
        let scope: Scope
        let negate: Bool
        let mustDir: Bool
        let shape: Shape

        init(glob: [UInt8], scope: Scope, negate: Bool, mustDir: Bool) {
            self.glob = glob
            self.scope = scope
            self.negate = negate
            self.mustDir = mustDir
            func isMeta(_ b: UInt8) -> Bool { b == 0x2A || b == 0x3F || b == 0x5B || b == 0x5C }
            if !glob.contains(where: isMeta) {
                shape = .literal
            } else if glob.first == 0x2A, !glob.dropFirst().contains(where: isMeta), !glob.contains(0x2F) {
                shape = .starSuffix
            } else {
                shape = .glob
            }
        }

        func matches(_ subject: ArraySlice<UInt8>) -> Bool {
            switch shape {
            case .literal:
                return subject.elementsEqual(glob)
            case .starSuffix:
                // `*` never matches a `/`.
                let suffix = glob.dropFirst()
                return subject.count >= suffix.count && !subject.contains(0x2F)
                    && subject.suffix(suffix.count).elementsEqual(suffix)
            case .glob:
                return (try? GoPathMatch.match(glob, Array(subject))) ?? false
            }
        }
    }

    private var patterns: [Pattern] = []

    init() {}

    /// Parses a `.helmignore` file: one rule per line; blank lines and `#` comments skipped.
    init(parsing data: [UInt8]) throws {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var l = line
            if l.last == UInt8(ascii: "\r") { l = l.dropLast() }
            try add(rule: String(decoding: l, as: UTF8.self))
        }
    }

    /// LoadDir's default rule: dot-files directly under `templates/`.
    mutating func addDefaults() {
        try? add(rule: "templates/.?*")
    }

    mutating func add(rule raw: String) throws {
        var rule = Substring(GoWhitespace.trimSpace(raw))
        if rule.isEmpty || rule.hasPrefix("#") { return }
        if rule.contains("**") { throw ChartError("double-star (**) syntax is not supported") }
        do {
            _ = try GoPathMatch.match(String(rule), "abc")
        } catch {
            throw ChartError("syntax error in pattern")
        }
        var negate = false
        var mustDir = false
        if rule.hasPrefix("!") {
            negate = true
            rule = rule.dropFirst()
        }
        if rule.hasSuffix("/") {
            mustDir = true
            rule = rule.dropLast()
        }
        let scope: Pattern.Scope
        if rule.hasPrefix("/") {
            scope = .rooted
            rule = rule.dropFirst()
        } else if rule.contains("/") {
            scope = .fullPath
        } else {
            scope = .baseName
        }
        patterns.append(Pattern(glob: Array(rule.utf8), scope: scope, negate: negate, mustDir: mustDir))
    }

    /// Whether `path` (relative, `/`-separated) is ignored.
    func ignores(_ path: String, isDirectory: Bool) -> Bool {
        if path.isEmpty || path == "." || path == "./" { return false }
        let full = Array(path.utf8)
        for p in patterns {
            if p.negate {
                if p.mustDir && !isDirectory { return true }
                if !matches(p, full) { return true }
                continue
            }
            if p.mustDir && !isDirectory { continue }
            if matches(p, full) { return true }
        }
        return false
    }

    private func matches(_ p: Pattern, _ full: [UInt8]) -> Bool {
        switch p.scope {
        case .rooted, .fullPath: return p.matches(full[...])
        case .baseName: return p.matches(baseName(full))
        }
    }

    /// Go's `filepath.Base`.
    private func baseName(_ path: [UInt8]) -> ArraySlice<UInt8> {
        var p = path[...]
        while p.count > 1, p.last == UInt8(ascii: "/") { p = p.dropLast() }
        if let i = p.lastIndex(of: UInt8(ascii: "/")), p.count > 1 {
            return p[(i + 1)...]
        }
        return p
    }
}
