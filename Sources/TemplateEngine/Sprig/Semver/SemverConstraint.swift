import Foundation

/// A semver constraint (`>=1.20-0`, `^1.2 || ~2.0`, `1.2 - 1.4`, `1.x`) with
/// Masterminds/semver v3.5.0's parsing and `Check` rules: a version with a
/// prerelease satisfies an and-group only when that group names a
/// prerelease.
public struct SemverConstraint: Sendable {
    struct Term: Sendable {
        var op: String
        var version: SemverVersion
        var original: String
        var minorDirty: Bool
        var patchDirty: Bool
        var dirty: Bool
    }

    let groups: [[Term]]
    let groupHasPrerelease: [Bool]

    /// Builds the constraint grammar's expressions now rather than at the
    /// first parse (Go does it at package initialisation).
    public static func prepareGrammar() { SemverConstraintSyntax.prepare() }

    /// Parses and checks one constraint, so that the Swift runtime's
    /// one-time work for the types a parse uses is done before a render
    /// needs it (Go has it at link time). After `prepareGrammar`.
    public static func prepareParsing() {
        if let c = try? SemverConstraint(parsing: "^1.2.x-0 || >= 1.2, < 2.0.0 || 1.2 - 1.4 || ~1") {
            _ = c.check(SemverVersion(major: 1, minor: 3, patch: 0))
        }
    }

    public init(parsing text: String) throws {
        let cached = SemverConstraintCache.shared.lookup(text)
        if let c = cached {
            self = c
            return
        }
        let rewritten = SemverConstraintSyntax.rewriteRanges(text)
        var groups: [[Term]] = []
        var hasPre: [Bool] = []
        for alternative in rewritten.components(separatedBy: "||") {
            guard SemverConstraintSyntax.isValid(alternative) else {
                throw SemverError("improper constraint: " + SemverQuote.quote(alternative))
            }
            var found = SemverConstraintSyntax.terms(in: alternative)
            if found.isEmpty { found = [alternative] }
            var terms: [Term] = []
            var pre = false
            for t in found {
                let term = try Self.parseTerm(t)
                if !term.version.prerelease.isEmpty { pre = true }
                terms.append(term)
            }
            groups.append(terms)
            hasPre.append(pre)
        }
        self.groups = groups
        self.groupHasPrerelease = hasPre
        SemverConstraintCache.shared.store(text, self)
    }

    private static func parseTerm(_ text: String) throws -> Term {
        if text.isEmpty {
            return Term(op: "", version: SemverVersion(major: 0, minor: 0, patch: 0), original: text,
                        minorDirty: false, patchDirty: false, dirty: true)
        }
        guard let m = SemverConstraintSyntax.term(text) else {
            throw SemverError("improper constraint: " + SemverQuote.quote(text))
        }
        var ver = m.version
        var minorDirty = false
        var patchDirty = false
        var dirty = false
        let minor = m.minor.hasPrefix(".") ? String(m.minor.dropFirst()) : m.minor
        let patch = m.patch.hasPrefix(".") ? String(m.patch.dropFirst()) : m.patch
        if isX(m.major) || m.major.isEmpty {
            ver = "0.0.0" + m.prerelease
            dirty = true
        } else if isX(minor) || m.minor.isEmpty {
            minorDirty = true
            dirty = true
            ver = m.major + ".0.0" + m.prerelease
        } else if isX(patch) || m.patch.isEmpty {
            dirty = true
            patchDirty = true
            ver = m.major + m.minor + ".0" + m.prerelease
        }
        guard let version = try? SemverVersion(parsing: ver) else {
            throw SemverError.constraintParser
        }
        return Term(op: m.op, version: version, original: m.version,
                    minorDirty: minorDirty, patchDirty: patchDirty, dirty: dirty)
    }

    private static func isX(_ s: String) -> Bool { s == "x" || s == "*" || s == "X" }

    /// Go's `Constraints.Check`.
    public func check(_ v: SemverVersion) -> Bool {
        for (i, group) in groups.enumerated() {
            let includePre = groupHasPrerelease[i]
            if group.allSatisfy({ Self.matches(v, $0, includePre: includePre) }) { return true }
        }
        return false
    }

    static func matches(_ v: SemverVersion, _ c: Term, includePre: Bool) -> Bool {
        if !v.prerelease.isEmpty && !includePre { return false }
        switch c.op {
        case "", "=": return tildeOrEqual(v, c)
        case "!=": return notEqual(v, c)
        case ">": return greaterThan(v, c)
        case "<": return v.compare(c.version) < 0
        case ">=", "=>": return v.compare(c.version) >= 0
        case "<=", "=<": return lessThanEqual(v, c)
        case "~", "~>": return tilde(v, c)
        case "^": return caret(v, c)
        default: return false
        }
    }

    private static func notEqual(_ v: SemverVersion, _ c: Term) -> Bool {
        if c.dirty {
            if c.version.major != v.major { return true }
            if c.version.minor != v.minor && !c.minorDirty { return true }
            if c.minorDirty { return false }
            if c.version.patch != v.patch && !c.patchDirty { return true }
            if c.patchDirty {
                if !v.prerelease.isEmpty || !c.version.prerelease.isEmpty {
                    return SemverVersion.comparePrerelease(v.prerelease, c.version.prerelease) != 0
                }
                return false
            }
        }
        return v.compare(c.version) != 0
    }

    private static func greaterThan(_ v: SemverVersion, _ c: Term) -> Bool {
        if !c.dirty { return v.compare(c.version) == 1 }
        if v.major > c.version.major { return true }
        if v.major < c.version.major { return false }
        if c.minorDirty { return false }
        if c.patchDirty { return v.minor > c.version.minor }
        return v.compare(c.version) == 1
    }

    private static func lessThanEqual(_ v: SemverVersion, _ c: Term) -> Bool {
        if !c.dirty { return v.compare(c.version) <= 0 }
        if v.major > c.version.major { return false }
        if v.major == c.version.major && v.minor > c.version.minor && !c.minorDirty { return false }
        return true
    }

    private static func tilde(_ v: SemverVersion, _ c: Term) -> Bool {
        if v.compare(c.version) < 0 { return false }
        if c.version.major == 0 && c.version.minor == 0 && c.version.patch == 0 && !c.minorDirty && !c.patchDirty {
            return true
        }
        if v.major != c.version.major { return false }
        if v.minor != c.version.minor && !c.minorDirty { return false }
        return true
    }

    private static func tildeOrEqual(_ v: SemverVersion, _ c: Term) -> Bool {
        if c.dirty { return tilde(v, c) }
        return v.compare(c.version) == 0
    }

    private static func caret(_ v: SemverVersion, _ c: Term) -> Bool {
        if v.compare(c.version) < 0 { return false }
        if c.version.major > 0 || c.minorDirty { return v.major == c.version.major }
        if c.version.major == 0 && v.major > 0 { return false }
        if c.version.minor > 0 || c.patchDirty { return v.minor == c.version.minor }
        if c.version.minor == 0 && v.minor > 0 { return false }
        return c.version.patch == v.patch
    }
}

/// Parsed constraints by text: charts check the same few constraints on
/// every render.
final class SemverConstraintCache: @unchecked Sendable {
    static let shared = SemverConstraintCache()
    static let capacity = 1024

    private let lock = NSLock()
    private var entries: [String: SemverConstraint] = [:]

    func lookup(_ text: String) -> SemverConstraint? {
        lock.lock()
        defer { lock.unlock() }
        return entries[text]
    }

    func store(_ text: String, _ c: SemverConstraint) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[text] = c
    }
}
