/// Named rune sets of RE2 syntax: Unicode general categories and scripts for `\p{…}`
/// (with Go's canonical names and aliases) and the Perl (`\d`) and POSIX
/// (`[:alpha:]`) groups.
struct RE2UnicodeCategory {
    enum Kind { case any, ascii, assigned, categories(Set<String>), script([ClosedRange<UInt32>]) }
    let kind: Kind

    func contains(_ v: UInt32) -> Bool {
        switch kind {
        case .any: return true
        case .ascii: return v < 0x80
        case .assigned:
            guard let r = Unicode.Scalar(v) else { return true }
            return r.properties.generalCategory != .unassigned
        case .categories(let names):
            guard let r = Unicode.Scalar(v) else { return names.contains("Cs") }
            return names.contains(RE2UnicodeCategory.shortName(r.properties.generalCategory))
        case .script(let ranges):
            return ranges.contains { $0.contains(v) }
        }
    }

    static func shortName(_ c: Unicode.GeneralCategory) -> String {
        switch c {
        case .uppercaseLetter: return "Lu"
        case .lowercaseLetter: return "Ll"
        case .titlecaseLetter: return "Lt"
        case .modifierLetter: return "Lm"
        case .otherLetter: return "Lo"
        case .nonspacingMark: return "Mn"
        case .spacingMark: return "Mc"
        case .enclosingMark: return "Me"
        case .decimalNumber: return "Nd"
        case .letterNumber: return "Nl"
        case .otherNumber: return "No"
        case .connectorPunctuation: return "Pc"
        case .dashPunctuation: return "Pd"
        case .openPunctuation: return "Ps"
        case .closePunctuation: return "Pe"
        case .initialPunctuation: return "Pi"
        case .finalPunctuation: return "Pf"
        case .otherPunctuation: return "Po"
        case .mathSymbol: return "Sm"
        case .currencySymbol: return "Sc"
        case .modifierSymbol: return "Sk"
        case .otherSymbol: return "So"
        case .spaceSeparator: return "Zs"
        case .lineSeparator: return "Zl"
        case .paragraphSeparator: return "Zp"
        case .control: return "Cc"
        case .format: return "Cf"
        case .surrogate: return "Cs"
        case .privateUse: return "Co"
        case .unassigned: return "Cn"
        @unknown default: return "Cn"
        }
    }

    private static let groups: [String: [String]] = [
        "L": ["Lu", "Ll", "Lt", "Lm", "Lo"], "M": ["Mn", "Mc", "Me"], "N": ["Nd", "Nl", "No"],
        "P": ["Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"], "S": ["Sm", "Sc", "Sk", "So"],
        "Z": ["Zs", "Zl", "Zp"], "C": ["Cc", "Cf", "Cs", "Co"], "Lc": ["Lu", "Ll", "Lt"],
    ]
    private static let singles: Set<String> = [
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf",
        "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
    ]
    /// Go's `unicode.CategoryAliases`, keyed by canonical name.
    private static let aliases: [String: String] = [
        "Casedletter": "Lc", "Closepunctuation": "Pe", "Combiningmark": "M", "Connectorpunctuation": "Pc",
        "Control": "Cc", "Currencysymbol": "Sc", "Dashpunctuation": "Pd", "Decimalnumber": "Nd",
        "Enclosingmark": "Me", "Finalpunctuation": "Pf", "Format": "Cf", "Initialpunctuation": "Pi",
        "Letter": "L", "Letternumber": "Nl", "Lineseparator": "Zl", "Lowercaseletter": "Ll", "Mark": "M",
        "Mathsymbol": "Sm", "Modifierletter": "Lm", "Modifiersymbol": "Sk", "Nonspacingmark": "Mn",
        "Number": "N", "Openpunctuation": "Ps", "Other": "C", "Otherletter": "Lo", "Othernumber": "No",
        "Otherpunctuation": "Po", "Othersymbol": "So", "Paragraphseparator": "Zp", "Privateuse": "Co",
        "Punctuation": "P", "Separator": "Z", "Spaceseparator": "Zs", "Spacingmark": "Mc",
        "Surrogate": "Cs", "Symbol": "S", "Titlecaseletter": "Lt", "Unassigned": "Cn",
        "Uppercaseletter": "Lu", "Cntrl": "Cc", "Digit": "Nd", "Punct": "P",
    ]

    /// Go's `canonicalName`: first letter upper, the rest lower, without `_`, `-`, spaces.
    static func canonicalName(_ name: String) -> String {
        var out = ""
        var first = true
        for c in name.unicodeScalars {
            if c == "_" || c == "-" || c == " " { continue }
            if first {
                out.unicodeScalars.append(c.value >= 0x61 && c.value <= 0x7A ? Unicode.Scalar(c.value - 32) ?? c : c)
                first = false
            } else {
                out.unicodeScalars.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32) ?? c : c)
            }
        }
        return out
    }

    /// The set named `name` and whether it is inverted (`Assigned`), or nil.
    static func named(_ raw: String) -> RE2UnicodeCategory? {
        var name = canonicalName(raw)
        switch name {
        case "Any": return RE2UnicodeCategory(kind: .any)
        case "Assigned": return RE2UnicodeCategory(kind: .assigned)
        case "Ascii": return RE2UnicodeCategory(kind: .ascii)
        default: break
        }
        if let g = groups[name] { return RE2UnicodeCategory(kind: .categories(Set(g))) }
        if singles.contains(name) { return RE2UnicodeCategory(kind: .categories([name])) }
        if let ranges = RE2UnicodeScripts.ranges(name) { return RE2UnicodeCategory(kind: .script(ranges)) }
        if let a = aliases[name] { name = a }
        if let g = groups[name] { return RE2UnicodeCategory(kind: .categories(Set(g))) }
        if singles.contains(name) { return RE2UnicodeCategory(kind: .categories([name])) }
        return nil
    }

    // MARK: Perl and POSIX groups (ASCII only, as in RE2)

    static let digit: [ClosedRange<UInt32>] = [0x30...0x39]
    static let space: [ClosedRange<UInt32>] = [0x09...0x0A, 0x0C...0x0D, 0x20...0x20]
    static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]

    /// `\d \D \s \S \w \W`: ranges and whether negated.
    static func perlGroup(_ c: Unicode.Scalar) -> ([ClosedRange<UInt32>], Bool)? {
        switch c {
        case "d": return (digit, false)
        case "D": return (digit, true)
        case "s": return (space, false)
        case "S": return (space, true)
        case "w": return (word, false)
        case "W": return (word, true)
        default: return nil
        }
    }

    /// `[:alpha:]`, `[:^alpha:]`, … by their full text.
    static func posixGroup(_ text: String) -> ([ClosedRange<UInt32>], Bool)? {
        var name = text
        var negated = false
        guard name.hasPrefix("[:"), name.hasSuffix(":]") else { return nil }
        name = String(name.dropFirst(2).dropLast(2))
        if name.hasPrefix("^") {
            negated = true
            name.removeFirst()
        }
        let ranges: [ClosedRange<UInt32>]
        switch name {
        case "alnum": ranges = [0x30...0x39, 0x41...0x5A, 0x61...0x7A]
        case "alpha": ranges = [0x41...0x5A, 0x61...0x7A]
        case "ascii": ranges = [0x00...0x7F]
        case "blank": ranges = [0x09...0x09, 0x20...0x20]
        case "cntrl": ranges = [0x00...0x1F, 0x7F...0x7F]
        case "digit": ranges = [0x30...0x39]
        case "graph": ranges = [0x21...0x7E]
        case "lower": ranges = [0x61...0x7A]
        case "print": ranges = [0x20...0x7E]
        case "punct": ranges = [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E]
        case "space": ranges = [0x09...0x0D, 0x20...0x20]
        case "upper": ranges = [0x41...0x5A]
        case "word": ranges = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
        case "xdigit": ranges = [0x30...0x39, 0x41...0x46, 0x61...0x66]
        default: return nil
        }
        return (ranges, negated)
    }

    static func isWordChar(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || v == 0x5F || (v >= 0x61 && v <= 0x7A)
    }
}
