import TemplateEngine

/// Helm's `fromToml`: BurntSushi/toml's `Unmarshal` into
/// `map[string]interface{}`. Integers are int64, floats float64, tables
/// maps, arrays of tables `[]map[string]interface {}`; date-times are kept
/// as their text. Errors read `toml: line N (last key "k"): …` like
/// BurntSushi's for the common cases.
public enum TOMLDecoder {
    /// Nesting limit for arrays and inline tables.
    static let maxDepth = 10_000

    public static func decode(_ text: String) throws -> GoMap {
        let bytes = GoBytes.bytes(text)
        // BurntSushi/toml's lexer fails on the first byte that is not UTF-8
        // when it reaches it: the parser reads up to that byte, and an error
        // it meets there (or reaching it) becomes the lexer's.
        let invalid = firstInvalidUTF8(bytes)
        var p = Parser(invalid.map { Array(bytes[..<$0]) } ?? bytes)
        if let at = invalid {
            p.invalidByte = (bytes[at], 1 + bytes[..<at].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
        }
        try p.parseDocument()
        if p.invalidByte != nil { throw p.fail("") }
        return p.root.toGoMap()
    }

    /// What BurntSushi/toml quotes when no value can start with `text`: the
    /// run of letters it read as a would-be boolean, or else the first rune.
    static func unexpectedValueText(_ text: ArraySlice<UInt8>) -> String {
        let s = GoBytes.string(text)
        guard let first = s.unicodeScalars.first else { return GoSyntax.quote(s) }
        func isLetter(_ u: Unicode.Scalar) -> Bool { GoYAMLKeyOrder.isLetter(u.value) }
        if isLetter(first) {
            return GoSyntax.quote(String(String.UnicodeScalarView(s.unicodeScalars.prefix(while: isLetter))))
        }
        if (first.value >= 0x30 && first.value <= 0x39) || first == "+" || first == "-" || first == "." {
            return GoSyntax.quote(s)
        }
        return GoStrconv.quoteRune(first.value)
    }

    /// Where Go's `utf8.DecodeRune` first returns `RuneError` of width 1.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let (rune, width) = GoPathMatch.decodeRune(b[i...])
            if rune == 0xFFFD && width == 1 { return i }
            i += width
        }
        return nil
    }

    final class Table {
        enum Entry {
            case value(Value)
            case table(Table)
            case tables([Table])
        }
        var entries: [String: Entry] = [:]
        /// Defined by a `[header]` (may not be defined again).
        var explicit = false
        /// Created as a dotted-key or inline table (closed to headers).
        var sealed = false

        func toGoMap() -> GoMap {
            var m: [String: Value] = [:]
            for (k, e) in entries {
                switch e {
                case .value(let v): m[k] = v
                case .table(let t): m[k] = .map(t.toGoMap())
                case .tables(let ts):
                    m[k] = .list(GoList(ts.map { .map($0.toGoMap()) },
                                        typeName: "[]map[string]interface {}",
                                        elementTypeName: "map[string]interface {}"))
                }
            }
            return GoMap(m)
        }
    }

    struct Parser {
        let b: [UInt8]
        var i = 0
        var line = 1
        let root = Table()
        var current: Table
        var currentPath: [String] = []
        var lastKey = ""
        /// The byte that is not UTF-8 where the input was cut, and its line.
        var invalidByte: (byte: UInt8, line: Int)?
        /// Whether a key's value is being read: BurntSushi's parser names the
        /// key in a lexer error only then (otherwise the table's path).
        var inValue = false

        init(_ bytes: [UInt8]) {
            b = bytes
            current = root
        }

        // MARK: errors

        /// A decode error at the current line (or at `line`, where BurntSushi's
        /// lexer reports another).
        func fail(_ message: String, withKey: Bool = true, line: Int? = nil) -> YAMLError {
            if let bad = invalidByte, i >= b.count {
                let hex = String(bad.byte, radix: 16)
                let text = "invalid UTF-8 byte: 0x" + (hex.count < 2 ? "0" + hex : hex)
                let key = inValue ? lastKey : currentPath.joined(separator: ".")
                if key.isEmpty { return YAMLError("toml: line \(bad.line): \(text)") }
                return YAMLError("toml: line \(bad.line) (last key \"\(key)\"): \(text)")
            }
            let line = line ?? self.line
            if lastKey.isEmpty || !withKey { return YAMLError("toml: line \(line): \(message)") }
            return YAMLError("toml: line \(line) (last key \"\(lastKey)\"): \(message)")
        }

        func describe(_ c: UInt8?) -> String {
            guard let c else { return "'\\x00'" }
            if c == 0x0A { return "'\\n'" }
            return "'" + String(decoding: [c], as: UTF8.self) + "'"
        }

        // MARK: scanning

        var peek: UInt8? { i < b.count ? b[i] : nil }

        mutating func skipSpaces() {
            while let c = peek, c == 0x20 || c == 0x09 { i += 1 }
        }

        mutating func skipComment() {
            if peek == UInt8(ascii: "#") {
                while let c = peek, c != 0x0A { i += 1 }
            }
        }

        /// Spaces, comments and newlines (inside arrays).
        mutating func skipBlank() {
            while let c = peek {
                if c == 0x20 || c == 0x09 || c == 0x0D { i += 1 }
                else if c == 0x0A { i += 1; line += 1 }
                else if c == UInt8(ascii: "#") { skipComment() }
                else { break }
            }
        }

        mutating func expectLineEnd() throws {
            skipSpaces()
            skipComment()
            if peek == 0x0D { i += 1 }
            guard let c = peek else { return }
            guard c == 0x0A else {
                throw fail("expected a top-level item to end with a newline, comment, or EOF, but got \(describe(c)) instead")
            }
            i += 1
            line += 1
        }

        // MARK: document

        mutating func parseDocument() throws {
            while true {
                skipBlank()
                guard let c = peek else { return }
                if c == UInt8(ascii: "[") {
                    if i + 1 < b.count && b[i + 1] == UInt8(ascii: "[") {
                        i += 2
                        try arrayTableHeader()
                    } else {
                        i += 1
                        try tableHeader()
                    }
                } else {
                    try keyValue(into: current, path: currentPath, depth: 0)
                }
                try expectLineEnd()
            }
        }

        mutating func headerKey(closing: String) throws -> [String] {
            skipSpaces()
            var key: [String] = []
            while true {
                key.append(try simpleKey(blankMessage: "unexpected end of table name (table names cannot be empty)"))
                skipSpaces()
                guard let c = peek, c == UInt8(ascii: ".") else { break }
                i += 1
                skipSpaces()
            }
            for ch in closing.utf8 {
                guard peek == ch else {
                    throw fail("expected '.' or '\(closing.prefix(1))' to end table name, but got \(describe(peek)) instead")
                }
                i += 1
            }
            return key
        }

        mutating func tableHeader() throws {
            let key = try headerKey(closing: "]")
            lastKey = key.joined(separator: ".")
            var t = root
            for (n, k) in key.enumerated() {
                let last = n == key.count - 1
                switch t.entries[k] {
                case nil:
                    let nt = Table()
                    t.entries[k] = .table(nt)
                    t = nt
                case .table(let existing)?:
                    if last && (existing.explicit || existing.sealed) {
                        throw fail("Key '\(lastKey)' has already been defined.", withKey: false)
                    }
                    t = existing
                case .tables(let ts)?:
                    guard !last, let lastTable = ts.last else { throw fail("Key '\(lastKey)' has already been defined.", withKey: false) }
                    t = lastTable
                case .value?:
                    throw fail("Key '\(key[0...n].joined(separator: "."))' has already been defined.", withKey: false)
                }
            }
            t.explicit = true
            current = t
            currentPath = key
        }

        mutating func arrayTableHeader() throws {
            let key = try headerKey(closing: "]]")
            lastKey = key.joined(separator: ".")
            var t = root
            for (n, k) in key.enumerated() {
                let last = n == key.count - 1
                switch t.entries[k] {
                case nil:
                    let nt = Table()
                    if last {
                        t.entries[k] = .tables([nt])
                    } else {
                        t.entries[k] = .table(nt)
                    }
                    t = nt
                case .table(let existing)?:
                    if last { throw fail("Key '\(lastKey)' has already been defined.", withKey: false) }
                    t = existing
                case .tables(var ts)?:
                    if last {
                        let nt = Table()
                        ts.append(nt)
                        t.entries[k] = .tables(ts)
                        t = nt
                    } else if let lastTable = ts.last {
                        t = lastTable
                    }
                case .value?:
                    throw fail("Key '\(key[0...n].joined(separator: "."))' has already been defined.", withKey: false)
                }
            }
            current = t
            currentPath = key
        }

        // MARK: keys

        static func isBare(_ c: UInt8) -> Bool {
            (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 95 || c == 45
        }

        mutating func simpleKey(blankMessage: String) throws -> String {
            guard let c = peek else { throw fail(blankMessage) }
            if c == UInt8(ascii: "\"") {
                i += 1
                return try basicString()
            }
            if c == UInt8(ascii: "'") {
                i += 1
                return try literalString()
            }
            let start = i
            while let d = peek, Parser.isBare(d) { i += 1 }
            if i == start {
                if c == UInt8(ascii: "=") { throw fail("unexpected '=': key name appears blank") }
                throw fail("bare keys cannot contain \(describe(c))")
            }
            return String(decoding: b[start..<i], as: UTF8.self)
        }

        mutating func keyValue(into table: Table, path: [String], depth: Int) throws {
            var key: [String] = []
            while true {
                key.append(try simpleKey(blankMessage: "unexpected EOF; expected key"))
                skipSpaces()
                guard peek == UInt8(ascii: ".") else { break }
                i += 1
                skipSpaces()
            }
            lastKey = (path + key).joined(separator: ".")
            guard peek == UInt8(ascii: "=") else {
                throw fail("expected key separator '=', but got \(describe(peek)) instead")
            }
            i += 1
            skipSpaces()
            let outerInValue = inValue
            inValue = true
            let value = try parseValue(depth: depth)
            inValue = outerInValue
            var t = table
            for k in key.dropLast() {
                switch t.entries[k] {
                case nil:
                    let nt = Table()
                    nt.sealed = true
                    t.entries[k] = .table(nt)
                    t = nt
                case .table(let existing)?:
                    t = existing
                default:
                    throw fail("Key '\(lastKey)' has already been defined.")
                }
            }
            let leaf = key[key.count - 1]
            if t.entries[leaf] != nil { throw fail("Key '\(lastKey)' has already been defined.") }
            switch value {
            case .table(let nt): t.entries[leaf] = .table(nt)
            case .value(let v): t.entries[leaf] = .value(v)
            case .tables(let ts): t.entries[leaf] = .tables(ts)
            }
        }

        // MARK: values

        mutating func parseValue(depth: Int) throws -> Table.Entry {
            guard depth < TOMLDecoder.maxDepth else { throw fail("nesting too deep") }
            guard let c = peek else { throw fail("unexpected EOF; expected value") }
            switch c {
            case UInt8(ascii: "\""):
                if i + 2 < b.count && b[i + 1] == c && b[i + 2] == c {
                    i += 3
                    return .value(.string(try multilineBasicString()))
                }
                i += 1
                return .value(.string(try basicString()))
            case UInt8(ascii: "'"):
                if i + 2 < b.count && b[i + 1] == c && b[i + 2] == c {
                    i += 3
                    return .value(.string(try multilineLiteralString()))
                }
                i += 1
                return .value(.string(try literalString()))
            case UInt8(ascii: "["):
                i += 1
                return .value(try array(depth: depth + 1))
            case UInt8(ascii: "{"):
                i += 1
                return .table(try inlineTable(depth: depth + 1))
            case 0x0A, 0x0D:
                throw fail("expected value but found '\\n' instead")
            default:
                return .value(try bareValue())
            }
        }

        mutating func array(depth: Int) throws -> Value {
            var items: [Value] = []
            while true {
                skipBlank()
                guard let c = peek else { throw fail("unexpected EOF; expected value") }
                if c == UInt8(ascii: "]") { i += 1; break }
                switch try parseValue(depth: depth) {
                case .value(let v): items.append(v)
                case .table(let t): items.append(.map(t.toGoMap()))
                case .tables(let ts): items.append(.list(GoList(ts.map { .map($0.toGoMap()) })))
                }
                skipBlank()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                if peek == UInt8(ascii: "]") { i += 1; break }
                throw fail("expected a comma (',') or array terminator (']'), but got \(describe(peek))")
            }
            return .list(GoList(items))
        }

        mutating func inlineTable(depth: Int) throws -> Table {
            let t = Table()
            t.sealed = true
            let savedKey = lastKey
            let path = lastKey.isEmpty ? [] : [lastKey]
            skipSpaces()
            if peek == UInt8(ascii: "}") { i += 1; return t }
            while true {
                skipSpaces()
                try keyValue(into: t, path: path, depth: depth)
                skipSpaces()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                if peek == UInt8(ascii: "}") { i += 1; break }
                throw fail("expected a comma or an inline table terminator '}', but got \(describe(peek)) instead")
            }
            lastKey = savedKey
            return t
        }

        mutating func bareValue() throws -> Value {
            let start = i
            while let c = peek, c != 0x0A, c != 0x0D, c != UInt8(ascii: ","), c != UInt8(ascii: "]"),
                  c != UInt8(ascii: "}"), c != UInt8(ascii: "#") {
                // A date-time may contain one space between date and time.
                if c == 0x20 || c == 0x09 {
                    if c == 0x20, isDateBefore(start), i + 1 < b.count, b[i + 1] >= 48, b[i + 1] <= 57 {
                        i += 1
                        continue
                    }
                    break
                }
                i += 1
            }
            let text = String(decoding: b[start..<i], as: UTF8.self)
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            if let v = TOMLDecoder.number(text) { return v }
            if TOMLDecoder.isDateTime(text) { return .string(TOMLDecoder.jsonDateTime(text)) }
            if TOMLDecoder.hasLeadingZero(text) {
                throw fail("Invalid integer \(GoSyntax.quote(text)): cannot have leading zeroes")
            }
            if text.isEmpty { throw fail("unexpected EOF; expected value") }
            throw fail("expected value but found \(TOMLDecoder.unexpectedValueText(b[start..<i])) instead")
        }

        func isDateBefore(_ start: Int) -> Bool {
            let t = b[start..<i]
            return t.count == 10 && t[t.startIndex + 4] == UInt8(ascii: "-") && t[t.startIndex + 7] == UInt8(ascii: "-")
        }

        // MARK: strings

        mutating func basicString() throws -> String {
            var out: [UInt8] = []
            let start = i
            var invalidScalar: String?
            while true {
                guard let c = peek else { throw fail("unexpected EOF; expected '\"'") }
                if c == 0x0A { throw fail("strings cannot contain newlines") }
                i += 1
                if c == UInt8(ascii: "\"") { break }
                if c == UInt8(ascii: "\\") {
                    try escape(into: &out, itemStart: start, invalidScalar: &invalidScalar)
                } else {
                    out.append(c)
                }
            }
            if let invalidScalar { throw fail(invalidScalar) }
            return String(decoding: out, as: UTF8.self)
        }

        /// One escape after its backslash. BurntSushi/toml's lexer checks the
        /// digits of `\\x`, `\\u` and `\\U` (its error quotes the string so far,
        /// from `itemStart`, with the rune that broke it); its parser checks the
        /// code point once the whole string is read (`invalidScalar`, first
        /// one kept).
        mutating func escape(into out: inout [UInt8], itemStart: Int, invalidScalar: inout String?) throws {
            // A backslash at the end of the input: BurntSushi/toml reads the end
            // as a NUL rune and reports the error on line 0.
            guard let e = peek else { throw fail("invalid escape in string '\\\u{0}'", line: 0) }
            i += 1
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "e"): out.append(0x1B)
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
                let digitsStart = i
                for _ in 0..<n {
                    guard let d = peek else { throw hexDigitsError(e, count: n, itemStart: itemStart) }
                    if d == 0x0A { line += 1 }
                    i += GoPathMatch.decodeRune(b[i...]).1
                    if !TOMLDecoder.isHexDigit(d) { throw hexDigitsError(e, count: n, itemStart: itemStart) }
                }
                let digits = String(decoding: b[digitsStart..<i], as: UTF8.self)
                guard let v = UInt32(digits, radix: 16), let u = Unicode.Scalar(v) else {
                    if invalidScalar == nil { invalidScalar = "Escaped character '\\u\(digits)' is not valid UTF-8." }
                    return
                }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw fail("invalid escape in string '\\\(String(decoding: [e], as: UTF8.self))'")
            }
        }

        func hexDigitsError(_ escape: UInt8, count: Int, itemStart: Int) -> YAMLError {
            let words = count == 2 ? "two" : (count == 4 ? "four" : "eight")
            let letter = String(decoding: [escape], as: UTF8.self)
            let current = GoStrconv.quote(GoBytes.string(b[itemStart..<i]))
            return fail("expected \(words) hexadecimal digits after '\\\(letter)', but got \(current) instead")
        }

        mutating func literalString() throws -> String {
            let start = i
            while true {
                guard let c = peek else { throw fail("unexpected EOF; expected \"'\"") }
                if c == 0x0A { throw fail("strings cannot contain newlines") }
                i += 1
                if c == UInt8(ascii: "'") { break }
            }
            return String(decoding: b[start..<(i - 1)], as: UTF8.self)
        }

        mutating func skipFirstNewline() {
            if peek == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 2; line += 1 }
            else if peek == 0x0A { i += 1; line += 1 }
        }

        /// At a closing `"""` or `'''` (`quote` three times): consumes it and
        /// up to two more quotes, which belong to the string.
        mutating func closeMultiline(_ quote: UInt8, into out: inout [UInt8]) -> Bool {
            guard peek == quote, i + 2 < b.count, b[i + 1] == quote, b[i + 2] == quote else { return false }
            i += 3
            var extra = 0
            while extra < 2, peek == quote { out.append(quote); i += 1; extra += 1 }
            return true
        }

        mutating func multilineBasicString() throws -> String {
            let start = i
            var invalidScalar: String?
            skipFirstNewline()
            var out: [UInt8] = []
            while true {
                guard let c = peek else { throw fail("unexpected EOF; expected '\"\"\"'") }
                if closeMultiline(UInt8(ascii: "\""), into: &out) { break }
                i += 1
                if c == 0x0A { line += 1 }
                if c == UInt8(ascii: "\\") {
                    // Line-ending backslash: trim whitespace and newlines.
                    var j = i
                    while j < b.count, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
                    if j < b.count, b[j] == 0x0A || b[j] == 0x0D {
                        i = j
                        while let d = peek, d == 0x20 || d == 0x09 || d == 0x0A || d == 0x0D {
                            if d == 0x0A { line += 1 }
                            i += 1
                        }
                        continue
                    }
                    try escape(into: &out, itemStart: start, invalidScalar: &invalidScalar)
                } else {
                    out.append(c)
                }
            }
            if let invalidScalar { throw fail(invalidScalar) }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func multilineLiteralString() throws -> String {
            skipFirstNewline()
            var out: [UInt8] = []
            while true {
                guard let c = peek else { throw fail("unexpected EOF; expected \"'''\"") }
                if closeMultiline(UInt8(ascii: "'"), into: &out) { break }
                i += 1
                if c == 0x0A { line += 1 }
                out.append(c)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    // MARK: - Scalars

    /// TOML integers (int64) and floats (float64).
    static func number(_ text: String) -> Value? {
        switch text {
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan": return .float(.nan)
        case "-nan": return .float(-.nan)
        default: break
        }
        let u = Array(text.utf8)
        guard let first = u.first else { return nil }
        if u.count > 2, first == UInt8(ascii: "0") {
            let radix: Int?
            switch u[1] {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = nil
            }
            if let radix {
                let digits = Array(u[2...])
                guard underscoresOK(digits), let v = Int64(String(decoding: digits.filter { $0 != 95 }, as: UTF8.self), radix: radix)
                else { return nil }
                return .int(v, .int64)
            }
        }
        guard underscoresOK(u) else { return nil }
        let plain = u.filter { $0 != 95 }
        var body = plain[...]
        if let s = body.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { body = body.dropFirst() }
        guard let d0 = body.first, d0 >= 48, d0 <= 57 else { return nil }
        let isFloat = body.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        // No leading zeros in the integer part.
        var intDigits = 0
        for c in body { if c >= 48 && c <= 57 { intDigits += 1 } else { break } }
        if d0 == UInt8(ascii: "0") && intDigits > 1 { return nil }
        let s = String(decoding: plain, as: UTF8.self)
        if !isFloat {
            guard body.allSatisfy({ $0 >= 48 && $0 <= 57 }), let v = Int64(s) else { return nil }
            return .int(v, .int64)
        }
        guard GoNumberSyntax.isYAMLStyleFloat(Substring(s).utf8), !s.hasSuffix("."),
              !s.contains(".e"), !s.contains(".E"), let f = Double(s), f.isFinite else { return nil }
        return .float(f)
    }

    static func isHexDigit(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66)
    }

    /// Underscores only between digits.
    static func underscoresOK(_ u: [UInt8]) -> Bool {
        for (k, c) in u.enumerated() where c == 95 {
            guard k > 0, k < u.count - 1 else { return false }
            let isDigit: (UInt8) -> Bool = { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }
            if !isDigit(u[k - 1]) || !isDigit(u[k + 1]) { return false }
        }
        return true
    }

    static func hasLeadingZero(_ text: String) -> Bool {
        var u = Array(text.utf8)[...]
        if let f = u.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { u = u.dropFirst() }
        return u.count > 1 && u.first == UInt8(ascii: "0") && u.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    /// A date-time as Go's `time.Time` marshals to JSON (RFC 3339, local
    /// kinds in UTC, trailing fraction zeros trimmed).
    static func jsonDateTime(_ text: String) -> String {
        var u = Array(text.utf8)
        let isTimeOnly = u.count >= 3 && u[2] == UInt8(ascii: ":")
        if isTimeOnly { u = Array("0000-01-01T".utf8) + u }
        if u.count == 10 { u += Array("T00:00:00".utf8) }
        if u.count > 10, u[10] == UInt8(ascii: " ") || u[10] == UInt8(ascii: "t") { u[10] = UInt8(ascii: "T") }
        // Split off the zone.
        var zoneStart = u.count
        if u.count > 19 {
            for k in 19..<u.count where u[k] == UInt8(ascii: "Z") || u[k] == UInt8(ascii: "z")
                || u[k] == UInt8(ascii: "+") || u[k] == UInt8(ascii: "-") {
                zoneStart = k
                break
            }
        }
        var body = Array(u[..<zoneStart])
        var zone = Array(u[zoneStart...])
        if zone.isEmpty || zone == Array("z".utf8) || zone == Array("+00:00".utf8) || zone == Array("-00:00".utf8) {
            zone = Array("Z".utf8)
        }
        if let dot = body.firstIndex(of: UInt8(ascii: ".")) {
            while body.last == UInt8(ascii: "0") { body.removeLast() }
            if body.count - 1 == dot { body.removeLast() }
        }
        return String(decoding: body + zone, as: UTF8.self)
    }

    /// Offset/local date-times, dates and times.
    static func isDateTime(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count >= 8 else { return false }
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= u.count && u[r].allSatisfy { $0 >= 48 && $0 <= 57 } }
        if digits(0..<2), u[2] == UInt8(ascii: ":"), digits(3..<5), u.count >= 8, u[5] == UInt8(ascii: ":"), digits(6..<8) {
            return true
        }
        return u.count >= 10 && digits(0..<4) && u[4] == UInt8(ascii: "-") && digits(5..<7)
            && u[7] == UInt8(ascii: "-") && digits(8..<10)
    }
}
