/// Go's template lexer (`text/template/parse/lex.go`) on UTF-8 bytes with the
/// default `{{` `}}` delimiters. Tokens are produced on demand by `nextToken()`;
/// after an error token, only EOF follows.
struct Lexer {
    private let input: [UInt8]
    private var pos = 0
    private var start = 0
    private var width = 0
    private var parenDepth = 0
    private var line = 1
    private var startLine = 1
    private var state: State = .text
    private var finished = false
    /// The message of the error token, once one was emitted.
    private(set) var errorMessage = ""

    private enum State { case text, leftDelim, comment, rightDelim, insideAction, space, identifier,
                              field, variable, char, number, quote, rawQuote }

    private static let eof: UInt32 = 0xFFFF_FFFF
    private static let leftDelim: [UInt8] = [0x7B, 0x7B]   // {{

    init(_ input: [UInt8]) {
        self.input = input
    }

    // MARK: - Rune access

    private mutating func next() -> UInt32 {
        if pos >= input.count {
            width = 0
            return Lexer.eof
        }
        let b = input[pos]
        if b < 0x80 {
            width = 1
            pos += 1
            if b == 0x0A { line += 1 }
            return UInt32(b)
        }
        let (r, w) = UTF8Decoding.decode(input, at: pos)
        width = w
        pos += w
        return r
    }

    private mutating func peek() -> UInt32 {
        let r = next()
        backup()
        return r
    }

    private mutating func backup() {
        pos -= width
        if width == 1 && input[pos] == 0x0A { line -= 1 }
    }

    private mutating func emit(_ kind: TokenKind) -> Token {
        let t = Token(kind: kind, pos: start, end: pos, line: startLine)
        start = pos
        startLine = line
        return t
    }

    private mutating func ignore() {
        line += countNewlines(start, pos)
        start = pos
        startLine = line
    }

    private mutating func errorToken(_ message: String) -> Token {
        finished = true
        errorMessage = message
        return Token(kind: .error, pos: start, end: start, line: startLine)
    }

    /// The source text from `from` to `to`; bytes that are not UTF-8 are
    /// kept (GoBytes), as Go's raw strings and text keep them.
    private func text(_ from: Int, _ to: Int) -> String {
        GoBytes.string(input[from..<to])
    }

    /// A token's text (for an error token, its message).
    func text(of t: Token) -> String {
        t.kind == .error ? errorMessage : text(t.pos, t.end)
    }

    private func countNewlines(_ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        return input.withUnsafeBufferPointer { buf in
            var n = 0
            for i in from..<min(to, buf.count) where buf[i] == 0x0A { n += 1 }
            return n
        }
    }

    private static func isSpaceByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }

    private func hasLeftTrimMarker(at i: Int) -> Bool {
        i + 1 < input.count && input[i] == 0x2D && Lexer.isSpaceByte(input[i + 1])
    }

    private func hasRightTrimMarker(at i: Int) -> Bool {
        i + 1 < input.count && Lexer.isSpaceByte(input[i]) && input[i + 1] == 0x2D
    }

    /// Whether `}}` starts at `i`.
    @inline(__always)
    private func isRightDelim(at i: Int) -> Bool {
        i >= 0 && i + 1 < input.count && input[i] == 0x7D && input[i + 1] == 0x7D
    }

    private func atRightDelim() -> (delim: Bool, trim: Bool) {
        if hasRightTrimMarker(at: pos) && isRightDelim(at: pos + 2) { return (true, true) }
        if isRightDelim(at: pos) { return (true, false) }
        return (false, false)
    }

    private mutating func accept(_ valid: (UInt32) -> Bool) -> Bool {
        if valid(next()) { return true }
        backup()
        return false
    }

    private mutating func acceptRun(_ valid: (UInt32) -> Bool) {
        while valid(next()) {}
        backup()
    }

    // MARK: - Driver

    /// The next token; EOF forever after the input (or an error) ends.
    mutating func nextToken() -> Token {
        while !finished {
            if let t = step() { return t }
        }
        return Token(kind: .eof, pos: pos, end: pos, line: startLine)
    }

    private mutating func step() -> Token? {
        switch state {
        case .text: return lexText()
        case .leftDelim: return lexLeftDelim()
        case .comment: return lexComment()
        case .rightDelim: return lexRightDelim()
        case .insideAction: return lexInsideAction()
        case .space: return lexSpace()
        case .identifier: return lexIdentifier()
        case .field: return lexFieldOrVariable(.field)
        case .variable:
            if atTerminator() {
                state = .insideAction
                return emit(.variable)
            }
            return lexFieldOrVariable(.variable)
        case .char: return lexQuoted(quote: 0x27, error: "unterminated character constant", kind: .charConstant)
        case .number: return lexNumber()
        case .quote: return lexQuoted(quote: 0x22, error: "unterminated quoted string", kind: .string)
        case .rawQuote: return lexRawQuote()
        }
    }

    // MARK: - States

    private mutating func lexText() -> Token? {
        width = 0
        if let x = GoStrings.index(input, Lexer.leftDelim, from: pos) {
            pos = x
            var trimLength = 0
            if hasLeftTrimMarker(at: pos + 2) {
                var k = pos
                while k > start && Lexer.isSpaceByte(input[k - 1]) { k -= 1 }
                trimLength = pos - k
            }
            pos -= trimLength
            var result: Token?
            if pos > start {
                line += countNewlines(start, pos)
                result = emit(.text)
            }
            pos += trimLength
            ignore()
            state = .leftDelim
            return result
        }
        pos = input.count
        if pos > start {
            line += countNewlines(start, pos)
            return emit(.text)
        }
        finished = true
        return emit(.eof)
    }

    private mutating func lexLeftDelim() -> Token? {
        pos += 2
        let trimSpace = hasLeftTrimMarker(at: pos)
        let afterMarker = trimSpace ? 2 : 0
        let c = pos + afterMarker
        if c + 1 < input.count && input[c] == 0x2F && input[c + 1] == 0x2A {  // /*
            pos += afterMarker
            ignore()
            state = .comment
            return nil
        }
        let t = emit(.leftDelim)
        pos += afterMarker
        ignore()
        parenDepth = 0
        state = .insideAction
        return t
    }

    private mutating func lexComment() -> Token? {
        pos += 2
        var i = pos
        var found = -1
        while i + 1 < input.count {
            if input[i] == 0x2A && input[i + 1] == 0x2F { found = i; break }
            i += 1
        }
        if found < 0 { return errorToken("unclosed comment") }
        pos = found + 2
        let (delim, trimSpace) = atRightDelim()
        if !delim { return errorToken("comment ends before closing delimiter") }
        if trimSpace { pos += 2 }
        pos += 2
        if trimSpace {
            while pos < input.count && Lexer.isSpaceByte(input[pos]) { pos += 1 }
        }
        ignore()
        state = .text
        return nil
    }

    private mutating func lexRightDelim() -> Token? {
        let trimSpace = hasRightTrimMarker(at: pos)
        if trimSpace {
            pos += 2
            ignore()
        }
        pos += 2
        let t = emit(.rightDelim)
        if trimSpace {
            while pos < input.count && Lexer.isSpaceByte(input[pos]) { pos += 1 }
            ignore()
        }
        state = .text
        return t
    }

    private mutating func lexInsideAction() -> Token? {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 {
                state = .rightDelim
                return nil
            }
            return errorToken("unclosed left paren")
        }
        let r = next()
        switch r {
        case Lexer.eof:
            return errorToken("unclosed action")
        case 0x20, 0x09, 0x0D, 0x0A:
            backup()
            state = .space
            return nil
        case 0x3D:  // =
            return emit(.assign)
        case 0x3A:  // :
            if next() != 0x3D { return errorToken("expected :=") }
            return emit(.declare)
        case 0x7C:  // |
            return emit(.pipe)
        case 0x22:
            state = .quote
            return nil
        case 0x60:
            state = .rawQuote
            return nil
        case 0x24:  // $
            state = .variable
            return nil
        case 0x27:
            state = .char
            return nil
        case 0x2E:  // .
            if pos < input.count {
                let c = input[pos]
                if c < 0x30 || c > 0x39 {
                    state = .field
                    return nil
                }
            }
            backup()
            state = .number
            return nil
        case 0x2B, 0x2D, 0x30...0x39:
            backup()
            state = .number
            return nil
        case 0x28:
            parenDepth += 1
            return emit(.leftParen)
        case 0x29:
            let t = emit(.rightParen)
            parenDepth -= 1
            if parenDepth < 0 { return errorToken("unexpected right paren") }
            return t
        default:
            if Lexer.isAlphaNumeric(r) {
                backup()
                state = .identifier
                return nil
            }
            if r <= 0x7F && r >= 0x20 && r != 0x7F {
                return emit(.char)
            }
            return errorToken("unrecognized character in action: \(LexerQuoting.unicodeFormat(r))")
        }
    }

    private mutating func lexSpace() -> Token? {
        var numSpaces = 0
        while true {
            let r = peek()
            if !(r == 0x20 || r == 0x09 || r == 0x0D || r == 0x0A) { break }
            _ = next()
            numSpaces += 1
        }
        if hasRightTrimMarker(at: pos - 1) && isRightDelim(at: pos - 1 + 2) {
            backup()
            if numSpaces == 1 {
                state = .rightDelim
                return nil
            }
        }
        state = .insideAction
        return emit(.space)
    }

    private mutating func lexIdentifier() -> Token? {
        while true {
            let r = next()
            if Lexer.isAlphaNumeric(r) { continue }
            backup()
            if !atTerminator() { return errorToken("bad character \(LexerQuoting.unicodeFormat(r))") }
            let word = input[start..<pos]
            state = .insideAction
            if let k = TokenKind.keyword(word), k > .keyword { return emit(k) }
            if word.first == 0x2E { return emit(.field) }
            if word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) { return emit(.bool) }
            return emit(.identifier)
        }
    }

    private mutating func lexFieldOrVariable(_ kind: TokenKind) -> Token? {
        if atTerminator() {
            state = .insideAction
            return emit(kind == .variable ? .variable : .dot)
        }
        var r: UInt32
        repeat {
            r = next()
        } while Lexer.isAlphaNumeric(r)
        backup()
        if !atTerminator() { return errorToken("bad character \(LexerQuoting.unicodeFormat(r))") }
        state = .insideAction
        return emit(kind)
    }

    private mutating func atTerminator() -> Bool {
        let r = peek()
        switch r {
        case 0x20, 0x09, 0x0D, 0x0A, Lexer.eof, 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28, 0x7D:
            return true
        default:
            return false
        }
    }

    private mutating func lexQuoted(quote: UInt32, error: String, kind: TokenKind) -> Token? {
        while true {
            var r = next()
            if r == 0x5C {
                r = next()
                if r != Lexer.eof && r != 0x0A { continue }
                return errorToken(error)
            }
            if r == Lexer.eof || r == 0x0A { return errorToken(error) }
            if r == quote { break }
        }
        state = .insideAction
        return emit(kind)
    }

    private mutating func lexRawQuote() -> Token? {
        while true {
            let r = next()
            if r == Lexer.eof { return errorToken("unterminated raw quoted string") }
            if r == 0x60 { break }
        }
        state = .insideAction
        return emit(.rawString)
    }

    private mutating func lexNumber() -> Token? {
        if !scanNumber() { return errorToken("bad number syntax: \(GoStrconv.quote(text(start, pos)))") }
        let sign = peek()
        if sign == 0x2B || sign == 0x2D {
            if !scanNumber() || input[pos - 1] != 0x69 {
                return errorToken("bad number syntax: \(GoStrconv.quote(text(start, pos)))")
            }
            state = .insideAction
            return emit(.complex)
        }
        state = .insideAction
        return emit(.number)
    }

    private mutating func scanNumber() -> Bool {
        _ = accept { $0 == 0x2B || $0 == 0x2D }
        enum Base { case decimal, hex, octal, binary }
        var base = Base.decimal
        if accept({ $0 == 0x30 }) {
            if accept({ $0 == 0x78 || $0 == 0x58 }) { base = .hex }
            else if accept({ $0 == 0x6F || $0 == 0x4F }) { base = .octal }
            else if accept({ $0 == 0x62 || $0 == 0x42 }) { base = .binary }
        }
        let digits: (UInt32) -> Bool
        switch base {
        case .decimal: digits = { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        case .hex: digits = { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) || ($0 >= 0x41 && $0 <= 0x46) || $0 == 0x5F }
        case .octal: digits = { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }
        case .binary: digits = { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }
        }
        let decimalDigits: (UInt32) -> Bool = { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        acceptRun(digits)
        if accept({ $0 == 0x2E }) { acceptRun(digits) }
        if base == .decimal && accept({ $0 == 0x65 || $0 == 0x45 }) {
            _ = accept { $0 == 0x2B || $0 == 0x2D }
            acceptRun(decimalDigits)
        }
        if base == .hex && accept({ $0 == 0x70 || $0 == 0x50 }) {
            _ = accept { $0 == 0x2B || $0 == 0x2D }
            acceptRun(decimalDigits)
        }
        _ = accept { $0 == 0x69 }  // imaginary
        if Lexer.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }

    static func isAlphaNumeric(_ r: UInt32) -> Bool {
        if r < 0x80 {
            return r == 0x5F || (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5A) || (r >= 0x61 && r <= 0x7A)
        }
        if r == Lexer.eof { return false }
        guard let s = Unicode.Scalar(r) else { return false }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }
}

/// Decoding one rune from UTF-8 bytes the way Go's `utf8.DecodeRune` does
/// (an invalid byte decodes as U+FFFD of width 1).
enum UTF8Decoding {
    static func decode(_ b: [UInt8], at i: Int) -> (UInt32, Int) {
        let c0 = b[i]
        if c0 < 0x80 { return (UInt32(c0), 1) }
        let n = b.count
        func cont(_ k: Int) -> UInt32? {
            guard k < n, b[k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[k] & 0x3F)
        }
        if c0 >= 0xC2 && c0 <= 0xDF, let c1 = cont(i + 1) {
            return ((UInt32(c0 & 0x1F) << 6) | c1, 2)
        }
        if c0 >= 0xE0 && c0 <= 0xEF, let c1 = cont(i + 1), let c2 = cont(i + 2) {
            let r = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
            if r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF) { return (r, 3) }
        }
        if c0 >= 0xF0 && c0 <= 0xF4, let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) {
            let r = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if r >= 0x10000 && r <= 0x10FFFF { return (r, 4) }
        }
        return (0xFFFD, 1)
    }
}
