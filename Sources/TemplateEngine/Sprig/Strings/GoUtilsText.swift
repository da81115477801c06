/// Masterminds/goutils v1.1.1 text functions behind Sprig's `wrap`,
/// `wrapWith`, `abbrev`, `abbrevboth`, `initials`, `nospace`, `untitle` and
/// `swapcase`. Several work on bytes, reading each byte as a rune, as the
/// Go code does.
enum GoUtilsText {
    /// `WrapCustom(str, wrapLength, newLineStr, wrapLongWords)`.
    static func wrapCustom(_ string: String, _ inLength: Int, _ newLine: String, _ wrapLongWords: Bool) -> String {
        let str = Array(string.utf8)
        if str.isEmpty { return "" }
        let nl = newLine.isEmpty ? Array("\n".utf8) : Array(newLine.utf8)
        let wrapLength = inLength < 1 ? 1 : inLength
        let inputLineLength = str.count
        var offset = 0
        var out: [UInt8] = []
        while inputLineLength - offset > wrapLength {
            if str[offset] == 0x20 {
                offset += 1
                continue
            }
            let end = wrapLength + offset + 1
            var spaceToWrapAt = -1
            var k = end - 1
            while k >= offset {
                if str[k] == 0x20 { spaceToWrapAt = k; break }
                k -= 1
            }
            if spaceToWrapAt >= offset {
                out.append(contentsOf: str[offset..<spaceToWrapAt])
                out.append(contentsOf: nl)
                offset = spaceToWrapAt + 1
            } else if wrapLongWords {
                let e = wrapLength + offset
                out.append(contentsOf: str[offset..<e])
                out.append(contentsOf: nl)
                offset += wrapLength
            } else {
                let e = wrapLength + offset
                if let index = str[e...].firstIndex(of: 0x20) {
                    out.append(contentsOf: str[offset..<index])
                    out.append(contentsOf: nl)
                    offset = index + 1
                } else {
                    out.append(contentsOf: str[offset...])
                    offset = inputLineLength
                }
            }
        }
        out.append(contentsOf: str[offset...])
        return GoUTF8.string(out)
    }

    /// `AbbreviateFull(str, offset, maxWidth)`; nil for its error results.
    static func abbreviateFull(_ string: String, _ inOffset: Int, _ maxWidth: Int) -> String? {
        let str = Array(string.utf8)
        if str.isEmpty { return "" }
        if maxWidth < 4 { return nil }
        if str.count <= maxWidth { return string }
        // Go's int arithmetic wraps; so does this
        var offset = inOffset
        if offset > str.count { offset = str.count }
        if str.count &- offset < maxWidth &- 3 { offset = str.count &- (maxWidth &- 3) }
        let marker = "..."
        if offset <= 4 { return GoUTF8.string(str[0..<(maxWidth - 3)]) + marker }
        if maxWidth < 7 { return nil }
        if offset &+ maxWidth &- 3 < str.count {
            let rest = GoUTF8.string(str[offset...])
            return marker + (abbreviateFull(rest, 0, maxWidth - 3) ?? "")
        }
        return marker + GoUTF8.string(str[(str.count - (maxWidth - 3))...])
    }

    /// `Initials(str)`: the first byte of each whitespace-separated word.
    static func initials(_ string: String) -> String {
        var out: [UInt8] = []
        var lastWasGap = true
        for b in GoBytes.bytes(string) {
            if GoWhitespace.isSpace(UInt32(b)) {
                lastWasGap = true
            } else if lastWasGap {
                GoUTF8.appendRune(UInt32(b), to: &out)
                lastWasGap = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `DeleteWhiteSpace(str)`: drops whitespace bytes; when it drops any,
    /// the other bytes are rewritten as runes (so non-ASCII text changes).
    static func deleteWhiteSpace(_ string: String) -> String {
        var out: [UInt8] = []
        var count = 0
        let bytes = GoBytes.bytes(string)
        for b in bytes where !GoWhitespace.isSpace(UInt32(b)) {
            GoUTF8.appendRune(UInt32(b), to: &out)
            count += 1
        }
        if count == bytes.count { return string }
        return String(decoding: out, as: UTF8.self)
    }

    /// `Uncapitalize(str)`: lower-cases the first rune of each word.
    static func uncapitalize(_ string: String) -> String {
        var next = true
        return GoUnicode.mapScalars(string) { r in
            if GoWhitespace.isSpace(r) {
                next = true
                return r
            }
            if next {
                next = false
                return GoUnicode.toLower(r)
            }
            return r
        }
    }

    /// `SwapCase(str)`: upper/title → lower; lower → title after whitespace
    /// or at the start, else upper.
    static func swapCase(_ string: String) -> String {
        var whitespace = true
        return GoUnicode.mapScalars(string) { r in
            if GoUnicode.isUpper(r) || GoUnicode.isTitle(r) {
                whitespace = false
                return GoUnicode.toLower(r)
            }
            if GoUnicode.isLower(r) {
                if whitespace {
                    whitespace = false
                    return GoUnicode.toTitle(r)
                }
                return GoUnicode.toUpper(r)
            }
            whitespace = GoWhitespace.isSpace(r)
            return r
        }
    }
}
