import TemplateEngine

/// Suggests the existing values key closest to a missing one, for strict
/// mode's "did you mean `ingress.hosts`?".
public enum KeySuggester {
    /// The farthest (in edits) a suggestion may be from what was typed,
    /// relative to its length.
    static let maxDistanceRatio = 0.4

    /// `missing` is a dotted path below `.Values` (`ingress.host`); the
    /// suggestion is a path that exists in `values`, sharing the longest
    /// existing prefix, whose next key is the closest by edit distance.
    public static func suggest(missing: String, in values: GoMap) -> String? {
        let parts = missing.split(separator: ".").map(String.init)
        var map = values
        var prefix: [String] = []
        for (i, part) in parts.enumerated() {
            if let next = map[part] {
                prefix.append(part)
                if case .map(let m) = next { map = m; continue }
                return nil  // the path runs into a non-map; nothing to suggest
            }
            var best: (String, Int)?
            for key in map.sortedKeys {
                let d = editDistance(part, key)
                if let b = best, b.1 <= d { continue }
                best = (key, d)
            }
            guard let (key, distance) = best,
                  Double(distance) <= maxDistanceRatio * Double(max(part.count, key.count)) else { return nil }
            var suggestion = prefix + [key]
            // Keep the rest of what was typed if it exists below the suggestion.
            let rest = parts[(i + 1)...]
            if case .map(let m)? = map[key], !rest.isEmpty, let tail = suggest(missing: rest.joined(separator: "."), in: m) {
                suggestion.append(tail)
            } else if !rest.isEmpty, case .map(let m)? = map[key], hasPath(Array(rest), in: m) {
                suggestion += rest
            }
            return suggestion.joined(separator: ".")
        }
        return nil
    }

    static func hasPath(_ path: [String], in map: GoMap) -> Bool {
        var current = map
        for (i, p) in path.enumerated() {
            guard let v = current[p] else { return false }
            if i == path.count - 1 { return true }
            guard case .map(let m) = v else { return false }
            current = m
        }
        return true
    }

    /// Edit distance over Unicode scalars counting insertions, deletions,
    /// substitutions and transpositions of neighbours (`tga` → `tag` is 1).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var beforePrevious = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[y.count]
    }
}
