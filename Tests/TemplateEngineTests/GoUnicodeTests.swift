import Testing
@testable import TemplateEngine

/// GoUnicode answers ASCII without the Unicode property tables; for every
/// ASCII scalar the answer must be the general category's.
@Suite struct GoUnicodeTests {
    @Test func asciiAnswersMatchTheGeneralCategory() {
        for v in UInt32(0)..<0x80 {
            guard let r = Unicode.Scalar(v) else { continue }
            let c = r.properties.generalCategory
            #expect(GoUnicode.isUpper(r) == (c == .uppercaseLetter), "isUpper \(v)")
            #expect(GoUnicode.isLower(r) == (c == .lowercaseLetter), "isLower \(v)")
            #expect(GoUnicode.isTitle(r) == (c == .titlecaseLetter), "isTitle \(v)")
            let letter = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter].contains(c)
            #expect(GoUnicode.isLetter(r) == letter, "isLetter \(v)")
            #expect(GoUnicode.isDigit(r) == (c == .decimalNumber), "isDigit \(v)")
            #expect(GoUnicode.isNumber(r) == [.decimalNumber, .letterNumber, .otherNumber].contains(c), "isNumber \(v)")
            let punct: [Unicode.GeneralCategory] = [.connectorPunctuation, .dashPunctuation, .openPunctuation,
                                                    .closePunctuation, .initialPunctuation, .finalPunctuation,
                                                    .otherPunctuation]
            #expect(GoUnicode.isPunct(r) == punct.contains(c), "isPunct \(v)")
        }
    }
}
