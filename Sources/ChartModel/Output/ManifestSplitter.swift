import TemplateEngine

/// Helm's `releaseutil.SplitManifests`: a stream of YAML documents split on
/// the separator regex `(?:^|\s*\n)---\s*` (Go RE2, leftmost-first), each
/// document left-trimmed, blank documents dropped. Implemented as a byte scan
/// with the regex's exact matching rules instead of a regex.
public enum ManifestSplitter {
    /// RE2's `\s`: `[\t\n\f\r ]`.
    @inline(__always)
    static func isRegexSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }

    /// The documents of `text`, in order.
    public static func split(_ text: String) -> [String] {
        let trimmed = GoWhitespace.trimLeft(text)
        var documents: [String] = []
        for piece in splitOnSeparators(trimmed) where !GoWhitespace.isBlank(piece) {
            documents.append(GoWhitespace.trimLeft(piece))
        }
        return documents
    }

    /// Go's `regexp.Split(s, -1)` with the separator regex.
    static func splitOnSeparators(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        let n = bytes.count
        var pieces: [String] = []
        var begin = 0
        var pos = 0
        func isDashes(_ i: Int) -> Bool {
            i + 3 <= n && bytes[i] == 0x2D && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x2D
        }
        func skipSpace(_ i: Int) -> Int {
            var j = i
            while j < n, isRegexSpace(bytes[j]) { j += 1 }
            return j
        }
        // `^---` can only match at the very start.
        if isDashes(0) {
            let end = skipSpace(3)
            pieces.append("")
            begin = end
            pos = end
        }
        while pos < n {
            // The leftmost match of `\s*\n---\s*` starts at the whitespace run
            // that ends in the first `\n---` at or after pos.
            var q = pos
            var found = -1
            while q < n {
                if bytes[q] == 0x0A && isDashes(q + 1) { found = q; break }
                q += 1
            }
            if found < 0 { break }
            var start = found
            while start > pos, isRegexSpace(bytes[start - 1]) { start -= 1 }
            let end = skipSpace(found + 4)
            pieces.append(String(decoding: bytes[begin..<start], as: UTF8.self))
            begin = end
            pos = end
        }
        pieces.append(String(decoding: bytes[begin..<n], as: UTF8.self))
        return pieces
    }
}
