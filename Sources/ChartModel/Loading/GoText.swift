import Foundation

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
        if isGoSpace(u) {
            out.append(" ")
        } else if isGoPrint(u) {
            out.append(u)
        }
    }
    return String(out)
}

private func isGoSpace(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
    default: return u.value > 0xFF && u.properties.isWhitespace
    }
}

/// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and ASCII space.
private func isGoPrint(_ u: Unicode.Scalar) -> Bool {
    if u.value == 0x20 { return true }
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
         .nonspacingMark, .spacingMark, .enclosingMark,
         .decimalNumber, .letterNumber, .otherNumber,
         .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
         .initialPunctuation, .finalPunctuation, .otherPunctuation,
         .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        return true
    default:
        return false
    }
}

