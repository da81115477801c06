/// A `bytes.Buffer` read rune by rune, as Helm's `strvals` reads its input:
/// invalid UTF-8 reads as U+FFFD of width 1; one rune can be unread.
struct RuneScanner {
    let bytes: [UInt8]
    private(set) var offset = 0
    private var lastWidth = 0

    init(_ s: String) { bytes = Array(s.utf8) }

    /// The next rune, or nil at the end (Go's `io.EOF`).
    mutating func read() -> Unicode.Scalar? {
        guard offset < bytes.count else {
            lastWidth = 0
            return nil
        }
        let (r, n) = GoPathMatch.decodeRune(bytes[offset...])
        offset += n
        lastWidth = n
        return Unicode.Scalar(r) ?? "\u{FFFD}"
    }

    mutating func unread() {
        offset -= lastWidth
        lastWidth = 0
    }

    /// What remains unread (`Buffer.String()`).
    var remaining: ArraySlice<UInt8> { bytes[offset...] }

    mutating func skip(_ n: Int) {
        offset = min(bytes.count, offset + n)
        lastWidth = 0
    }

    /// Go's `runesUntil`: runes up to one of `stop`; with `escapes`, a
    /// backslash takes the next rune literally. Returns the runes, the stop
    /// rune (nil at the end of input) and whether the end was reached.
    mutating func runesUntil(_ stop: Set<Unicode.Scalar>, escapes: Bool) -> (String.UnicodeScalarView, Unicode.Scalar?, Bool) {
        var v = String.UnicodeScalarView()
        while true {
            guard let r = read() else { return (v, nil, true) }
            if stop.contains(r) { return (v, r, false) }
            if escapes && r == "\\" {
                guard let next = read() else { return (v, nil, true) }
                v.append(next)
                continue
            }
            v.append(r)
        }
    }
}
