import TemplateEngine

/// TOML text to values for Helm's `fromToml` (BurntSushi/toml's `Unmarshal`
/// into `map[string]interface {}`): tables become maps, integers int64,
/// floats float64; dates and times are kept as their text.
/// Errors read `toml: line N (last key "k"): MESSAGE`.
struct TOMLDecoder {
    struct DecodeError: Error {
        let message: String
    }

    /// Nesting limit for arrays and inline tables.
    static let maxDepth = 1000

    private let bytes: [UInt8]
    private var pos = 0
    private var line = 1
    private var lastKey = ""
    private let root = GoMap()
    private var current: GoMap
    private var definedTables: Set<String> = []

    private init(_ text: String) {
        bytes = Array(text.utf8)
        current = root
    }

    static func decode(_ text: String) throws -> GoMap {
        var d = TOMLDecoder(text)
        try d.parseDocument()
        return d.root
    }

    // MARK: - errors

    private func fail(_ message: String) -> DecodeError {
        let key = lastKey.isEmpty ? "" : " (last key \(GoStrconv.quote(lastKey)))"
        return DecodeError(message: "toml: line \(line)\(key): \(message)")
    }

    // MARK: - scanning

    private var atEnd: Bool { pos >= bytes.count }
    private func peek(_ offset: Int = 0) -> UInt8? { pos + offset < bytes.count ? bytes[pos + offset] : nil }

    private mutating func advance() {
        if bytes[pos] == 0x0A { line += 1 }
        pos += 1
    }

    private mutating func skipSpaces() {
        while let c = peek(), c == 0x20 || c == 0x09 { pos += 1 }
    }

    private mutating func skipComment() {
        if peek() == UInt8(ascii: "#") {
            while let c = peek(), c != 0x0A { pos += 1 }
        }
    }

    private mutating func skipBlankAndComments() {
        while true {
            skipSpaces()
            skipComment()
            if let c = peek(), c == 0x0A || c == 0x0D { advance(); continue }
            return
        }
    }

    private mutating func expectLineEnd() throws {
        skipSpaces()
        skipComment()
        if atEnd { return }
        if peek() == 0x0D, peek(1) == 0x0A { pos += 1 }
        guard peek() == 0x0A else {
            throw fail("expected a top-level item to end with a newline, comment, or EOF, but got \(describe(peek())) instead")
        }
        advance()
    }

    private func describe(_ c: UInt8?) -> String {
        guard let c else { return "EOF" }
        return GoStrconv.quote(String(decoding: [c], as: UTF8.self)).replacingOccurrences(of: "\"", with: "'")
    }

    // MARK: - structure

    private mutating func parseDocument() throws {
        while true {
            skipBlankAndComments()
            guard let c = peek() else { return }
            if c == UInt8(ascii: "[") {
                if peek(1) == UInt8(ascii: "[") {
                    pos += 2
                    let key = try parseKey()
                    guard peek() == UInt8(ascii: "]"), peek(1) == UInt8(ascii: "]") else { throw fail("expected ']]'") }
                    pos += 2
                    try openArrayTable(key)
                } else {
                    pos += 1
                    let key = try parseKey()
                    guard peek() == UInt8(ascii: "]") else { throw fail("expected ']'") }
                    pos += 1
                    try openTable(key)
                }
                try expectLineEnd()
            } else {
                try parseKeyValue(into: current)
                try expectLineEnd()
            }
        }
    }

    private mutating func descend(_ base: GoMap, _ path: ArraySlice<String>) throws -> GoMap {
        var m = base
        for k in path {
            switch m[k] {
            case nil:
                let n = GoMap()
                m[k] = .map(n)
                m = n
            case .map(let n)?:
                m = n
            case .list(let l)?:
                guard case .map(let n)? = l.items.last else { throw fail("key \(GoStrconv.quote(k)) is not a table") }
                m = n
            default:
                throw fail("key \(GoStrconv.quote(k)) has already been defined")
            }
        }
        return m
    }

    private mutating func openTable(_ key: [String]) throws {
        let name = key.joined(separator: "\u{0}")
        if definedTables.contains(name) {
            throw fail("table \(GoStrconv.quote(key.joined(separator: "."))) has already been defined")
        }
        definedTables.insert(name)
        current = try descend(root, key[...])
    }

    private mutating func openArrayTable(_ key: [String]) throws {
        let parent = try descend(root, key.dropLast())
        guard let last = key.last else { throw fail("expected key") }
        let table = GoMap()
        switch parent[last] {
        case nil:
            parent[last] = .list(GoList([.map(table)]))
        case .list(let l)?:
            l.items.append(.map(table))
        default:
            throw fail("key \(GoStrconv.quote(last)) has already been defined")
        }
        current = table
    }

    private mutating func parseKeyValue(into table: GoMap) throws {
        let key = try parseKey()
        guard peek() == UInt8(ascii: "=") else {
            throw fail("expected key separator '=', but got \(describe(peek())) instead")
        }
        pos += 1
        skipSpaces()
        let target = try descend(table, key.dropLast())
        guard let last = key.last else { throw fail("expected key") }
        lastKey = key.joined(separator: ".")
        if target[last] != nil { throw fail("key \(GoStrconv.quote(lastKey)) has already been defined") }
        target[last] = try parseValue(depth: 0)
    }

    private mutating func parseKey() throws -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let c = peek() else { throw fail("unexpected EOF; expected key") }
            if c == UInt8(ascii: "\"") {
                parts.append(try parseBasicString())
            } else if c == UInt8(ascii: "'") {
                parts.append(try parseLiteralString())
            } else {
                let start = pos
                while let b = peek(), isBareKeyByte(b) { pos += 1 }
                if pos == start { throw fail("bare keys cannot contain \(describe(c))") }
                parts.append(String(decoding: bytes[start..<pos], as: UTF8.self))
            }
            skipSpaces()
            if peek() == UInt8(ascii: ".") {
                pos += 1
                continue
            }
            return parts
        }
    }

    private func isBareKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }

    // MARK: - values

    private mutating func parseValue(depth: Int) throws -> Value {
        if depth > TOMLDecoder.maxDepth { throw fail("nesting too deep") }
        guard let c = peek() else { throw fail("unexpected EOF; expected value") }
        switch c {
        case UInt8(ascii: "\""):
            if peek(1) == c && peek(2) == c { return .string(try parseMultilineBasic()) }
            return .string(try parseBasicString())
        case UInt8(ascii: "'"):
            if peek(1) == c && peek(2) == c { return .string(try parseMultilineLiteral()) }
            return .string(try parseLiteralString())
        case UInt8(ascii: "["):
            return try parseArray(depth: depth)
        case UInt8(ascii: "{"):
            return try parseInlineTable(depth: depth)
        case 0x0A, 0x0D:
            throw fail("expected value but found newline instead")
        default:
            return try parseScalarWord()
        }
    }

    private mutating func parseArray(depth: Int) throws -> Value {
        pos += 1
        var items: [Value] = []
        while true {
            skipBlankAndComments()
            guard let c = peek() else { throw fail("unexpected EOF; expected value") }
            if c == UInt8(ascii: "]") { pos += 1; break }
            items.append(try parseValue(depth: depth + 1))
            skipBlankAndComments()
            if peek() == UInt8(ascii: ",") { pos += 1; continue }
            skipBlankAndComments()
            guard peek() == UInt8(ascii: "]") else {
                throw fail("expected a comma (',') or array terminator (']'), but got \(describe(peek()))")
            }
            pos += 1
            break
        }
        return .list(GoList(items))
    }

    private mutating func parseInlineTable(depth: Int) throws -> Value {
        pos += 1
        let table = GoMap()
        skipSpaces()
        if peek() == UInt8(ascii: "}") { pos += 1; return .map(table) }
        while true {
            skipSpaces()
            let key = try parseKey()
            guard peek() == UInt8(ascii: "=") else {
                throw fail("expected key separator '=', but got \(describe(peek())) instead")
            }
            pos += 1
            skipSpaces()
            let target = try descend(table, key.dropLast())
            guard let last = key.last else { throw fail("expected key") }
            lastKey = key.joined(separator: ".")
            if target[last] != nil { throw fail("key \(GoStrconv.quote(lastKey)) has already been defined") }
            target[last] = try parseValue(depth: depth + 1)
            skipSpaces()
            if peek() == UInt8(ascii: ",") { pos += 1; continue }
            guard peek() == UInt8(ascii: "}") else {
                throw fail("expected a comma or an inline table terminator '}', but got \(describe(peek())) instead")
            }
            pos += 1
            return .map(table)
        }
    }

    private mutating func parseScalarWord() throws -> Value {
        let start = pos
        while let c = peek(), c != UInt8(ascii: ","), c != UInt8(ascii: "]"), c != UInt8(ascii: "}"),
              c != 0x0A, c != 0x0D, c != UInt8(ascii: "#") {
            // A date-time may hold one space between date and time.
            if c == 0x20 || c == 0x09 {
                let isDateTimeSpace = c == 0x20 && pos - start == 10 && (peek(1).map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
                if !isDateTimeSpace { break }
            }
            pos += 1
        }
        let word = String(decoding: bytes[start..<pos], as: UTF8.self)
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if word.isEmpty { throw fail("expected value but found \(describe(peek())) instead") }
        if let v = TOMLDecoder.integer(word) { return .int64(v) }
        if let f = TOMLDecoder.float(word) { return .float(f) }
        if TOMLDecoder.looksLikeDateTime(word) { return .string(word) }
        throw fail("invalid value: \(GoStrconv.quote(word))")
    }

    static func integer(_ word: String) -> Int64? {
        var s = Substring(word)
        var radix = 10
        var negative = false
        if s.hasPrefix("0x") { radix = 16; s = s.dropFirst(2) } else if s.hasPrefix("0o") { radix = 8; s = s.dropFirst(2) } else if s.hasPrefix("0b") { radix = 2; s = s.dropFirst(2) } else if let f = s.first, f == "+" || f == "-" {
            negative = f == "-"
            s = s.dropFirst()
        }
        guard !s.isEmpty, s.first != "_", s.last != "_", !s.contains("__") else { return nil }
        let digits = s.replacingOccurrences(of: "_", with: "")
        if radix == 10 && digits.count > 1 && digits.hasPrefix("0") { return nil }
        guard let magnitude = UInt64(digits, radix: radix) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    static func float(_ word: String) -> Double? {
        guard word.contains(".") || word.contains("e") || word.contains("E") else { return nil }
        guard !word.hasPrefix("."), !word.hasSuffix("."), !word.contains("._"), !word.contains("_.") else { return nil }
        let cleaned = word.replacingOccurrences(of: "_", with: "")
        guard cleaned.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else { return nil }
        return Double(cleaned)
    }

    static func looksLikeDateTime(_ word: String) -> Bool {
        let b = Array(word.utf8)
        func digit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
        if b.count >= 10, digit(0), digit(3), b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") { return true }
        if b.count >= 8, digit(0), digit(1), b[2] == UInt8(ascii: ":"), b[5] == UInt8(ascii: ":") { return true }
        return false
    }

    // MARK: - strings

    private mutating func parseBasicString() throws -> String {
        pos += 1
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw fail("unexpected EOF; expected '\"'") }
            if c == 0x0A { throw fail("strings cannot contain newlines") }
            pos += 1
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") {
                try appendEscape(&out)
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func appendEscape(_ out: inout [UInt8]) throws {
        guard let e = peek() else { throw fail("unexpected EOF") }
        pos += 1
        switch e {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "e"): out.append(0x1B)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "u") ? 4 : 8
            guard pos + n <= bytes.count,
                  let v = UInt32(String(decoding: bytes[pos..<(pos + n)], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(v) else {
                throw fail("invalid escape in string '\\\(Character(Unicode.Scalar(e)))'")
            }
            pos += n
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw fail("invalid escape in string '\\\(Character(Unicode.Scalar(e)))'")
        }
    }

    private mutating func parseLiteralString() throws -> String {
        pos += 1
        let start = pos
        while true {
            guard let c = peek() else { throw fail("unexpected EOF; expected \"'\"") }
            if c == 0x0A { throw fail("strings cannot contain newlines") }
            if c == UInt8(ascii: "'") { break }
            pos += 1
        }
        let s = String(decoding: bytes[start..<pos], as: UTF8.self)
        pos += 1
        return s
    }

    private mutating func parseMultilineBasic() throws -> String {
        pos += 3
        if peek() == 0x0A { advance() } else if peek() == 0x0D, peek(1) == 0x0A { pos += 1; advance() }
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw fail("unexpected EOF; expected '\"\"\"'") }
            if c == UInt8(ascii: "\""), peek(1) == c, peek(2) == c {
                pos += 3
                // Up to two more quotes belong to the content.
                var extra = 0
                while extra < 2, peek() == UInt8(ascii: "\"") { out.append(c); pos += 1; extra += 1 }
                break
            }
            if c == UInt8(ascii: "\\") {
                pos += 1
                // A line-ending backslash trims the newline and leading whitespace.
                var look = pos
                while look < bytes.count, bytes[look] == 0x20 || bytes[look] == 0x09 { look += 1 }
                if look < bytes.count, bytes[look] == 0x0A || bytes[look] == 0x0D {
                    pos = look
                    while let w = peek(), w == 0x20 || w == 0x09 || w == 0x0A || w == 0x0D { advance() }
                    continue
                }
                try appendEscape(&out)
                continue
            }
            out.append(c)
            advance()
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func parseMultilineLiteral() throws -> String {
        pos += 3
        if peek() == 0x0A { advance() } else if peek() == 0x0D, peek(1) == 0x0A { pos += 1; advance() }
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw fail("unexpected EOF; expected \"'''\"") }
            if c == UInt8(ascii: "'"), peek(1) == c, peek(2) == c {
                pos += 3
                var extra = 0
                while extra < 2, peek() == UInt8(ascii: "'") { out.append(c); pos += 1; extra += 1 }
                break
            }
            out.append(c)
            advance()
        }
        return String(decoding: out, as: UTF8.self)
    }
}
