import TemplateEngine

/// Helm's `strvals.literalParser` (`--set-literal`): keys as in `--set`
/// but without `\` escapes or `,` separators; everything after `=` is one
/// string value.
struct StrValsLiteralParser: StrValsKeyGrammar {
    var sc: RuneScanner

    init(_ s: String) { sc = RuneScanner(s) }

    static let escapes = false
    static let keyStops: Set<Unicode.Scalar> = ["=", "[", "."]

    mutating func assignValue(_ data: GoMap, _ key: String) -> ParseError? {
        set(data, key, .string(value()))
        return nil
    }

    mutating func assignListItem(_ list: [Value], _ i: Int) -> ([Value], ParseError?) {
        setIndex(list, i, .string(value()))
    }

    private mutating func value() -> String {
        let (v, _, _) = sc.runesUntil([], escapes: false)
        return String(v)
    }
}
