import Foundation

/// The regular expressions Masterminds/semver parses constraints with,
/// compiled once, with Go's ASCII meaning of `\s` and end-of-text anchors.
enum SemverConstraintSyntax {
    private static let space = "[\\t\\n\\f\\r ]"
    private static let ops = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^"
    private static let cv = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
        + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
        + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"

    private static func compile(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: [])
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

    private static func group(_ m: NSTextCheckingResult, _ i: Int, in s: NSString) -> String {
        let r = m.range(at: i)
        return r.location == NSNotFound ? "" : s.substring(with: r)
    }

    static func isValid(_ text: String) -> Bool {
        guard let re = validRegex else { return false }
        let ns = text as NSString
        return re.firstMatch(in: text, options: [], range: NSRange(location: 0, length: ns.length)) != nil
    }

    static func terms(in text: String) -> [String] {
        guard let re = findRegex else { return [] }
        let ns = text as NSString
        return re.matches(in: text, options: [], range: NSRange(location: 0, length: ns.length))
            .map { ns.substring(with: $0.range) }
    }

    static func term(_ text: String) -> TermMatch? {
        guard let re = termRegex else { return nil }
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, options: [], range: NSRange(location: 0, length: ns.length)) else {
            return nil
        }
        return TermMatch(op: group(m, 1, in: ns), version: group(m, 2, in: ns), major: group(m, 3, in: ns),
                         minor: group(m, 4, in: ns), patch: group(m, 5, in: ns), prerelease: group(m, 6, in: ns))
    }

    /// Go's `rewriteRange`: `A - B` becomes `>= A, <= B `.
    static func rewriteRanges(_ text: String) -> String {
        guard text.contains("-"), let re = rangeRegex else { return text }
        let ns = text as NSString
        let matches = re.matches(in: text, options: [], range: NSRange(location: 0, length: ns.length))
        var out = text
        for m in matches {
            let whole = ns.substring(with: m.range)
            let replacement = ">= \(group(m, 1, in: ns)), <= \(group(m, 11, in: ns)) "
            if let r = out.range(of: whole) {
                out.replaceSubrange(r, with: replacement)
            }
        }
        return out
    }
}
