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
    static func keyword(_ word: Substring) -> TokenKind? {
        switch word {
        case ".": return .dot
        case "block": return .block
        case "break": return .breakKeyword
        case "continue": return .continueKeyword
        case "define": return .define
        case "else": return .elseKeyword
        case "end": return .end
        case "if": return .ifKeyword
        case "range": return .range
        case "nil": return .nilKeyword
        case "template": return .template
        case "with": return .with
        default: return nil
        }
    }
}

/// One token: its kind, byte offset, text and the line it starts on.
struct Token {
    var kind: TokenKind
    var pos: Int
    var value: String
    var line: Int

    /// Go's `item.String()`, used in parse error messages.
    var goDescription: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return value
        default:
            if kind > .keyword { return "<\(value)>" }
            if value.unicodeScalars.count > 10 {
                return GoStrconv.quote(String(String.UnicodeScalarView(value.unicodeScalars.prefix(10)))) + "..."
            }
            return GoStrconv.quote(value)
        }
    }
}
