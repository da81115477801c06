/// The regular expressions Masterminds/semver parses constraints with,
/// compiled once with the engine's Go `regexp` port (so `\s` is Go's ASCII
/// space class and matching is Go's).
enum SemverConstraintSyntax {
    private static let space = "[\\t\\n\\f\\r ]"
    private static let ops = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^"
    private static let cv = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
        + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
        + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"

    private static func compile(_ pattern: String) -> GoRegexp? {
        try? GoRegexp.compile(pattern).get()
    }

    private static let termRegex = compile("\\A\(space)*(\(ops))\(space)*(\(cv))\(space)*\\z")
    private static let rangeRegex = compile("\(space)*(\(cv))\(space)+-\(space)+(\(cv))\(space)*")
    private static let findRegex = compile("(\(ops))\(space)*(\(cv))")
    private static let validRegex = compile(
        "\\A(\(space)*(\(ops))\(space)*(\(cv))\(space)*)((?:\(space)+|,\(space)*)(\(ops))\(space)*(\(cv))\(space)*)*\\z")

    struct TermMatch {
        var op: String
        var version: String
        var major: String
        var minor: String
        var patch: String
        /// The prerelease with its leading `-`.
        var prerelease: String
    }

    /// Capture group `i` of match `m` over `input` ("" when it did not take part).
    private static func group(_ m: [Int], _ i: Int, in input: [UInt32]) -> String {
        guard 2 * i + 1 < m.count, m[2 * i] >= 0, m[2 * i + 1] >= m[2 * i] else { return "" }
        return GoRegexp.string(input[m[2 * i]..<m[2 * i + 1]])
    }

    static func isValid(_ text: String) -> Bool {
        validRegex?.matches(text) ?? false
    }

    static func terms(in text: String) -> [String] {
        findRegex?.findAll(text, -1) ?? []
    }

    static func term(_ text: String) -> TermMatch? {
        guard let re = termRegex else { return nil }
        let input = GoRegexp.runes(text)
        guard let m = re.matcher.match(input, from: 0) else { return nil }
        return TermMatch(op: group(m, 1, in: input), version: group(m, 2, in: input), major: group(m, 3, in: input),
                         minor: group(m, 4, in: input), patch: group(m, 5, in: input),
                         prerelease: group(m, 6, in: input))
    }

    /// Go's `rewriteRange`: `A - B` becomes `>= A, <= B `.
    static func rewriteRanges(_ text: String) -> String {
        guard text.contains("-"), let re = rangeRegex else { return text }
        let input = GoRegexp.runes(text)
        var out = text
        for m in re.allMatches(input, -1) {
            let whole = GoRegexp.string(input[m[0]..<m[1]])
            let replacement = ">= \(group(m, 1, in: input)), <= \(group(m, 11, in: input)) "
            if let r = out.range(of: whole) {
                out.replaceSubrange(r, with: replacement)
            }
        }
        return out
    }
}
