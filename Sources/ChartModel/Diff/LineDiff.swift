/// A line diff (Myers' O(ND) algorithm) and its unified-diff rendering.
public enum LineDiff {
    public enum Edit: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The shortest edit script turning `old` into `new`.
    public static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        // Trim the common prefix and suffix first: cheap, and most diffs of
        // rendered manifests are small changes in long documents.
        var prefix = 0
        while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix && suffix < new.count - prefix
            && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var result = old[..<prefix].map { Edit.same($0) }
        result += middle(a, b)
        result += old[(old.count - suffix)...].map { Edit.same($0) }
        return result
    }

    private static func middle(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { .added($0) } }
        if m == 0 { return a.map { .removed($0) } }
        let max = n + m
        let offset = max
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        outer: for d in 0...max {
            trace.append(v)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { trace.append(v); break outer }
                k += 2
            }
        }
        // Walk the trace backwards to recover the script.
        var edits: [Edit] = []
        var x = n, y = m
        var d = trace.count - 2
        while d >= 0 {
            let vd = trace[d]
            let k = x - y
            let prevK: Int
            if k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) {
                prevK = k + 1
            } else {
                prevK = k - 1
            }
            let prevX = d == 0 ? 0 : vd[offset + prevK]
            let prevY = prevX - prevK
            while x > prevX && y > prevY {
                x -= 1; y -= 1
                edits.append(.same(a[x]))
            }
            if d > 0 {
                if x == prevX { y -= 1; edits.append(.added(b[y])) } else { x -= 1; edits.append(.removed(a[x])) }
            }
            d -= 1
        }
        while x > 0 && y > 0 { x -= 1; y -= 1; edits.append(.same(a[x])) }
        return edits.reversed()
    }

    /// Unified diff hunks (`@@ -l,s +l,s @@`) with `context` lines around
    /// each change; empty when the inputs are equal.
    public static func unified(_ old: [String], _ new: [String], context: Int = 3) -> [String] {
        let script = edits(old, new)
        guard script.contains(where: { if case .same = $0 { return false } else { return true } }) else { return [] }
        // Positions of changes in the script.
        var changeIndexes: [Int] = []
        for (i, e) in script.enumerated() {
            if case .same = e { continue }
            changeIndexes.append(i)
        }
        // Group changes whose context windows touch.
        var groups: [(Int, Int)] = []
        for i in changeIndexes {
            let lo = Swift.max(0, i - context), hi = Swift.min(script.count - 1, i + context)
            if let last = groups.last, lo <= last.1 + 1 {
                groups[groups.count - 1].1 = hi
            } else {
                groups.append((lo, hi))
            }
        }
        // Line numbers before each script position.
        var oldLine = [Int](repeating: 0, count: script.count + 1)
        var newLine = [Int](repeating: 0, count: script.count + 1)
        for (i, e) in script.enumerated() {
            oldLine[i + 1] = oldLine[i] + ({ if case .added = e { return true }; return false }() ? 0 : 1)
            newLine[i + 1] = newLine[i] + ({ if case .removed = e { return true }; return false }() ? 0 : 1)
        }
        var out: [String] = []
        for (lo, hi) in groups {
            let oldCount = oldLine[hi + 1] - oldLine[lo]
            let newCount = newLine[hi + 1] - newLine[lo]
            let oldStart = oldCount == 0 ? oldLine[lo] : oldLine[lo] + 1
            let newStart = newCount == 0 ? newLine[lo] : newLine[lo] + 1
            out.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for e in script[lo...hi] {
                switch e {
                case .same(let s): out.append(" " + s)
                case .removed(let s): out.append("-" + s)
                case .added(let s): out.append("+" + s)
                }
            }
        }
        return out
    }
}
