/// Go's `filepath.Match` (Unix separator `/`), on UTF-8 bytes. A malformed
/// pattern does not match (Helm's `--show-only` ignores the error).
public enum GoFilePathMatch {
    struct BadPattern: Error {}

    public static func match(_ pattern: String, _ name: String) -> Bool {
        (try? matchOrThrow(Array(pattern.utf8)[...], Array(name.utf8)[...])) ?? false
    }

    static func matchOrThrow(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) throws -> Bool {
        var p = pattern
        var nm = name
        pat: while !p.isEmpty {
            let (star, chunk, rest) = scanChunk(p)
            p = rest
            if star && chunk.isEmpty {
                return !nm.contains(UInt8(ascii: "/"))
            }
            let t = try matchChunk(chunk, nm)
            if let t, t.isEmpty || !p.isEmpty {
                nm = t
                continue
            }
            if star {
                var i = nm.startIndex
                while i < nm.endIndex, nm[i] != UInt8(ascii: "/") {
                    if let t = try matchChunk(chunk, nm[(i + 1)...]) {
                        if p.isEmpty && !t.isEmpty {
                            i += 1
                            continue
                        }
                        nm = t
                        continue pat
                    }
                    i += 1
                }
            }
            // Go keeps checking the rest of the pattern for syntax errors.
            while !p.isEmpty {
                let (_, chunk, rest) = scanChunk(p)
                p = rest
                _ = try matchChunk(chunk, []) 
            }
            return false
        }
        return nm.isEmpty
    }

    static func scanChunk(_ pattern: ArraySlice<UInt8>) -> (Bool, ArraySlice<UInt8>, ArraySlice<UInt8>) {
        var p = pattern
        var star = false
        while let f = p.first, f == UInt8(ascii: "*") {
            p = p.dropFirst()
            star = true
        }
        var inRange = false
        var i = p.startIndex
        scan: while i < p.endIndex {
            switch p[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < p.endIndex { i += 1 }
            case UInt8(ascii: "["):
                inRange = true
            case UInt8(ascii: "]"):
                inRange = false
            case UInt8(ascii: "*"):
                if !inRange { break scan }
            default:
                break
            }
            i += 1
        }
        return (star, p[p.startIndex..<i], p[i...])
    }

    static func decodeRune(_ b: ArraySlice<UInt8>) -> (UInt32, Int) {
        guard let c = b.first else { return (0xFFFD, 0) }
        if c < 0x80 { return (UInt32(c), 1) }
        for n in 2...4 where b.count >= n {
            let bytes = Array(b.prefix(n))
            if let s = String(validating: bytes, as: UTF8.self), let scalar = s.unicodeScalars.first,
               s.unicodeScalars.count == 1 {
                return (scalar.value, n)
            }
        }
        return (0xFFFD, 1)
    }

    static func getEsc(_ chunk: ArraySlice<UInt8>) throws -> (UInt32, ArraySlice<UInt8>) {
        var c = chunk
        guard let f = c.first, f != UInt8(ascii: "-"), f != UInt8(ascii: "]") else { throw BadPattern() }
        if f == UInt8(ascii: "\\") {
            c = c.dropFirst()
            if c.isEmpty { throw BadPattern() }
        }
        let (r, n) = decodeRune(c)
        if r == 0xFFFD && n == 1 { throw BadPattern() }
        c = c.dropFirst(n)
        if c.isEmpty { throw BadPattern() }
        return (r, c)
    }

    /// The rest of `s` after matching `chunk`, or nil when it does not match.
    static func matchChunk(_ chunkIn: ArraySlice<UInt8>, _ sIn: ArraySlice<UInt8>) throws -> ArraySlice<UInt8>? {
        var chunk = chunkIn
        var s = sIn
        var failed = false
        while let c = chunk.first {
            if !failed && s.isEmpty { failed = true }
            switch c {
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
                    if let f = chunk.first, f == UInt8(ascii: "]"), nrange > 0 {
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
                    if s.first == UInt8(ascii: "/") { failed = true }
                    let (_, n) = decodeRune(s)
                    s = s.dropFirst(n)
                }
                chunk = chunk.dropFirst()
            case UInt8(ascii: "\\"):
                chunk = chunk.dropFirst()
                if chunk.isEmpty { throw BadPattern() }
                fallthrough
            default:
                if !failed {
                    if chunk.first != s.first { failed = true }
                    s = s.dropFirst()
                }
                chunk = chunk.dropFirst()
            }
        }
        return failed ? nil : s
    }
}
