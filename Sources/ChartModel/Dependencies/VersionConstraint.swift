import Foundation

/// Masterminds/semver v3 `Constraints` (what Helm uses for dependency
/// versions and `kubeVersion`): `||` alternatives of comma/space-separated
/// comparisons (`=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `^`), `x`/`*`
/// wildcards and `a - b` ranges. Prereleases match only when the
/// alternative names a prerelease.
struct VersionConstraint {
    private struct Clause {
        let op: String
        let version: SemanticVersion
        let dirty: Bool
        let minorDirty: Bool
        let patchDirty: Bool
    }

    private let alternatives: [[Clause]]
    private let containsPrerelease: [Bool]

    private static let cv = #"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?"#
        + #"(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#
        + #"(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#
    private static let ops = #"=||!=|>|<|>=|=>|<=|=<|~|~>|\^"#
    private static let clauseRegex = regex(#"^\s*("# + ops + #")\s*("# + cv + #")\s*$"#)
    private static let rangeRegex = regex(#"\s*("# + cv + #")\s+-\s+("# + cv + #")\s*"#)
    private static let findRegex = regex("(" + ops + #")\s*("# + cv + ")")
    private static let validRegex = regex(#"^(\s*("# + ops + #")\s*("# + cv + #")\s*)((?:\s+|,\s*)("# + ops
        + #")\s*("# + cv + #")\s*)*$"#)

    private static func regex(_ p: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: p) }

    init?(parsing text: String) {
        guard let validRegex = Self.validRegex, let findRegex = Self.findRegex else { return nil }
        let rewritten = Self.rewriteRange(text)
        var alts: [[Clause]] = []
        var pres: [Bool] = []
        for part in rewritten.components(separatedBy: "||") {
            let ns = part as NSString
            guard validRegex.firstMatch(in: part, range: NSRange(location: 0, length: ns.length)) != nil else {
                return nil
            }
            var found = findRegex.matches(in: part, range: NSRange(location: 0, length: ns.length))
                .map { ns.substring(with: $0.range) }
            if found.isEmpty { found = [part] }
            var clauses: [Clause] = []
            var hasPre = false
            for s in found {
                guard let c = Self.parseClause(s) else { return nil }
                if !c.version.prerelease.isEmpty { hasPre = true }
                clauses.append(c)
            }
            alts.append(clauses)
            pres.append(hasPre)
        }
        alternatives = alts
        containsPrerelease = pres
    }

    func check(_ v: SemanticVersion) -> Bool {
        for (i, clauses) in alternatives.enumerated() {
            if clauses.allSatisfy({ Self.check(v, $0, includePre: containsPrerelease[i]) }) { return true }
        }
        return false
    }

    private static func isX(_ s: String) -> Bool { s == "x" || s == "*" || s == "X" }

    private static func parseClause(_ s: String) -> Clause? {
        guard let re = clauseRegex else { return nil }
        let ns = s as NSString
        guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        func group(_ i: Int) -> String {
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
        let op = group(1)
        let m3 = group(3), m4 = group(4), m5 = group(5), m6 = group(6)
        var ver = group(2)
        var dirty = false, minorDirty = false, patchDirty = false
        if isX(m3) || m3.isEmpty {
            ver = "0.0.0" + m6
            dirty = true
        } else if isX(String(m4.dropFirst())) || m4.isEmpty {
            minorDirty = true
            dirty = true
            ver = m3 + ".0.0" + m6
        } else if isX(String(m5.dropFirst())) || m5.isEmpty {
            dirty = true
            patchDirty = true
            ver = m3 + m4 + ".0" + m6
        }
        guard let v = SemanticVersion(parsing: ver) else { return nil }
        return Clause(op: op, version: v, dirty: dirty, minorDirty: minorDirty, patchDirty: patchDirty)
    }

    private static func rewriteRange(_ text: String) -> String {
        guard let re = rangeRegex else { return text }
        let ns = text as NSString
        let matches = re.matches(in: text, range: NSRange(location: 0, length: ns.length))
        var out = text
        for m in matches {
            let whole = ns.substring(with: m.range)
            let a = ns.substring(with: m.range(at: 1))
            let b = ns.substring(with: m.range(at: 11))
            if let r = out.range(of: whole) { out.replaceSubrange(r, with: ">= \(a), <= \(b) ") }
        }
        return out
    }

    private static func check(_ v: SemanticVersion, _ c: Clause, includePre: Bool) -> Bool {
        if !v.prerelease.isEmpty && !includePre { return false }
        let con = c.version
        switch c.op {
        case "", "=":
            if c.dirty { return tilde(v, c) }
            return v.compare(con) == 0
        case "!=":
            if c.dirty {
                if con.major != v.major { return true }
                if con.minor != v.minor && !c.minorDirty { return true }
                if c.minorDirty { return false }
                if con.patch != v.patch && !c.patchDirty { return true }
                if c.patchDirty {
                    if !v.prerelease.isEmpty || !con.prerelease.isEmpty {
                        return SemanticVersion.comparePrerelease(v.prerelease, con.prerelease) != 0
                    }
                    return false
                }
            }
            return v.compare(con) != 0
        case ">":
            if !c.dirty { return v.compare(con) == 1 }
            if v.major > con.major { return true }
            if v.major < con.major { return false }
            if c.minorDirty { return false }
            if c.patchDirty { return v.minor > con.minor }
            return v.compare(con) == 1
        case "<": return v.compare(con) < 0
        case ">=", "=>": return v.compare(con) >= 0
        case "<=", "=<":
            if !c.dirty { return v.compare(con) <= 0 }
            if v.major > con.major { return false }
            if v.major == con.major && v.minor > con.minor && !c.minorDirty { return false }
            return true
        case "~", "~>": return tilde(v, c)
        case "^":
            if v.compare(con) < 0 { return false }
            if con.major > 0 || c.minorDirty { return v.major == con.major }
            if con.major == 0 && v.major > 0 { return false }
            if con.minor > 0 || c.patchDirty { return v.minor == con.minor }
            if con.minor == 0 && v.minor > 0 { return false }
            return con.patch == v.patch
        default: return false
        }
    }

    private static func tilde(_ v: SemanticVersion, _ c: Clause) -> Bool {
        let con = c.version
        if v.compare(con) < 0 { return false }
        if con.major == 0 && con.minor == 0 && con.patch == 0 && !c.minorDirty && !c.patchDirty { return true }
        if v.major != con.major { return false }
        if v.minor != con.minor && !c.minorDirty { return false }
        return true
    }
}

extension SemanticVersion {
    /// Masterminds `Compare`: -1, 0 or 1 (build metadata ignored).
    func compare(_ o: SemanticVersion) -> Int {
        if major != o.major { return major < o.major ? -1 : 1 }
        if minor != o.minor { return minor < o.minor ? -1 : 1 }
        if patch != o.patch { return patch < o.patch ? -1 : 1 }
        return SemanticVersion.comparePrerelease(prerelease, o.prerelease)
    }

    static func comparePrerelease(_ a: [Substring], _ b: [Substring]) -> Int {
        if a == b { return 0 }
        if a.isEmpty { return 1 }
        if b.isEmpty { return -1 }
        let n = max(a.count, b.count)
        for i in 0..<n {
            let x = i < a.count ? a[i] : ""
            let y = i < b.count ? b[i] : ""
            let r = compareIdentifier(x, y)
            if r != 0 { return r }
        }
        return 0
    }

    private static func compareIdentifier(_ a: Substring, _ b: Substring) -> Int {
        if a == b { return 0 }
        if a.isEmpty { return -1 }
        if b.isEmpty { return 1 }
        let ai = UInt64(a), bi = UInt64(b)
        switch (ai, bi) {
        case let (x?, y?): return x == y ? 0 : (x < y ? -1 : 1)
        case (_?, nil): return -1
        case (nil, _?): return 1
        default: return a < b ? -1 : 1
        }
    }
}
