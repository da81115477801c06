/// Go's `strconv.IsPrint` / `unicode.IsPrint`: letters, marks, numbers,
/// punctuation, symbols and the ASCII space.
enum GoIsPrint {
    static func isPrint(_ r: UInt32) -> Bool {
        if r <= 0xFF {
            if r >= 0x20 && r < 0x7F { return true }
            if r >= 0xA1 && r <= 0xFF { return r != 0xAD }
            return false
        }
        guard let scalar = Unicode.Scalar(r) else { return false }
        switch scalar.properties.generalCategory {
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

    /// Go's `unicode.IsGraphic` beyond `IsPrint`: the other space separators.
    static func isGraphic(_ r: UInt32) -> Bool {
        if isPrint(r) { return true }
        guard let scalar = Unicode.Scalar(r) else { return false }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
