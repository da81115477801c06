/// huandu/xstrings v1.5 case conversions behind Sprig's `snakecase`,
/// `kebabcase` and `camelcase` (`ToPascalCase`).
enum XStringsCase {
    private enum WordType { case invalid, number, upperCase, alphabet, connector, punct, other }

    static func isConnector(_ r: Unicode.Scalar) -> Bool {
        r == "-" || r == "_" || GoWhitespace.isSpace(r)
    }

    /// A letter that is not CJK.
    static func isAlphabet(_ r: Unicode.Scalar) -> Bool {
        if !GoUnicode.isLetter(r) { return false }
        let v = r.value
        if v < 0x3400 { return true }
        if v >= 0x4E00 && v <= 0x9FCC { return false }
        if v >= 0x3400 && v <= 0x4D85 { return false }
        if v >= 0x20000 && v <= 0x2B81D { return false }
        return true
    }

    /// `ToPascalCase`.
    static func toPascalCase(_ str: String) -> String {
        // Ranging over a Go string reads an invalid byte as U+FFFD.
        let runes = Array(GoBytes.replacingEscapes(str).unicodeScalars)
        if runes.isEmpty { return "" }
        var out = String.UnicodeScalarView()
        var isFirstRuneUpper = false
        var r0: Unicode.Scalar = " "
        var i = 0
        while i < runes.count {
            r0 = runes[i]
            i += 1
            if !isConnector(r0) {
                isFirstRuneUpper = GoUnicode.isUpper(r0)
                r0 = GoUnicode.toUpper(r0)
                break
            }
            out.append(r0)
        }
        if i >= runes.count {
            // also when every rune was a connector: Go writes the last one again
            out.append(r0)
            return String(out)
        }
        while i < runes.count {
            let r1 = r0
            r0 = runes[i]
            i += 1
            if isConnector(r0) && isConnector(r1) {
                out.append(r1)
                continue
            }
            if isConnector(r1) {
                isFirstRuneUpper = GoUnicode.isUpper(r0)
                r0 = GoUnicode.toUpper(r0)
            } else {
                if isFirstRuneUpper {
                    if GoUnicode.isUpper(r0) {
                        r0 = GoUnicode.toLower(r0)
                    } else {
                        isFirstRuneUpper = false
                    }
                }
                out.append(r1)
            }
        }
        out.append(r0)
        return String(out)
    }

    static func toSnakeCase(_ s: String) -> String { camelCaseToLowerCase(s, "_") }
    static func toKebabCase(_ s: String) -> String { camelCaseToLowerCase(s, "-") }

    private static func camelCaseToLowerCase(_ str: String, _ connector: Unicode.Scalar) -> String {
        let runes = Array(str.unicodeScalars)
        if runes.isEmpty { return "" }
        var out = String.UnicodeScalarView()
        var pos = 0
        var (wt, word) = nextWord(runes, &pos)
        while pos < runes.count {
            if wt != .connector { toLower(&out, wt, word, connector) }
            let prev = wt
            let last = word
            (wt, word) = nextWord(runes, &pos)
            switch prev {
            case .number:
                while wt == .alphabet || wt == .number {
                    toLower(&out, wt, word, connector)
                    (wt, word) = nextWord(runes, &pos)
                }
                if wt != .invalid && wt != .punct && wt != .connector { out.append(connector) }
            case .connector:
                toLower(&out, prev, last, connector)
            case .punct:
                break
            default:
                if wt != .number {
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                if pos >= runes.count { break }
                let lastNumber = word
                (wt, word) = nextWord(runes, &pos)
                if wt != .alphabet {
                    toLower(&out, .number, lastNumber, connector)
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                out.append(connector)
                toLower(&out, .number, lastNumber, connector)
                while wt == .alphabet || wt == .number {
                    toLower(&out, wt, word, connector)
                    (wt, word) = nextWord(runes, &pos)
                }
                if wt != .invalid && wt != .connector && wt != .punct { out.append(connector) }
            }
        }
        toLower(&out, wt, word, connector)
        return String(out)
    }

    private static func nextWord(_ runes: [Unicode.Scalar], _ pos: inout Int) -> (WordType, ArraySlice<Unicode.Scalar>) {
        if pos >= runes.count { return (.invalid, []) }
        let start = pos
        let r = runes[pos]
        var end = pos + 1
        var wt: WordType
        func extend(while pred: (Unicode.Scalar) -> Bool) {
            while end < runes.count && pred(runes[end]) { end += 1 }
        }
        if isConnector(r) {
            wt = .connector
            extend(while: isConnector)
        } else if GoUnicode.isPunct(r) {
            wt = .punct
            extend(while: GoUnicode.isPunct)
        } else if GoUnicode.isUpper(r) {
            wt = .upperCase
            if end < runes.count {
                let r2 = runes[end]
                if GoUnicode.isUpper(r2) {
                    end += 1
                    extend(while: GoUnicode.isUpper)
                    // "HTTPStatus": the last upper-case letter starts the next word
                    if end < runes.count && isAlphabet(runes[end]) { end -= 1 }
                } else if isAlphabet(r2) {
                    end += 1
                    extend { isAlphabet($0) && !GoUnicode.isUpper($0) }
                }
            }
        } else if isAlphabet(r) {
            wt = .alphabet
            extend { isAlphabet($0) && !GoUnicode.isUpper($0) }
        } else if GoUnicode.isNumber(r) {
            wt = .number
            extend(while: GoUnicode.isNumber)
        } else {
            wt = .other
            extend { !(isConnector($0) || isAlphabet($0) || GoUnicode.isNumber($0) || GoUnicode.isPunct($0)) }
        }
        pos = end
        return (wt, runes[start..<end])
    }

    private static func toLower(_ out: inout String.UnicodeScalarView, _ wt: WordType,
                                _ word: ArraySlice<Unicode.Scalar>, _ connector: Unicode.Scalar) {
        if wt != .upperCase && wt != .connector {
            out.append(contentsOf: word)
            return
        }
        for r in word {
            if isConnector(r) {
                out.append(connector)
            } else if GoUnicode.isUpper(r) {
                out.append(GoUnicode.toLower(r))
            } else {
                out.append(r)
            }
        }
    }
}
