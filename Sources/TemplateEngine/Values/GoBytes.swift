/// Go strings are byte sequences that need not be UTF-8; a Swift `String` is
/// always Unicode. A byte of a Go string that is not part of valid UTF-8 is
/// kept in a `String` as one reserved scalar, U+10FC00 + byte (U+10FC80 to
/// U+10FCFF, private use of plane 16), so that it survives concatenation,
/// printing and slicing and comes back as the same byte where Go works on a
/// string's bytes (`b64enc`, `len`, `%x`, `quote`, `sha256sum`, the manifest
/// check). Text that is valid UTF-8 holds no such scalar, so the common case
/// costs one scan for the byte 0xF4 at most.
public enum GoBytes {
    /// The scalar that stands for invalid byte `b` is `escapeBase + b`
    /// (`b` is 0x80...0xFF: ASCII bytes are always valid).
    public static let escapeBase: UInt32 = 0x10FC00
    /// The UTF-8 lead byte of every escape scalar.
    @usableFromInline static let escapeLead: UInt8 = 0xF4

    /// Is `scalar` the stand-in for an invalid byte?
    @inline(__always)
    public static func isEscape(_ scalar: UInt32) -> Bool { scalar >= escapeBase + 0x80 && scalar <= escapeBase + 0xFF }

    /// A string from Go bytes: valid UTF-8 as it is, each byte that Go's
    /// `utf8.DecodeRune` calls invalid as its escape scalar.
    public static func string<C: Collection<UInt8>>(_ bytes: C) -> String {
        // Valid UTF-8 decodes to itself, and a repair always writes U+FFFD,
        // so the common case costs one decode (plus a scan when not ASCII).
        let decoded = String(decoding: bytes, as: UTF8.self)
        let ascii = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            var all: UInt8 = 0
            for b in buffer { all |= b }
            return all < 0x80
        } ?? false
        if ascii || !containsReplacementCharacter(decoded) { return decoded }
        return escapedString(Array(bytes))
    }

    /// The Go bytes a string stands for: its UTF-8 with every escape scalar
    /// turned back into its byte.
    public static func bytes(_ s: String) -> [UInt8] {
        guard hasEscapes(s) else { return Array(s.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        appendBytes(of: s, to: &out)
        return out
    }

    /// Appends the Go bytes of `s` to `out`.
    public static func appendBytes(of s: String, to out: inout [UInt8]) {
        guard hasEscapes(s) else {
            out.append(contentsOf: s.utf8)
            return
        }
        for scalar in s.unicodeScalars {
            if isEscape(scalar.value) {
                out.append(UInt8(truncatingIfNeeded: scalar.value - escapeBase))
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
    }

    /// Go's `len(s)`: the number of bytes.
    public static func count(_ s: String) -> Int {
        let n = s.utf8.count
        guard hasEscapes(s) else { return n }
        // An escape scalar is 4 bytes of UTF-8 for 1 byte of Go.
        var escapes = 0
        for scalar in s.unicodeScalars where isEscape(scalar.value) { escapes += 1 }
        return n - 3 * escapes
    }

    /// `s` with each escape scalar replaced by U+FFFD, as Go's JSON encoding
    /// (and so `toYaml`) makes of invalid bytes.
    public static func replacingEscapes(_ s: String) -> String {
        guard hasEscapes(s) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(isEscape(scalar.value) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// Does `s` hold any escape scalar? One scan for the lead byte 0xF4.
    @inline(__always)
    public static func hasEscapes(_ s: String) -> Bool {
        let utf8 = s.utf8
        if let found = utf8.withContiguousStorageIfAvailable({ hasEscapes($0) }) { return found }
        return hasEscapes(Array(utf8))
    }

    /// Does this UTF-8 hold any escape scalar (F4 8F B2/B3 xx)?
    public static func hasEscapes<C: Collection<UInt8>>(_ utf8: C) -> Bool where C.Index == Int {
        var i = utf8.startIndex
        let end = utf8.endIndex
        while i < end {
            if utf8[i] == escapeLead, i + 2 < end, utf8[i + 1] == 0x8F, utf8[i + 2] & 0xFE == 0xB2 { return true }
            i += 1
        }
        return false
    }

    /// Does `s` hold U+FFFD (EF BF BD)?
    private static func containsReplacementCharacter(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD { return true }
                i += 1
            }
            return false
        }
    }

    private static func escapedString(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let (rune, width) = UTF8Runes.decode(buffer, at: i)
                if rune == UTF8Runes.runeError && width == 1 {
                    out.append(Unicode.Scalar(escapeBase + UInt32(buffer[i])) ?? "\u{FFFD}")
                } else {
                    out.append(Unicode.Scalar(rune) ?? "\u{FFFD}")
                }
                i += width
            }
        }
        return String(out)
    }
}
