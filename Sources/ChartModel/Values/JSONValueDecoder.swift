import Foundation
import TemplateEngine

/// Go's `json.Unmarshal` into `interface{}`: objects become maps, arrays
/// lists, numbers float64, duplicate keys keep the last value.
enum JSONValueDecoder {
    struct SyntaxError: Error { let message: String }

    /// Nesting limit (Go's decoder stops at 10000 levels).
    static let maxDepth = 10_000

    static func decode(_ bytes: [UInt8]) throws -> Value {
        var p = Parser(bytes: bytes)
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        if p.i != bytes.count { throw SyntaxError(message: "invalid character \(Parser.describe(bytes[p.i])) after top-level value") }
        return v
    }

    /// Go's `json.Decoder.Decode` of the first value in `bytes`: the value
    /// and the number of bytes it used (leading space included).
    static func decodePrefix(_ bytes: ArraySlice<UInt8>) throws -> (Value, Int) {
        var p = Parser(bytes: Array(bytes))
        p.skipSpace()
        let v = try p.value(depth: 0)
        return (v, p.i)
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func value(depth: Int) throws -> Value {
            guard depth < JSONValueDecoder.maxDepth else { throw SyntaxError(message: "exceeded max depth") }
            guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                let m = GoMap()
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
                while true {
                    skipSpace()
                    guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
                    guard bytes[i] == UInt8(ascii: "\"") else { throw unexpected("looking for beginning of object key string") }
                    let k = try string()
                    skipSpace()
                    guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
                    guard bytes[i] == UInt8(ascii: ":") else { throw unexpected("after object key") }
                    i += 1
                    skipSpace()
                    m[k] = try value(depth: depth + 1)
                    skipSpace()
                    guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
                    throw unexpected("after object key:value pair")
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [Value] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .list(GoList(items)) }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(GoList(items)) }
                    throw unexpected("after array element")
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default:
                return .float(try number())
            }
        }

        func unexpected(_ context: String) -> SyntaxError {
            SyntaxError(message: "invalid character \(Parser.describe(bytes[min(i, bytes.count - 1)])) \(context)")
        }

        /// encoding/json's `quoteChar`.
        static func describe(_ b: UInt8) -> String {
            if b == UInt8(ascii: "'") { return "'\\''" }
            if b == UInt8(ascii: "\"") { return "'\"'" }
            switch b {
            case 0x0A: return "'\\n'"
            case 0x0D: return "'\\r'"
            case 0x09: return "'\\t'"
            default:
                if b < 0x20 || b == 0x7F { return "'\\x" + String(format: "%02x", b) + "'" }
                if b >= 0x80 { return "'\\u00" + String(format: "%02x", b) + "'" }
                return "'" + String(UnicodeScalar(b)) + "'"
            }
        }

        mutating func literal(_ word: String) throws {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
                throw SyntaxError(message: i + w.count > bytes.count ? "unexpected end of JSON input" : "invalid character in literal \(word)")
            }
            i += w.count
        }

        mutating func number() throws -> Double {
            let start = i
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
            guard isDigit(bytes[i]) else { throw unexpected(start == i ? "looking for beginning of value" : "in numeric literal") }
            if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while i < bytes.count, isDigit(bytes[i]) { i += 1 } }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard i < bytes.count, isDigit(bytes[i]) else { throw (i < bytes.count ? unexpected("in numeric literal") : SyntaxError(message: "unexpected end of JSON input")) }
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard i < bytes.count, isDigit(bytes[i]) else { throw (i < bytes.count ? unexpected("in numeric literal") : SyntaxError(message: "unexpected end of JSON input")) }
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            guard let d = Double(text), d.isFinite else {
                throw SyntaxError(message: "cannot unmarshal number \(text) into Go value of type float64")
            }
            return d
        }

        private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

        mutating func string() throws -> String {
            i += 1
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; break }
                if b < 0x20 { throw unexpected("in string literal") }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var r = try hex4()
                    if r >= 0xD800 && r < 0xDC00 {
                        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                            let save = i
                            i += 2
                            let r2 = try hex4()
                            if r2 >= 0xDC00 && r2 < 0xE000 {
                                r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)
                            } else {
                                i = save
                                r = 0xFFFD
                            }
                        } else {
                            r = 0xFFFD
                        }
                    } else if r >= 0xDC00 && r < 0xE000 {
                        r = 0xFFFD
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(r).map(Character.init) ?? "\u{FFFD}").utf8))
                default:
                    throw SyntaxError(message: "invalid character in string escape code")
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= bytes.count else { throw SyntaxError(message: "invalid character in string escape code") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
                default: throw SyntaxError(message: "invalid character in string escape code")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }
    }
}
