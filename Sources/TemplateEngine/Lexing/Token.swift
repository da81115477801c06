/// The kinds of token Go's template lexer emits (`text/template/parse` item types).
/// The order matters: every keyword comes after `keyword`.
enum TokenKind: UInt8, Comparable {
    case error          // value is the error text
    case bool           // true / false
    case char           // printable ASCII grab bag (comma, …)
    case charConstant   // 'a'
    case comment
    case complex        // 1+2i
    case assign         // =
    case declare        // :=
    case eof
    case field          // .Name
    case identifier     // name
    case leftDelim
    case leftParen
    case number
    case pipe
    case rawString
    case rightDelim
    case rightParen
    case space
    case string
    case text
    case variable       // $ or $name
    case keyword        // delimits the keywords below
    case block
    case breakKeyword
    case continueKeyword
    case dot
    case define
    case elseKeyword
    case end
    case ifKeyword
    case nilKeyword
    case range
    case template
    case with

    static func < (a: TokenKind, b: TokenKind) -> Bool { a.rawValue < b.rawValue }

    /// The keyword spelled by `word`, if any.
    static func keyword(_ word: ArraySlice<UInt8>) -> TokenKind? {
        guard let first = word.first, word.count <= 8 else { return nil }
        func spells(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == word.count else { return false }
            var i = word.startIndex
            for b in UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount) {
                if word[i] != b { return false }
                i += 1
            }
            return true
        }
        switch first {
        case 0x2E: return word.count == 1 ? .dot : nil
        case 0x62:
            if spells("block") { return .block }
            return spells("break") ? .breakKeyword : nil
        case 0x63: return spells("continue") ? .continueKeyword : nil
        case 0x64: return spells("define") ? .define : nil
        case 0x65:
            if spells("else") { return .elseKeyword }
            return spells("end") ? .end : nil
        case 0x69: return spells("if") ? .ifKeyword : nil
        case 0x72: return spells("range") ? .range : nil
        case 0x6E: return spells("nil") ? .nilKeyword : nil
        case 0x74: return spells("template") ? .template : nil
        case 0x77: return spells("with") ? .with : nil
        default: return nil
        }
    }
}

/// One token: its kind, the byte range of its text in the lexer's input,
/// and the line it starts on. Plain data (no text of its own), so moving
/// tokens around costs no allocation or reference counting; the text is
/// read from the input only where the parser needs it.
struct Token {
    var kind: TokenKind
    var pos: Int
    var end: Int
    var line: Int
}
