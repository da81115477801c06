import TemplateEngine

/// Helm's `toToml`: BurntSushi/toml v1.6's `Encoder` with its default
/// two-space indent. Keys are sorted; plain keys come before sub-tables;
/// maps become `[tables]` (indented by depth), lists of maps `[[arrays of
/// tables]]`, other lists inline arrays; nil values are left out.
public enum TOMLEncoder {
    static let indent = "  "

    public static func encode(_ value: Value) throws -> String {
        var e = Writer()
        try e.encode(key: [], value)
        return e.out
    }

    private enum TOMLType { case none, scalar, array, hash, arrayOfHashes }

    private struct Writer {
        var out = ""

        mutating func write(_ s: String) { out += s }

        mutating func newline() {
            if !out.isEmpty { out += "\n" }
        }

        static func type(_ v: Value) throws -> TOMLType {
            switch v {
            case .null: return .none
            case .map: return .hash
            case .list(let l): return try isTableArray(l.items) ? .arrayOfHashes : .array
            case .bytes: return .array
            case .object(let o): throw YAMLError("toml: unsupported type: " + o.goKind)
            default: return .scalar
            }
        }

        static func isTableArray(_ items: [Value]) throws -> Bool {
            if items.isEmpty { return false }
            var all = true
            for item in items {
                let t = try type(item)
                if t == .none { throw YAMLError("toml: cannot encode array with nil element") }
                if t != .hash { all = false }
            }
            return all
        }

        mutating func encode(key: [String], _ v: Value) throws {
            switch v {
            case .null:
                return
            case .map(let m):
                try table(key: key, m)
            case .list(let l):
                if try Writer.type(v) == .arrayOfHashes {
                    try arrayOfTables(key: key, l.items)
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
                write(indentString(key) + "[" + keyPath(key) + "]")
                newline()
            }
            try mapBody(key: key, m, inline: false)
        }

        mutating func arrayOfTables(key: [String], _ items: [Value]) throws {
            guard !key.isEmpty else { throw YAMLError("toml: top-level values must be Go maps or structs") }
            for item in items {
                guard case .map(let m) = item else { continue }
                newline()
                write(indentString(key) + "[[" + keyPath(key) + "]]")
                newline()
                try mapBody(key: key, m, inline: false)
            }
        }

        mutating func mapBody(key: [String], _ m: GoMap, inline: Bool) throws {
            var direct: [String] = []
            var sub: [String] = []
            for (k, v) in m.storage {
                let t = try Writer.type(v)
                if t == .hash || t == .arrayOfHashes { sub.append(k) } else { direct.append(k) }
            }
            direct.sort(by: goStringLess)
            sub.sort(by: goStringLess)
            if inline { write("{") }
            try writeKeys(direct, trailingComma: !sub.isEmpty, key: key, m, inline: inline)
            try writeKeys(sub, trailingComma: false, key: key, m, inline: inline)
            if inline { write("}") }
        }

        mutating func writeKeys(_ keys: [String], trailingComma: Bool, key: [String], _ m: GoMap, inline: Bool) throws {
            for (i, k) in keys.enumerated() {
                guard let v = m[k], !v.isNull else { continue }
                if inline {
                    try keyValue(key: [k], v, inline: true)
                    if trailingComma || i != keys.count - 1 { write(", ") }
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
            write(indentString(key) + TOMLEncoder.quotedKey(key[key.count - 1]) + " = ")
            try element(v)
            if !inline { newline() }
        }

        mutating func element(_ v: Value) throws {
            switch v {
            case .null:
                throw YAMLError("toml: cannot encode array with nil element")
            case .bool(let b): write(b ? "true" : "false")
            case .int(let i, let t): write(t.isUnsigned ? String(UInt64(bitPattern: i)) : String(i))
            case .float(let f):
                if f.isNaN {
                    write(f.sign == .minus ? "-nan" : "nan")
                } else if f.isInfinite {
                    write(f < 0 ? "-inf" : "inf")
                } else {
                    let s = GoFloatText.formatG(f)
                    write(s.contains("e") || s.contains(".") ? s : s + ".0")
                }
            case .string(let s): write("\"" + TOMLEncoder.escape(s) + "\"")
            case .bytes(let b):
                write("[" + b.map { String($0) }.joined(separator: ", ") + "]")
            case .list(let l):
                write("[")
                for (i, item) in l.items.enumerated() {
                    try element(item)
                    if i != l.items.count - 1 { write(", ") }
                }
                write("]")
            case .map(let m):
                try mapBody(key: [], m, inline: true)
            case .object(let o):
                throw YAMLError("toml: unsupported type: " + o.goKind)
            }
        }

        func indentString(_ key: [String]) -> String {
            String(repeating: TOMLEncoder.indent, count: max(key.count - 1, 0))
        }

        func keyPath(_ key: [String]) -> String {
            key.map(TOMLEncoder.quotedKey).joined(separator: ".")
        }
    }

    /// A bare key when it is `[A-Za-z0-9_-]+`, else a quoted one.
    static func quotedKey(_ k: String) -> String {
        if k.isEmpty { return "\"\"" }
        for u in k.unicodeScalars {
            let c = u.value
            let bare = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 95 || c == 45
            if !bare { return "\"" + escape(k) + "\"" }
        }
        return k
    }

    /// BurntSushi/toml's `dblQuotedReplacer`.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x00...0x1F, 0x7F:
                let h = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
