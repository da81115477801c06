/// libyaml's (and go-yaml v2's) `yaml_emitter_analyze_scalar`: which styles
/// can represent a scalar's text.
struct YAMLScalarAnalysis {
    var multiline = false
    var flowPlainAllowed = false
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = false

    init(_ value: [UInt8], flavor: GoYAMLEmitter.Flavor = .v2) {
        if YAMLScalarAnalysis.isPlainWord(value) {
            self.init(plainWord: ())
        } else {
            self.init(scanning: value, flavor: flavor)
        }
    }

    /// What the full scan finds for a plain word: no indicator, space, break
    /// or special character anywhere.
    private init(plainWord: Void) {
        flowPlainAllowed = true
        singleQuotedAllowed = true
        blockAllowed = true
    }

    /// The byte-by-byte analysis, as libyaml does it.
    init(scanning value: [UInt8], flavor: GoYAMLEmitter.Flavor = .v2) {
        if value.isEmpty { return }
        var tabCharacters = false
        var blockIndicators = false
        var flowIndicators = false
        var lineBreaks = false
        var specialCharacters = false
        var leadingSpace = false
        var leadingBreak = false
        var trailingSpace = false
        var trailingBreak = false
        var breakSpace = false
        var spaceBreak = false
        var previousSpace = false
        var previousBreak = false

        if value.count >= 3 && ((value[0] == UInt8(ascii: "-") && value[1] == UInt8(ascii: "-") && value[2] == UInt8(ascii: "-"))
            || (value[0] == UInt8(ascii: ".") && value[1] == UInt8(ascii: ".") && value[2] == UInt8(ascii: "."))) {
            blockIndicators = true
            flowIndicators = true
        }

        var precededByWhitespace = true
        var i = 0
        while i < value.count {
            let w = YAMLBytes.width(value[i])
            let followedByWhitespace = i + w >= value.count || YAMLBytes.isBlank(value, i + w)
            let c = value[i]
            if i == 0 {
                switch c {
                case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                     UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                     UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                     UInt8(ascii: "`"):
                    flowIndicators = true
                    blockIndicators = true
                case UInt8(ascii: "?"), UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "-"):
                    if followedByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            } else {
                switch c {
                case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    flowIndicators = true
                case UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "#"):
                    if precededByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            }

            if flavor == .v3 && c == 0x09 {
                tabCharacters = true
            } else if !YAMLBytes.isPrintable(value, i) {
                specialCharacters = true
            }
            if c == UInt8(ascii: " ") {
                if i == 0 { leadingSpace = true }
                if i + w == value.count { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if YAMLBytes.isBreak(value, i) {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i + w == value.count { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = YAMLBytes.isBlankZ(value, i)
            i += w
        }

        multiline = lineBreaks
        flowPlainAllowed = true
        blockPlainAllowed = true
        singleQuotedAllowed = true
        blockAllowed = true
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if tabCharacters {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if lineBreaks {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if flowIndicators { flowPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }
}

extension YAMLScalarAnalysis {
    /// ASCII letters, digits and `_ . / -` only, not starting with `-` or `.`
    /// (which can start an indicator or a document marker).
    static func isPlainWord(_ value: [UInt8]) -> Bool {
        guard let first = value.first, first != UInt8(ascii: "-"), first != UInt8(ascii: ".") else { return false }
        for c in value {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"),
                 UInt8(ascii: "-"):
                continue
            default:
                return false
            }
        }
        return true
    }
}

/// libyaml's byte-class macros on UTF-8 text (reads past the end count as NUL).
enum YAMLBytes {
    @inline(__always) static func at(_ b: [UInt8], _ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }

    @inline(__always) static func width(_ c: UInt8) -> Int {
        if c & 0x80 == 0 { return 1 }
        if c & 0xE0 == 0xC0 { return 2 }
        if c & 0xF0 == 0xE0 { return 3 }
        if c & 0xF8 == 0xF0 { return 4 }
        return 1
    }

    static func isPrintable(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i), c1 = at(b, i + 1), c2 = at(b, i + 2)
        return c == 0x0A
            || (c >= 0x20 && c <= 0x7E)
            || (c == 0xC2 && c1 >= 0xA0)
            || (c > 0xC2 && c < 0xED)
            || (c == 0xED && c1 < 0xA0)
            || c == 0xEE
            || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)))
    }

    @inline(__always) static func isBlank(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i)
        return c == 0x20 || c == 0x09
    }

    static func isBreak(_ b: [UInt8], _ i: Int) -> Bool {
        let c = at(b, i)
        return c == 0x0D || c == 0x0A
            || (c == 0xC2 && at(b, i + 1) == 0x85)
            || (c == 0xE2 && at(b, i + 1) == 0x80 && (at(b, i + 2) == 0xA8 || at(b, i + 2) == 0xA9))
    }

    static func isBlankZ(_ b: [UInt8], _ i: Int) -> Bool {
        isBlank(b, i) || isBreak(b, i) || at(b, i) == 0
    }

    /// go-yaml's `is_bom(b, i)` looks at the start of the text, whatever `i` is.
    static func startsWithBOM(_ b: [UInt8]) -> Bool {
        at(b, 0) == 0xEF && at(b, 1) == 0xBB && at(b, 2) == 0xBF
    }
}
