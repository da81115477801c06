/// Go's `unicode.IsSpace` and the `strings` trims built on it
/// (`strings.TrimSpace`, `TrimLeftFunc`).
public enum GoWhitespace {
    /// `unicode.IsSpace`: ASCII `\t \n \v \f \r` and space, U+0085, U+00A0,
    /// and the Unicode `White_Space` characters above Latin-1.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool { isSpace(s.value) }

    /// `unicode.IsSpace` of a code point.
    @inline(__always)
    public static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `strings.TrimSpace`.
    public static func trimSpace(_ s: String) -> String {
        trimRight(trimLeft(s))
    }

    /// `strings.TrimLeftFunc(s, unicode.IsSpace)`.
    public static func trimLeft(_ s: String) -> String {
        let scalars = s.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex, isSpace(scalars[i]) { i = scalars.index(after: i) }
        if i == scalars.startIndex { return s }
        return String(scalars[i...])
    }

    /// `strings.TrimRightFunc(s, unicode.IsSpace)`.
    public static func trimRight(_ s: String) -> String {
        let scalars = s.unicodeScalars
        var j = scalars.endIndex
        while j > scalars.startIndex {
            let p = scalars.index(before: j)
            if !isSpace(scalars[p]) { break }
            j = p
        }
        if j == scalars.endIndex { return s }
        return String(scalars[..<j])
    }

    /// Whether `strings.TrimSpace(s) == ""`.
    public static func isBlank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy(isSpace)
    }
}
