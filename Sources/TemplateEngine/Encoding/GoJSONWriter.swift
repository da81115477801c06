/// The encoding half of `GoJSON`: Go's `encodeState` with `json.Indent`
/// folded in when an indent is given.
struct GoJSONWriter {
    private var out: [UInt8] = []
    private let escapeHTML: Bool
    private let prefix: [UInt8]
    private let indent: [UInt8]?
    private var depth = 0
    /// Containers on the current path, checked once nesting is deep (Go
    /// starts checking past 1000 nested maps and slices; the level where it
    /// starts decides whether a cycle is reported via the map or the slice).
    private var path: [ObjectIdentifier] = []
    private var onPath: Set<ObjectIdentifier> = []

    static let cycleCheckDepth = 1000
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    init(escapeHTML: Bool, prefix: String, indent: String?) {
        self.escapeHTML = escapeHTML
        self.prefix = Array(prefix.utf8)
        self.indent = indent.map { Array($0.utf8) }
        out.reserveCapacity(256)
    }

    var result: String { String(decoding: out, as: UTF8.self) }

    mutating func write(_ v: Value) throws {
        switch v {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let b):
            out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i, let type):
            if type.isUnsigned {
                out.append(contentsOf: String(UInt64(bitPattern: i)).utf8)
            } else {
                out.append(contentsOf: String(i).utf8)
            }
        case .float(let f):
            try writeFloat(f)
        case .string(let s):
            writeString(Array(s.utf8))
        case .bytes(let b):
            out.append(UInt8(ascii: "\""))
            GoBase64.appendStandard(b, to: &out)
            out.append(UInt8(ascii: "\""))
        case .list(let list) where list.isNil:
            out.append(contentsOf: "null".utf8)
        case .map(let map) where map.isNil:
            out.append(contentsOf: "null".utf8)
        case .list(let list):
            try enter(ObjectIdentifier(list), typeName: list.typeName)
            if list.items.isEmpty {
                out.append(contentsOf: "[]".utf8)
            } else {
                out.append(UInt8(ascii: "["))
                for (index, item) in list.items.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    newline(depth)
                    try write(item)
                }
                newline(depth - 1)
                out.append(UInt8(ascii: "]"))
            }
            leave()
        case .map(let map):
            try enter(ObjectIdentifier(map), typeName: map.typeName)
            try writeObject(map.sortedKeys.map { ($0, map[$0] ?? .null) })
            leave()
        case .object(let object):
            guard let encodable = object as? GoJSONEncodable else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            switch encodable.goJSONRepresentation {
            case .value(let value):
                try write(value)
            case .fields(let fields):
                depth += 1
                try writeObject(fields)
                depth -= 1
            }
        }
    }

    private mutating func writeObject(_ entries: [(name: String, value: Value)]) throws {
        if entries.isEmpty {
            out.append(contentsOf: "{}".utf8)
            return
        }
        out.append(UInt8(ascii: "{"))
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            newline(depth)
            writeString(Array(entry.name.utf8))
            out.append(UInt8(ascii: ":"))
            if indent != nil { out.append(UInt8(ascii: " ")) }
            try write(entry.value)
        }
        newline(depth - 1)
        out.append(UInt8(ascii: "}"))
    }

    private mutating func enter(_ id: ObjectIdentifier, typeName: String) throws {
        depth += 1
        if depth > Self.cycleCheckDepth {
            if !onPath.insert(id).inserted {
                throw GoJSONError("json: unsupported value: encountered a cycle via \(typeName)")
            }
            path.append(id)
        }
    }

    private mutating func leave() {
        if depth > Self.cycleCheckDepth, let id = path.popLast() { onPath.remove(id) }
        depth -= 1
    }

    /// `json.Indent`'s line break: newline, prefix, one indent per level.
    private mutating func newline(_ level: Int) {
        guard let indent = indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: prefix)
        for _ in 0..<max(level, 0) { out.append(contentsOf: indent) }
    }

    /// encoding/json's float64: `%f`-like shortest digits, exponent form
    /// below 1e-6 or from 1e21, exponent without a leading zero.
    private mutating func writeFloat(_ f: Double) throws {
        if f.isNaN || f.isInfinite {
            throw GoJSONError("json: unsupported value: " + GoFloat.format(f, fmt: "g", prec: -1))
        }
        let magnitude = f.magnitude
        let useExponent = magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21)
        var text = GoFloat.formatBytes(f, fmt: useExponent ? UInt8(ascii: "e") : UInt8(ascii: "f"), prec: -1)
        if useExponent {
            let n = text.count
            if n >= 4 && text[n - 4] == UInt8(ascii: "e") && text[n - 3] == UInt8(ascii: "-")
                && text[n - 2] == UInt8(ascii: "0") {
                text[n - 2] = text[n - 1]
                text.removeLast()
            }
        }
        out.append(contentsOf: text)
    }

    /// Go's `appendString`: escapes `"` `\` and control bytes, `<>&` when
    /// escaping HTML, U+2028/U+2029 always; invalid UTF-8 as `\ufffd`.
    private mutating func writeString(_ src: [UInt8]) {
        out.append(UInt8(ascii: "\""))
        src.withUnsafeBufferPointer { buffer in
            var start = 0
            var i = 0
            while i < buffer.count {
                let b = buffer[i]
                if b < 0x80 {
                    if b >= 0x20 && b != 0x22 && b != 0x5C
                        && (!escapeHTML || (b != 0x3C && b != 0x3E && b != 0x26)) {
                        i += 1
                        continue
                    }
                    out.append(contentsOf: buffer[start..<i])
                    switch b {
                    case 0x5C, 0x22: out.append(contentsOf: [0x5C, b])
                    case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                    case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                    case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                    case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                    case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                    default:
                        out.append(contentsOf: "\\u00".utf8)
                        out.append(Self.hex[Int(b >> 4)])
                        out.append(Self.hex[Int(b & 0xF)])
                    }
                    i += 1
                    start = i
                    continue
                }
                let (rune, width) = UTF8Runes.decode(buffer, at: i)
                if rune == UTF8Runes.runeError && width == 1 || GoBytes.isEscape(rune) {
                    // An invalid byte (raw, or kept as its `GoBytes` scalar).
                    out.append(contentsOf: buffer[start..<i])
                    out.append(contentsOf: "\\ufffd".utf8)
                    i += width
                    start = i
                    continue
                }
                if rune == 0x2028 || rune == 0x2029 {
                    out.append(contentsOf: buffer[start..<i])
                    out.append(contentsOf: "\\u202".utf8)
                    out.append(Self.hex[Int(rune & 0xF)])
                    i += width
                    start = i
                    continue
                }
                i += width
            }
            out.append(contentsOf: buffer[start..<buffer.count])
        }
        out.append(UInt8(ascii: "\""))
    }
}
