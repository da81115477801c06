/// The decoding half of `GoJSON`: an iterative parser that accepts exactly
/// what Go's JSON scanner accepts and fails with its messages. At the end of
/// input the scanner is fed a space, so an unfinished literal or number
/// reports that space (`invalid character ' ' in literal true (expecting
/// 'e')`) and anything else is `unexpected end of JSON input`.
struct GoJSONParser {
    private let bytes: [UInt8]
    private var i = 0
    /// A number out of float64 range: reported only when the whole input
    /// is valid JSON (Go checks the syntax first).
    private var typeError: GoJSONError?
    /// `json.Decoder` reading one value: stop after it, leave the rest.
    private let firstValueOnly: Bool
    /// `Decoder.UseNumber`: numbers out of float64 range are no error.
    private let useNumber: Bool
    /// The parse needed a byte past the end of the input.
    private(set) var readPastEnd = false

    /// Go's `maxNestingDepth`.
    static let maxNestingDepth = 10_000

    init(_ bytes: [UInt8], firstValueOnly: Bool = false, useNumber: Bool = false) {
        self.bytes = bytes
        self.firstValueOnly = firstValueOnly
        self.useNumber = useNumber
    }

    /// Bytes used so far (Go's `Decoder.InputOffset` after one value).
    var offset: Int { i }

    private enum Container {
        case object(GoMap, key: String)
        case array([Value])
    }

    mutating func parseDocument() throws -> Value {
        var stack: [Container] = []
        var value: Value
        parse: while true {
            // Looking for the beginning of a value.
            skipSpace()
            guard i < bytes.count else { throw Self.endOfInput }
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "{"):
                i += 1
                if stack.count >= Self.maxNestingDepth { throw Self.syntax(c, "exceeded max depth") }
                skipSpace()
                guard i < bytes.count else { throw Self.endOfInput }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    value = .map(GoMap())
                } else {
                    let key = try parseKey()
                    stack.append(.object(GoMap(), key: key))
                    continue parse
                }
            case UInt8(ascii: "["):
                i += 1
                if stack.count >= Self.maxNestingDepth { throw Self.syntax(c, "exceeded max depth") }
                skipSpace()
                guard i < bytes.count else { throw Self.endOfInput }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    value = .list(GoList([]))
                } else {
                    stack.append(.array([]))
                    continue parse
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try parseNumber()
            case UInt8(ascii: "t"):
                try parseLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try parseLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try parseLiteral("null")
                value = .null
            default:
                throw Self.syntax(c, "looking for beginning of value")
            }

            // A complete value: attach it and close finished containers.
            while true {
                guard let top = stack.popLast() else {
                    if firstValueOnly {
                        if let error = typeError { throw GoJSONError(error.message, partial: value) }
                        return value
                    }
                    skipSpace()
                    if i < bytes.count { throw Self.syntax(bytes[i], "after top-level value") }
                    if let error = typeError { throw GoJSONError(error.message, partial: value) }
                    return value
                }
                skipSpace()
                guard i < bytes.count else { throw Self.endOfInput }
                let next = bytes[i]
                switch top {
                case .object(let map, let key):
                    map[key] = value
                    if next == UInt8(ascii: ",") {
                        i += 1
                        skipSpace()
                        guard i < bytes.count else { throw Self.endOfInput }
                        let key = try parseKey()
                        stack.append(.object(map, key: key))
                        continue parse
                    }
                    if next == UInt8(ascii: "}") {
                        i += 1
                        value = .map(map)
                        continue
                    }
                    throw Self.syntax(next, "after object key:value pair")
                case .array(var items):
                    items.append(value)
                    if next == UInt8(ascii: ",") {
                        i += 1
                        stack.append(.array(items))
                        continue parse
                    }
                    if next == UInt8(ascii: "]") {
                        i += 1
                        value = .list(GoList(items))
                        continue
                    }
                    throw Self.syntax(next, "after array element")
                }
            }
        }
    }

    /// An object key and its colon; `i` is at the key's first byte.
    private mutating func parseKey() throws -> String {
        guard bytes[i] == UInt8(ascii: "\"") else {
            throw Self.syntax(bytes[i], "looking for beginning of object key string")
        }
        let key = try parseString()
        skipSpace()
        guard i < bytes.count else { throw Self.endOfInput }
        guard bytes[i] == UInt8(ascii: ":") else { throw Self.syntax(bytes[i], "after object key") }
        i += 1
        return key
    }

    @inline(__always)
    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    /// The byte at `j`, or the space Go's scanner is fed at the end.
    @inline(__always)
    private mutating func byte(at j: Int) -> UInt8 {
        if j < bytes.count { return bytes[j] }
        readPastEnd = true
        return 0x20
    }

    private mutating func parseLiteral(_ word: StaticString) throws {
        let expected = Array(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        let name = String(decoding: expected, as: UTF8.self)
        i += 1
        for k in 1..<expected.count {
            let c = byte(at: i)
            if c != expected[k] {
                throw Self.syntax(c, "in literal \(name) (expecting \(Self.quoteChar(expected[k])))")
            }
            i += 1
        }
    }

    private mutating func parseNumber() throws -> Value {
        let start = i
        if bytes[i] == UInt8(ascii: "-") {
            i += 1
            let c = byte(at: i)
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { throw Self.syntax(c, "in numeric literal") }
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            let c = byte(at: i)
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else {
                throw Self.syntax(c, "after decimal point in numeric literal")
            }
            while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            let c = byte(at: i)
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else {
                throw Self.syntax(c, "in exponent of numeric literal")
            }
            while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let f = Double(text), f.isFinite else {
            if useNumber { return .float(Double(text) ?? 0) }
            if typeError == nil {
                typeError = GoJSONError("json: cannot unmarshal number \(text) into Go value of type float64")
            }
            return .null
        }
        return .float(f)
    }

    /// A string literal; `i` is at the opening quote.
    private mutating func parseString() throws -> String {
        i += 1
        var out: [UInt8] = []
        var start = i
        while true {
            guard i < bytes.count else { throw Self.endOfInput }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: bytes[start..<i])
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw Self.syntax(c, "in string literal") }
            if c == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[start..<i])
                i += 1
                try parseEscape(into: &out)
                start = i
                continue
            }
            if c >= 0x80 {
                let (rune, width) = bytes.withUnsafeBufferPointer { UTF8Runes.decode($0, at: i) }
                if rune == UTF8Runes.runeError && width == 1 {
                    out.append(contentsOf: bytes[start..<i])
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i += 1
                    start = i
                    continue
                }
                i += width
                continue
            }
            i += 1
        }
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws {
        let c = byte(at: i)
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            i += 1
            var rune = try parseHex4()
            if (0xD800..<0xDC00).contains(rune) {
                // A surrogate pair when a low surrogate escape follows.
                if byte(at: i) == UInt8(ascii: "\\") && byte(at: i + 1) == UInt8(ascii: "u") {
                    let save = i
                    i += 2
                    let low = try parseHex4()
                    if (0xDC00..<0xE000).contains(low) {
                        rune = 0x10000 + ((rune - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                        rune = UTF8Runes.runeError
                    }
                } else {
                    rune = UTF8Runes.runeError
                }
            } else if (0xDC00..<0xE000).contains(rune) {
                rune = UTF8Runes.runeError
            }
            UTF8Runes.append(rune, to: &out)
            return
        default:
            throw Self.syntax(c, "in string escape code")
        }
        i += 1
    }

    private mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = byte(at: i)
            let digit: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw Self.syntax(c, "in \\u hexadecimal character escape")
            }
            value = value << 4 | digit
            i += 1
        }
        return value
    }

    private static let endOfInput = GoJSONError("unexpected end of JSON input")

    private static func syntax(_ c: UInt8, _ context: String) -> GoJSONError {
        GoJSONError("invalid character \(quoteChar(c)) \(context)")
    }

    /// Go's `quoteChar`: the byte as a rune in single quotes.
    static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        var quoted: [UInt8] = []
        GoQuote.appendQuoted(Array(String(Character(Unicode.Scalar(c))).utf8), asciiOnly: false, to: &quoted)
        return "'" + String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self) + "'"
    }
}
