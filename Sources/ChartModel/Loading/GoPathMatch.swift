/// Go's `path/filepath.Match` on Unix (`/` separator, `\` escapes), working
/// on UTF-8 bytes: `*` (no `/`), `?`, `[a-z]`, `[^…]`.
public enum GoPathMatch {
    /// Go's `filepath.ErrBadPattern`.
    public struct BadPattern: Error, CustomStringConvertible {
        public var description: String { "syntax error in pattern" }
    }

    public static func match(_ pattern: String, _ name: String) throws -> Bool {
        try match(Array(pattern.utf8), Array(name.utf8))
    }

    static func match(_ patternBytes: [UInt8], _ nameBytes: [UInt8]) throws -> Bool {
        var pattern = patternBytes[...]
        var name = nameBytes[...]
        patternLoop: while !pattern.isEmpty {
            let (star, chunk, rest) = scanChunk(pattern)
            pattern = rest
            if star && chunk.isEmpty {
                return !name.contains(slash)
            }
            let (t, ok) = try matchChunk(chunk, name)
            if ok && (t.isEmpty || !pattern.isEmpty) {
                name = t
                continue
            }
            if star {
                var i = name.startIndex
                while i < name.endIndex && name[i] != slash {
                    let (t2, ok2) = try matchChunk(chunk, name[(i + 1)...])
                    if ok2 {
                        if pattern.isEmpty && !t2.isEmpty {
                            i += 1
                            continue
                        }
                        name = t2
                        continue patternLoop
                    }
                    i += 1
                }
            }
            while !pattern.isEmpty {
                let (_, c, r) = scanChunk(pattern)
                pattern = r
                _ = try matchChunk(c, [][...])
            }
            return false
        }
        return name.isEmpty
    }

    private static let slash = UInt8(ascii: "/")

    private static func scanChunk(_ p: ArraySlice<UInt8>) -> (Bool, ArraySlice<UInt8>, ArraySlice<UInt8>) {
        var pattern = p
        var star = false
        while let f = pattern.first, f == UInt8(ascii: "*") {
            pattern = pattern.dropFirst()
            star = true
        }
        var inRange = false
        var i = pattern.startIndex
        scan: while i < pattern.endIndex {
            switch pattern[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < pattern.endIndex { i += 1 }
            case UInt8(ascii: "["): inRange = true
            case UInt8(ascii: "]"): inRange = false
            case UInt8(ascii: "*"):
                if !inRange { break scan }
            default: break
            }
            i += 1
        }
        return (star, pattern[pattern.startIndex..<i], pattern[i...])
    }

    private static func matchChunk(_ c: ArraySlice<UInt8>, _ str: ArraySlice<UInt8>) throws
        -> (ArraySlice<UInt8>, Bool) {
        var chunk = c
        var s = str
        var failed = false
        while let head = chunk.first {
            if !failed && s.isEmpty { failed = true }
            switch head {
            case UInt8(ascii: "["):
                var r: UInt32 = 0
                if !failed {
                    let (rr, n) = decodeRune(s)
                    r = rr
                    s = s.dropFirst(n)
                }
                chunk = chunk.dropFirst()
                var negated = false
                if chunk.first == UInt8(ascii: "^") {
                    negated = true
                    chunk = chunk.dropFirst()
                }
                var matched = false
                var nrange = 0
                while true {
                    if chunk.first == UInt8(ascii: "]") && nrange > 0 {
                        chunk = chunk.dropFirst()
                        break
                    }
                    let (lo, afterLo) = try getEsc(chunk)
                    chunk = afterLo
                    var hi = lo
                    if chunk.first == UInt8(ascii: "-") {
                        let (h, afterHi) = try getEsc(chunk.dropFirst())
                        hi = h
                        chunk = afterHi
                    }
                    if lo <= r && r <= hi { matched = true }
                    nrange += 1
                }
                if matched == negated { failed = true }
            case UInt8(ascii: "?"):
                if !failed {
                    if s.first == slash { failed = true }
                    let (_, n) = decodeRune(s)
                    s = s.dropFirst(n)
                }
                chunk = chunk.dropFirst()
            default:
                if head == UInt8(ascii: "\\") {
                    chunk = chunk.dropFirst()
                    if chunk.isEmpty { throw BadPattern() }
                }
                if !failed {
                    if chunk.first != s.first { failed = true }
                    s = s.dropFirst()
                }
                chunk = chunk.dropFirst()
            }
        }
        if failed { return ([][...], false) }
        return (s, true)
    }

    private static func getEsc(_ c: ArraySlice<UInt8>) throws -> (UInt32, ArraySlice<UInt8>) {
        var chunk = c
        guard let f = chunk.first, f != UInt8(ascii: "-"), f != UInt8(ascii: "]") else { throw BadPattern() }
        if f == UInt8(ascii: "\\") {
            chunk = chunk.dropFirst()
            if chunk.isEmpty { throw BadPattern() }
        }
        let (r, n) = decodeRune(chunk)
        if r == 0xFFFD && n == 1 { throw BadPattern() }
        let rest = chunk.dropFirst(n)
        if rest.isEmpty { throw BadPattern() }
        return (r, rest)
    }

    /// Go's `utf8.DecodeRune`: (U+FFFD, 1) for an invalid sequence, (U+FFFD, 0) when empty.
    static func decodeRune(_ s: ArraySlice<UInt8>) -> (UInt32, Int) {
        guard let b0 = s.first else { return (0xFFFD, 0) }
        if b0 < 0x80 { return (UInt32(b0), 1) }
        var it = s.prefix(4).makeIterator()
        var decoder = Unicode.UTF8()
        switch decoder.decode(&it) {
        case .scalarValue(let v):
            return (v.value, v.value < 0x800 ? 2 : v.value < 0x10000 ? 3 : 4)
        default:
            return (0xFFFD, 1)
        }
    }
}
