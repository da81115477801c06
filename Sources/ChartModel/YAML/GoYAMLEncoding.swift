import TemplateEngine

/// sigs.k8s.io/yaml's `Marshal`: values go through `encoding/json`, the
/// JSON is read back by go-yaml v2 (numbers become int/uint64/float64 by
/// go-yaml's rules) and written by go-yaml v2's encoder. This builds the
/// emitter's nodes directly with the same decisions.
enum GoYAMLEncoding {
    /// go-yaml v2 `stringv`: multi-line text as a literal block; text that
    /// would read back as another type (or as a base-60 number) double-quoted.
    static func stringStyle(_ s: String) -> GoYAMLEmitter.Style {
        if s.utf8.contains(UInt8(ascii: "\n")) { return .literal }
        if YAMLScalarResolver.implicitTag(s) == .str && !isBase60Float(s.utf8) { return .plain }
        return .doubleQuoted
    }

    /// go-yaml v2's `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
    static func isBase60Float(_ s: String.UTF8View) -> Bool {
        guard s.contains(UInt8(ascii: ":")) else { return false }
        let b = Array(s)
        guard let c = b.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= 48 && c <= 57) else {
            return false
        }
        @inline(__always) func digit(_ x: UInt8) -> Bool { x >= 48 && x <= 57 }
        var i = 0
        if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, digit(b[i]) else { return false }
        i += 1
        while i < b.count, digit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < b.count, b[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]
            if i + 1 < b.count, b[i] >= 48, b[i] <= 53, digit(b[i + 1]) {
                i += 2
            } else if i < b.count, digit(b[i]) {
                i += 1
            } else {
                return false
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, digit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == b.count
    }

    /// The emitter node for a value, as JSON round trip then go-yaml v2 would write it.
    /// Throws `error marshaling into JSON: json: unsupported value: NaN` like
    /// `encoding/json`, or go-yaml's `yaml: control characters are not allowed`
    /// when the JSON text holds characters YAML input may not contain.
    static func node(_ v: Value) throws -> GoYAMLEmitter.Node {
        var hasControlCharacters = false
        let n = try node(v, &hasControlCharacters)
        if hasControlCharacters { throw YAMLError("yaml: control characters are not allowed") }
        return n
    }

    private static func node(_ v: Value, _ control: inout Bool) throws -> GoYAMLEmitter.Node {
        switch v {
        case .null: return .scalar("null", .plain)
        case .bool(let b): return .scalar(b ? "true" : "false", .plain)
        case .int(let i, let t):
            return .scalar(t.isUnsigned ? String(UInt64(bitPattern: i)) : String(i), .plain)
        case .float(let f):
            guard f.isFinite else {
                throw YAMLError("error marshaling into JSON: json: unsupported value: " + GoFloatText.formatG(f))
            }
            return .scalar(numberText(f), .plain)
        case .string(let raw):
            if !control && hasForbiddenCharacters(raw) { control = true }
            let s = jsonRoundTrip(raw)
            return .scalar(s, stringStyle(s))
        case .bytes(let b):
            let s = base64(b)
            return .scalar(s, stringStyle(s))
        case .list(let l) where l.isNil:
            return .scalar("null", .plain)
        case .map(let m) where m.isNil:
            return .scalar("null", .plain)
        case .list(let l):
            var items: [GoYAMLEmitter.Node] = []
            items.reserveCapacity(l.count)
            for item in l.items { items.append(try node(item, &control)) }
            return .sequence(items)
        case .map(let m):
            var pairs: [(String, GoYAMLEmitter.Node)] = []
            pairs.reserveCapacity(m.count)
            // In Go's byte order first (kept by the map), which is already
            // go-yaml's order unless digits or other bytes order differently.
            let storage = m.storage
            for k in m.sortedKeys {
                guard let v = storage[k] else { continue }
                if !control && hasForbiddenCharacters(k) { control = true }
                pairs.append((jsonRoundTrip(k), try node(v, &control)))
            }
            if !GoYAMLKeyOrder.isSorted(pairs) { pairs.sort { GoYAMLKeyOrder.less($0.0, $1.0) } }
            return .mapping(pairs)
        case .object(let o):
            return try node(jsonForm(o), &control)
        }
    }

    /// What `encoding/json` writes for a host object: its own JSON form, its
    /// exported fields as an object, or `{}`.
    static func jsonForm(_ o: HostObject) -> Value {
        if let e = o as? GoJSONEncodable {
            switch e.goJSONRepresentation {
            case .value(let v): return v
            case .fields(let fields):
                var m: [String: Value] = [:]
                for f in fields { m[f.name] = f.value }
                return .map(GoMap(m))
            }
        }
        return .map(GoMap())
    }

    /// Characters `encoding/json` leaves raw that go-yaml's reader rejects:
    /// DEL, C1 controls other than NEL, U+FFFE and U+FFFF.
    static func hasForbiddenCharacters(_ s: String) -> Bool {
        for b in s.utf8 where b == 0x7F || b == 0xC2 || b == 0xEF {
            for u in s.unicodeScalars {
                let x = u.value
                if x == 0x7F || (x >= 0x80 && x <= 0x9F && x != 0x85) || x == 0xFFFE || x == 0xFFFF { return true }
            }
            return false
        }
        return false
    }

    /// A string after `encoding/json` wrote it and go-yaml read it back: JSON
    /// escapes every line break except NEL (U+0085), which go-yaml's
    /// double-quoted scanner then folds like a line break (blanks around it
    /// dropped; one break becomes a space, n breaks n-1 newlines).
    static func jsonRoundTrip(_ raw: String) -> String {
        // 0xF4 leads the scalars `GoBytes` keeps invalid bytes as; JSON makes them U+FFFD.
        guard raw.utf8.contains(where: { $0 == 0x85 || $0 == 0xF4 }) else { return raw }
        let s = GoBytes.replacingEscapes(raw)
        guard s.unicodeScalars.contains("\u{85}") else { return s }
        var out = String.UnicodeScalarView()
        var pendingBlanks = String.UnicodeScalarView()
        var breaks = 0
        for c in s.unicodeScalars {
            if c == "\u{85}" {
                breaks += 1
                pendingBlanks.removeAll()
            } else if c == " " || c == "\t" {
                if breaks == 0 { pendingBlanks.append(c) }
            } else {
                if breaks > 0 {
                    if breaks == 1 {
                        out.append(" ")
                    } else {
                        for _ in 1..<breaks { out.append("\n") }
                    }
                    breaks = 0
                } else {
                    out.append(contentsOf: pendingBlanks)
                }
                pendingBlanks.removeAll()
                out.append(c)
            }
        }
        if breaks == 1 {
            out.append(" ")
        } else if breaks > 1 {
            for _ in 1..<breaks { out.append("\n") }
        } else {
            out.append(contentsOf: pendingBlanks)
        }
        return String(out)
    }

    /// A float64's JSON text read back by go-yaml and written again: integral
    /// values that fit int64/uint64 print as integers, others as Go's `%g`.
    static func numberText(_ f: Double) -> String {
        // A whole number below 1e21 is written by encoding/json without a
        // fraction or exponent, and read back by go-yaml as an integer.
        if f.rounded(.towardZero) == f, abs(f) < 1e15 { return String(Int64(f)) }
        return numberTextThroughJSON(f)
    }

    /// The JSON text of `f` as go-yaml reads it back and writes it.
    static func numberTextThroughJSON(_ f: Double) -> String {
        let json = GoFloatText.json(f)
        if !json.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") }) {
            let text = Substring(json).utf8
            if let i = GoNumberSyntax.parseInt(text) { return String(i) }
            if let u = GoNumberSyntax.parseUint(text) { return String(u) }
        }
        return GoFloatText.formatG(f)
    }

    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `encoding/json` writes `[]byte` as standard padded base64.
    static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i])
            let b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            let n = (b0 << 16) | (b1 << 8) | b2
            out.append(base64Alphabet[(n >> 18) & 63])
            out.append(base64Alphabet[(n >> 12) & 63])
            out.append(i + 1 < bytes.count ? base64Alphabet[(n >> 6) & 63] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? base64Alphabet[n & 63] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// go-yaml v2's `keyList.Less` for string keys: letters sort by code point,
/// non-letters before letters, and runs of digits compare as numbers.
enum GoYAMLKeyOrder {
    /// Whether the keys of `pairs` are already in go-yaml v2's order.
    static func isSorted<T>(_ pairs: [(String, T)]) -> Bool {
        var i = 1
        while i < pairs.count {
            if less(pairs[i].0, pairs[i - 1].0) { return false }
            i += 1
        }
        return true
    }

    static func less(_ a: String, _ b: String, flavor: GoYAMLEmitter.Flavor = .v2) -> Bool {
        var a = a, b = b
        let ascii = a.withUTF8 { ab in b.withUTF8 { bb in
            ab.allSatisfy { $0 < 0x80 } && bb.allSatisfy { $0 < 0x80 } } }
        if ascii {
            return a.withUTF8 { ab in b.withUTF8 { bb in
                less(ab.lazy.map { UInt32($0) }, bb.lazy.map { UInt32($0) }, flavor) } }
        }
        return less(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), flavor)
    }

    /// v3 differs after a run of equal digits: a letter then sorts first.
    private static func less<A: RandomAccessCollection, B: RandomAccessCollection>(
        _ ar: A, _ br: B, _ flavor: GoYAMLEmitter.Flavor
    ) -> Bool where A.Element == UInt32, B.Element == UInt32, A.Index == Int, B.Index == Int {
        let zero: UInt32 = 48
        var i = 0
        var digits = false
        while i < ar.count && i < br.count {
            let x = ar[ar.startIndex + i], y = br[br.startIndex + i]
            if x == y {
                digits = isDigit(x)
                i += 1
                continue
            }
            let al = isLetter(x), bl = isLetter(y)
            if al && bl { return x < y }
            if al || bl { return flavor == .v3 && digits ? al : bl }
            var an: Int64 = 0, bn: Int64 = 0
            if x == zero || y == zero {
                var j = i - 1
                while j >= 0 && isDigit(ar[ar.startIndex + j]) {
                    if ar[ar.startIndex + j] != zero { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(ar[ar.startIndex + ai]) {
                an = an &* 10 &+ Int64(Int32(bitPattern: ar[ar.startIndex + ai] &- zero))
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(br[br.startIndex + bi]) {
                bn = bn &* 10 &+ Int64(Int32(bitPattern: br[br.startIndex + bi] &- zero))
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return x < y
        }
        return ar.count < br.count
    }

    /// Go's `unicode.IsLetter`.
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        guard let u = Unicode.Scalar(v) else { return false }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`.
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 48 && v <= 57 }
        guard let u = Unicode.Scalar(v) else { return false }
        return u.properties.generalCategory == .decimalNumber
    }
}
