#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Go's `strings` functions that Sprig calls, on UTF-8 bytes as Go works
/// (Swift's String comparisons use canonical equivalence, Go's do not).
public enum GoStrings {
    static func bytes(_ s: String) -> [UInt8] { GoBytes.bytes(s) }

    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let a = s.utf8, p = prefix.utf8
        return a.count >= p.count && a.prefix(p.count).elementsEqual(p)
    }

    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        let a = s.utf8, p = suffix.utf8
        return a.count >= p.count && a.suffix(p.count).elementsEqual(p)
    }

    /// Byte index of the first occurrence of `sep` in `s` from `start`, or nil.
    public static func index(_ s: [UInt8], _ sep: [UInt8], from start: Int = 0) -> Int? {
        s.withUnsafeBytes { index($0, sep, from: start) }
    }

    /// `index` over bytes in memory (a string's UTF-8 storage, say).
    public static func index(_ hay: UnsafeRawBufferPointer, _ sep: [UInt8], from start: Int = 0) -> Int? {
        let n = sep.count
        if n == 0 { return start <= hay.count ? start : nil }
        if start < 0 || hay.count - start < n { return nil }
        // The C library's `memchr` finds each candidate first byte.
        return sep.withUnsafeBytes { needle in
            guard let base = hay.baseAddress, let sepBase = needle.baseAddress else { return nil }
            let first = Int32(sep[0])
            var i = start
            while hay.count - i >= n {
                guard let found = memchr(base + i, first, hay.count - i - n + 1) else { return nil }
                let at = base.distance(to: UnsafeRawPointer(found))
                if memcmp(found, sepBase, n) == 0 { return at }
                i = at + 1
            }
            return nil
        }
    }

    static func contains(_ s: String, _ sub: String) -> Bool { index(bytes(s), bytes(sub)) != nil }

    /// Byte offsets where each rune of `s` starts (Go's `range` over a string).
    static func runeStarts(_ s: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var i = 0
        while i < s.count {
            starts.append(i)
            i += GoUTF8.decodeRune(s, at: i).1
        }
        return starts
    }

    /// `strings.Split` / `SplitN` (n < 0: all; n == 0: nil).
    static func split(_ str: String, _ sepStr: String, n inN: Int = -1) -> [String] {
        if inN == 0 { return [] }
        let s = bytes(str), sep = bytes(sepStr)
        if sep.isEmpty {
            // explode into runes, the last one holding the rest
            let starts = runeStarts(s)
            var n = inN
            if n < 0 || n > starts.count { n = starts.count }
            var parts: [String] = []
            for k in 0..<n {
                let from = starts[k]
                let to = k == n - 1 ? s.count : starts[k + 1]
                parts.append(GoUTF8.string(s[from..<to]))
            }
            return parts
        }
        var parts: [String] = []
        var start = 0
        var n = inN
        if n < 0 { n = Int.max }
        while parts.count < n - 1, let i = index(s, sep, from: start) {
            parts.append(GoUTF8.string(s[start..<i]))
            start = i + sep.count
        }
        parts.append(GoUTF8.string(s[start...]))
        return parts
    }

    /// `strings.Replace(s, old, new, -1)`.
    static func replaceAll(_ str: String, _ oldStr: String, _ newStr: String) -> String {
        let s = bytes(str), old = bytes(oldStr), new = bytes(newStr)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        if old.isEmpty {
            // new before every rune and at the end
            let starts = runeStarts(s)
            for (k, st) in starts.enumerated() {
                out.append(contentsOf: new)
                let to = k + 1 < starts.count ? starts[k + 1] : s.count
                out.append(contentsOf: s[st..<to])
            }
            out.append(contentsOf: new)
            return GoUTF8.string(out)
        }
        var start = 0
        while let i = index(s, old, from: start) {
            out.append(contentsOf: s[start..<i])
            out.append(contentsOf: new)
            start = i + old.count
        }
        out.append(contentsOf: s[start...])
        return GoUTF8.string(out)
    }

    /// `strings.TrimSpace`.
    static func trimSpace(_ str: String) -> String { GoWhitespace.trimSpace(str) }

    /// `strings.Trim(s, cutset)`.
    static func trim(_ str: String, cutset: String) -> String {
        if str.isEmpty || cutset.isEmpty { return str }
        let set = Set(cutset.unicodeScalars.map { $0.value })
        let scalars = Array(str.unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && set.contains(scalars[lo].value) { lo += 1 }
        while hi > lo && set.contains(scalars[hi - 1].value) { hi -= 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<hi])
        return String(v)
    }

    /// `strings.Fields`: runs of non-space runes.
    static func fields(_ str: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        var inField = false
        for r in str.unicodeScalars {
            if GoWhitespace.isSpace(r) {
                if inField { out.append(String(cur)); cur = String.UnicodeScalarView(); inField = false }
            } else {
                cur.append(r)
                inField = true
            }
        }
        if inField { out.append(String(cur)) }
        return out
    }

    /// `strings.Title` (deprecated in Go, still what Sprig's `title` calls).
    static func title(_ s: String) -> String {
        var prev: Unicode.Scalar = " "
        return GoUnicode.mapScalars(s) { r in
            defer { prev = r }
            return isTitleSeparator(prev) ? GoUnicode.toTitle(r) : r
        }
    }

    private static func isTitleSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7F {
            switch r.value {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A, 0x5F: return false
            default: return true
            }
        }
        if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
        return GoWhitespace.isSpace(r)
    }

    static func toUpper(_ s: String) -> String { GoUnicode.mapScalars(s, GoUnicode.toUpper) }
    static func toLower(_ s: String) -> String { GoUnicode.mapScalars(s, GoUnicode.toLower) }
}
