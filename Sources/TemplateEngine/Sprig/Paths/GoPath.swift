/// Go's `path` package (`Base`, `Dir`, `Clean`, `Ext`, `IsAbs`); on Linux
/// `path/filepath` computes the same results.
public enum GoPath {
    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    /// `path.Clean` (also what the chart loader uses for paths).
    public static func clean(_ p: String) -> String {
        let path = Array(p.utf8)
        if path.isEmpty { return "." }
        let rooted = path[0] == slash
        let n = path.count
        var out: [UInt8] = []
        var r = 0, dotdot = 0
        if rooted { out.append(slash); r = 1; dotdot = 1 }
        while r < n {
            if path[r] == slash {
                r += 1
            } else if path[r] == dot && (r + 1 == n || path[r + 1] == slash) {
                r += 1
            } else if path[r] == dot && r + 1 < n && path[r + 1] == dot && (r + 2 == n || path[r + 2] == slash) {
                r += 2
                if out.count > dotdot {
                    // back up to the previous slash (dropping it too)
                    var w = out.count - 1
                    while w > dotdot && out[w] != slash { w -= 1 }
                    out.removeSubrange(w...)
                } else if !rooted {
                    if !out.isEmpty { out.append(slash) }
                    out.append(dot)
                    out.append(dot)
                    dotdot = out.count
                }
            } else {
                if rooted && out.count != 1 || !rooted && !out.isEmpty { out.append(slash) }
                while r < n && path[r] != slash {
                    out.append(path[r])
                    r += 1
                }
            }
        }
        if out.isEmpty { return "." }
        return GoUTF8.string(out)
    }

    static func base(_ p: String) -> String {
        var path = Array(p.utf8)
        if path.isEmpty { return "." }
        while let last = path.last, last == slash { path.removeLast() }
        if let i = path.lastIndex(of: slash) { path = Array(path[(i + 1)...]) }
        if path.isEmpty { return "/" }
        return GoUTF8.string(path)
    }

    static func dir(_ p: String) -> String {
        let path = Array(p.utf8)
        let i = path.lastIndex(of: slash) ?? -1
        return clean(GoUTF8.string(path[..<(i + 1)]))
    }

    static func ext(_ p: String) -> String {
        let path = Array(p.utf8)
        var i = path.count - 1
        while i >= 0 && path[i] != slash {
            if path[i] == dot { return GoUTF8.string(path[i...]) }
            i -= 1
        }
        return ""
    }

    static func isAbs(_ p: String) -> Bool { p.utf8.first == slash }
}
