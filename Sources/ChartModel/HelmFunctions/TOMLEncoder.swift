import TemplateEngine

/// Values to TOML text as Helm's `toToml` writes it (BurntSushi/toml v1.6's
/// `Encoder` with its default two-space indent): in each table the plain
/// keys first, then sub-tables and arrays of tables, each group in sorted
/// key order; nil values skipped.
enum TOMLEncoder {
    /// An encoding failure with the library's message (`toml: …`), or a Go
    /// runtime panic's text when `isPanic`.
    struct EncodeError: Error {
        var message: String
        var isPanic = false
    }

    static let indentUnit = "  "

    static func encode(_ value: Value) throws -> String {
        if case .null = value {
            throw EncodeError(message: "reflect: call of reflect.Value.Type on zero Value", isPanic: true)
        }
        var writer = Writer()
        try writer.encode(key: [], value)
        return writer.out
    }

    private enum TOMLType { case hash, arrayOfHashes, array, scalar }

    private static func tomlType(_ v: Value) throws -> TOMLType? {
        switch v {
        case .null: return nil
        case .map: return .hash
        case .list(let l):
            return try isTableArray(l) ? .arrayOfHashes : .array
        case .bytes: return .array
        default: return .scalar
        }
    }

    private static func isTableArray(_ l: GoList) throws -> Bool {
        if l.items.isEmpty { return false }
        var all = true
        for item in l.items {
            guard let t = try tomlType(item) else {
                throw EncodeError(message: "toml: cannot encode array with nil element")
            }
            if t != .hash { all = false }
        }
        return all
    }

    private struct Writer {
        var out = ""
        var hasWritten: Bool { !out.isEmpty }

        mutating func newline() {
            if hasWritten { out += "\n" }
        }

        func indent(_ key: [String]) -> String {
            String(repeating: indentUnit, count: max(0, key.count - 1))
        }

        mutating func encode(key: [String], _ v: Value) throws {
            switch v {
            case .null:
                return
            case .map(let m):
                try table(key: key, m)
            case .list(let l):
                if try isTableArray(l) {
                    try arrayOfTables(key: key, l)
                } else {
                    try keyValue(key: key, v, inline: false)
                }
            default:
                try keyValue(key: key, v, inline: false)
            }
        }

        mutating func table(key: [String], _ m: GoMap) throws {
            if key.count == 1 { newline() }
            if !key.isEmpty {
                out += indent(key) + "[" + keyString(key) + "]"
                newline()
            }
            try mapBody(key: key, m, inline: false)
        }

        mutating func arrayOfTables(key: [String], _ l: GoList) throws {
            if key.isEmpty { throw EncodeError(message: "toml: top-level values must be Go maps or structs") }
            for item in l.items {
                guard case .map(let m) = item else { continue }
                newline()
                out += indent(key) + "[[" + keyString(key) + "]]"
                newline()
                try mapBody(key: key, m, inline: false)
            }
        }

        mutating func mapBody(key: [String], _ m: GoMap, inline: Bool) throws {
            var direct: [String] = []
            var sub: [String] = []
            for k in m.sortedKeys {
                guard let v = m[k] else { continue }
                switch try tomlType(v) {
                case .hash?, .arrayOfHashes?: sub.append(k)
                default: direct.append(k)
                }
            }
            if inline { out += "{" }
            try writeKeys(direct, of: m, key: key, inline: inline, trailingComma: !sub.isEmpty)
            try writeKeys(sub, of: m, key: key, inline: inline, trailingComma: false)
            if inline { out += "}" }
        }

        mutating func writeKeys(_ keys: [String], of m: GoMap, key: [String], inline: Bool,
                                trailingComma: Bool) throws {
            for (i, k) in keys.enumerated() {
                guard let v = m[k], !v.isNull else { continue }
                if inline {
                    try keyValue(key: [k], v, inline: true)
                    if trailingComma || i != keys.count - 1 { out += ", " }
                } else {
                    try encode(key: key + [k], v)
                }
            }
        }

        mutating func keyValue(key: [String], _ v: Value, inline: Bool) throws {
            if key.isEmpty {
                try element(v)
                return
            }
            out += indent(key) + quotedKey(key[key.count - 1]) + " = "
            try element(v)
            if !inline { newline() }
        }

        mutating func element(_ v: Value) throws {
            switch v {
            case .bool(let b): out += b ? "true" : "false"
            case .int(let i, let t):
                out += t == .uint64 || t == .uint || t == .uintptr ? String(UInt64(bitPattern: i)) : String(i)
            case .float(let f): out += TOMLEncoder.formatFloat(f)
            case .string(let s): out += TOMLEncoder.quote(s)
            case .list(let l):
                out += "["
                for (i, item) in l.items.enumerated() {
                    try element(item)
                    if i != l.items.count - 1 { out += ", " }
                }
                out += "]"
            case .bytes(let b):
                out += "[" + b.map { String($0) }.joined(separator: ", ") + "]"
            case .map(let m):
                try mapBody(key: [], m, inline: true)
            case .null:
                throw EncodeError(message: "toml: cannot encode array with nil element")
            case .object(let o):
                throw EncodeError(message: "toml: unexpected type: \(o.goTypeName)")
            }
        }

        func keyString(_ key: [String]) -> String {
            key.map(quotedKey).joined(separator: ".")
        }

        func quotedKey(_ k: String) -> String {
            if k.isEmpty { return "\"\"" }
            for b in k.utf8 {
                let bare = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                    || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
                if !bare { return TOMLEncoder.quote(k) }
            }
            return k
        }
    }

    /// `floatAddDecimal(strconv.FormatFloat(f, 'g', -1, 64))`, `nan`/`inf`.
    static func formatFloat(_ f: Double) -> String {
        if f.isNaN { return "nan" }
        if f.isInfinite { return f > 0 ? "inf" : "-inf" }
        let s = GoFloat.format(f, fmt: "g", prec: -1)
        if s.contains("e") || s.contains(".") { return s }
        return s + ".0"
    }

    /// A basic TOML string with BurntSushi's escapes.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
