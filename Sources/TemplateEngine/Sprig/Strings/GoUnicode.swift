/// Go's `unicode` package predicates and simple (one-rune) case mappings.
/// Go maps case rune by rune (`ToUpper("ß")` is `"ß"`), unlike Swift's
/// full-string mappings, so every mapping here keeps one scalar per scalar.
enum GoUnicode {
    // ASCII is answered without the Unicode property tables (the same answers;
    // GoUnicodeTests compares them for every ASCII scalar).

    static func isUpper(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x41 && r.value <= 0x5A }
        return r.properties.generalCategory == .uppercaseLetter
    }

    static func isLower(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x61 && r.value <= 0x7A }
        return r.properties.generalCategory == .lowercaseLetter
    }

    static func isTitle(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return false }
        return r.properties.generalCategory == .titlecaseLetter
    }

    static func isLetter(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return isUpper(r) || isLower(r) }
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDigit(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x30 && r.value <= 0x39 }
        return r.properties.generalCategory == .decimalNumber
    }

    static func isNumber(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x30 && r.value <= 0x39 }
        switch r.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    static func isPunct(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 {
            switch r {
            case "!", "\"", "#", "%", "&", "'", "(", ")", "*", ",", "-", ".", "/", ":", ";", "?", "@", "[", "\\",
                 "]", "_", "{", "}":
                return true
            default:
                return false
            }
        }
        switch r.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    private static func single(_ s: String) -> Unicode.Scalar? {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first
    }

    static func toUpper(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 {
            if r.value >= 0x61 && r.value <= 0x7A, let u = Unicode.Scalar(r.value - 32) { return u }
            return r
        }
        if let u = single(r.properties.uppercaseMapping) { return u }
        // Greek letters with ypogegrammeni map to their titlecase form.
        if let t = single(r.properties.titlecaseMapping), t != r, isTitle(t) { return t }
        return r
    }

    static func toLower(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 {
            if r.value >= 0x41 && r.value <= 0x5A, let l = Unicode.Scalar(r.value + 32) { return l }
            return r
        }
        if r.value == 0x130 { return "i" }
        if let l = single(r.properties.lowercaseMapping) { return l }
        return r
    }

    static func toTitle(_ r: Unicode.Scalar) -> Unicode.Scalar {
        if r.value < 0x80 { return toUpper(r) }
        if let t = single(r.properties.titlecaseMapping) { return t }
        return r
    }

    /// Maps each scalar of `s` (Go's `strings.Map` with a one-rune mapping).
    static func mapScalars(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        // strings.Map decodes an invalid byte as U+FFFD.
        for r in s.unicodeScalars { out.append(f(GoBytes.isEscape(r.value) ? "\u{FFFD}" : r)) }
        return String(out)
    }
}
