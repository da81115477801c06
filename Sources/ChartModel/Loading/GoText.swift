import Foundation
import TemplateEngine

/// Go's `unicode.IsSpace` set, for `strings.TrimSpace`.
let goSpace = CharacterSet(charactersIn: "\t\n\u{0B}\u{0C}\r \u{85}\u{A0}")
    .union(.whitespacesAndNewlines)

/// Helm's `sanitizeString`: spaces of any kind become ' ', characters that
/// are not printable are dropped.
func sanitizeChartString(_ s: String) -> String {
    var needs = false
    for u in s.unicodeScalars where u.value < 0x20 || u.value >= 0x7F {
        needs = true
        break
    }
    if !needs { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
        if GoWhitespace.isSpace(u) {
            out.append(" ")
        } else if GoIsPrint.isPrint(u.value) {
            out.append(u)
        }
    }
    return String(out)
}
