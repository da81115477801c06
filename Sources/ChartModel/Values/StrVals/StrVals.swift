import TemplateEngine

/// Helm's `pkg/strvals`: the `--set`, `--set-string`, `--set-file`,
/// `--set-json` and `--set-literal` grammars, writing into a values map.
public enum StrVals {
    /// Helm's `MaxIndex`: the largest list index `a[i]` may name.
    public static let maxIndex = 65536
    /// Helm's `MaxNestedNameLevel`: the most dots in one key.
    public static let maxNestedNameLevel = 30

    /// A parse error with Helm's text. `wrapsEOF` marks errors that wrap
    /// `io.EOF`, which end parsing silently as in Helm.
    public struct ParseError: Error, CustomStringConvertible {
        public let message: String
        let wrapsEOF: Bool
        init(_ message: String, wrapsEOF: Bool = false) {
            self.message = message
            self.wrapsEOF = wrapsEOF
        }
        static let eof = ParseError("EOF", wrapsEOF: true)
        public var description: String { message }
    }

    /// `--set`: typed values (bools, int64, null).
    public static func parse(_ s: String, into dest: GoMap) throws {
        var p = StrValsParser(s, mode: .typed)
        try p.parse(into: dest)
    }

    /// `--set-string`: every value a string.
    public static func parseString(_ s: String, into dest: GoMap) throws {
        var p = StrValsParser(s, mode: .strings)
        try p.parse(into: dest)
    }

    /// `--set-file`: each value names a file whose contents become the value.
    public static func parseFile(_ s: String, into dest: GoMap, reader: @escaping (String) throws -> Value) throws {
        var p = StrValsParser(s, mode: .file(reader))
        try p.parse(into: dest)
    }

    /// `--set-json` `key=json` form.
    public static func parseJSON(_ s: String, into dest: GoMap) throws {
        var p = StrValsParser(s, mode: .json)
        try p.parse(into: dest)
    }

    /// `--set-literal`: the whole rest after `=` is one string.
    public static func parseLiteral(_ s: String, into dest: GoMap) throws {
        var p = StrValsLiteralParser(s)
        try p.parse(into: dest)
    }

    /// Go's `typedVal`: `true`/`false`/`null` in any case, `0`, and base-10
    /// int64 not starting with `0`; everything else stays a string.
    static func typedValue(_ s: String, stringsOnly: Bool) -> Value {
        if stringsOnly { return .string(s) }
        if equalFold(s, "true") { return .bool(true) }
        if equalFold(s, "false") { return .bool(false) }
        if equalFold(s, "null") { return .null }
        if s == "0" { return .int64(0) }
        if let f = s.utf8.first, f != UInt8(ascii: "0"), let i = parseInt64(s) { return .int64(i) }
        return .string(s)
    }

    /// Go's `strings.EqualFold` against a lowercase ASCII word (the long s
    /// `ſ` folds to `s`, the Kelvin sign to `k`).
    private static func equalFold(_ s: String, _ word: String) -> Bool {
        var a = s.unicodeScalars.makeIterator()
        var b = word.unicodeScalars.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case let (x?, y?):
                var xv = x.value
                if xv >= 0x41 && xv <= 0x5A { xv += 0x20 }
                if xv == 0x17F { xv = 0x73 }
                if xv == 0x212A { xv = 0x6B }
                if xv != y.value { return false }
            default: return false
            }
        }
    }

    /// `strconv.ParseInt(s, 10, 64)`: optional sign, decimal digits, in range.
    static func parseInt64(_ s: String) -> Int64? {
        var bytes = Substring(s).utf8[...]
        var negative = false
        if let f = bytes.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        if bytes.isEmpty { return nil }
        var v: Int64 = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            let d = Int64(b - UInt8(ascii: "0"))
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (r, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = r
        }
        return v
    }

    /// `strconv.Atoi` with Go's error text.
    static func atoi(_ s: String) -> Result<Int, ParseError> {
        var digits = Substring(s).utf8[...]
        if let f = digits.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { digits = digits.dropFirst() }
        let syntaxOK = !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if !syntaxOK {
            return .failure(ParseError("strconv.Atoi: parsing \(GoStrconv.quote(s)): invalid syntax"))
        }
        guard let v = parseInt64(s) else {
            return .failure(ParseError("strconv.Atoi: parsing \(GoStrconv.quote(s)): value out of range"))
        }
        return .success(Int(v))
    }

    /// Go's `%q` of a `[]rune`: `['a' 'b']`.
    static func quoteRunes(_ runes: String.UnicodeScalarView) -> String {
        "[" + runes.map { GoStrconv.quoteRune($0.value) }.joined(separator: " ") + "]"
    }

    /// The runtime panic text of a failed type assertion `x.(T)`.
    static func conversionPanic(_ v: Value?, want: String) -> String {
        let have: String
        switch v {
        case nil, .null?: have = "nil"
        case let x?: have = x.goTypeName
        }
        return "interface conversion: interface {} is \(have), not \(want)"
    }
}
