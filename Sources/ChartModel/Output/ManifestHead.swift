import Foundation
import TemplateEngine

/// Helm's `releaseutil.SimpleHead`: the kind, name and annotations of one
/// manifest document, decoded like `yaml.Unmarshal(doc, &SimpleHead)`
/// (sigs.k8s.io/yaml: YAML to JSON, then encoding/json into the struct, with
/// YAML scalars coerced into the struct's string fields).
public struct ManifestHead: Equatable {
    public var kind: String = ""
    public var name: String = ""
    public var annotations: [String: String]?

    static let metadataStructType =
        #"struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#

    /// Decodes the head of `document`; throws a `ManifestError` with the text
    /// Helm prints after `YAML parse error on FILE: `.
    public static func parse(_ document: String) throws -> ManifestHead {
        let value: Value
        do {
            value = try YAMLDecoder.decode(GoBytes.bytes(document))
        } catch let e as YAMLError {
            throw ManifestError(e.message.replacingOccurrences(of: "common.Values", with: "util.SimpleHead"))
        }
        var head = ManifestHead()
        switch value {
        case .null:
            return head
        case .map(let top):
            for v in fields(top, "apiVersion") { _ = try coerce(v, field: "SimpleHead.apiVersion") }
            for v in fields(top, "kind") { head.kind = try coerce(v, field: "SimpleHead.kind") }
            for md in fields(top, "metadata") {
                switch md {
                case .null:
                    head.name = ""
                    head.annotations = nil
                case .map(let meta):
                    for v in fields(meta, "name") { head.name = try coerce(v, field: "SimpleHead.metadata.name") }
                    for an in fields(meta, "annotations") {
                        switch an {
                        case .null:
                            head.annotations = nil
                        case .map(let amap):
                            var result = head.annotations ?? [:]
                            for k in amap.sortedKeys {
                                result[k] = try coerce(amap[k] ?? .null, field: ".metadata.annotations")
                            }
                            head.annotations = result
                        default:
                            throw unmarshalError(an, into: "Go struct field .metadata.annotations of type map[string]string")
                        }
                    }
                default:
                    throw unmarshalError(md, into: "Go struct field SimpleHead.metadata of type \(metadataStructType)")
                }
            }
            return head
        default:
            throw unmarshalError(value, into: "Go value of type util.SimpleHead")
        }
    }

    /// The values of the object keys encoding/json decodes into field `name`
    /// (exact or case-insensitive match), in key order; the last one wins.
    static func fields(_ map: GoMap, _ name: String) -> [Value] {
        let lower = name.lowercased()
        var out: [Value] = []
        for k in map.sortedKeys where k == name || k.lowercased() == lower {
            if let v = map[k] { out.append(v) }
        }
        return out
    }

    static func jsonTypeName(_ v: Value) -> String {
        switch v {
        case .map, .object: return "object"
        case .list, .bytes: return "array"
        case .string: return "string"
        case .bool: return "bool"
        case .int, .float: return "number"
        case .null: return "null"
        }
    }

    static func unmarshalError(_ v: Value, into target: String) -> ManifestError {
        ManifestError("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonTypeName(v)) into \(target)")
    }

    /// A decoded value landing in a Go string field.
    static func coerce(_ v: Value, field: String) throws -> String {
        switch v {
        case .null: return ""
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let f): return formatFloat32(f)
        default:
            throw unmarshalError(v, into: "Go struct field \(field) of type string")
        }
    }

    /// `strconv.FormatFloat(f, 'g', -1, 32)`.
    static func formatFloat32(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
        let f = Float(d)
        if f == 0 { return "0" }
        let magnitude = Double(abs(f))
        var mantissa = ""
        var exponent = 0
        for precision in 1...9 {
            let s = String(format: "%.*e", precision - 1, magnitude)
            if Float(s) == abs(f) || precision == 9 {
                let parts = s.split(separator: "e")
                mantissa = String(parts[0])
                exponent = Int(parts.count > 1 ? String(parts[1]) : "0") ?? 0
                break
            }
        }
        var digits = mantissa.replacingOccurrences(of: ".", with: "")
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        let out: String
        if exponent < -4 || exponent >= 6 {
            let first = digits.prefix(1)
            let rest = digits.dropFirst()
            let sign = exponent < 0 ? "-" : "+"
            let e = abs(exponent)
            out = first + (rest.isEmpty ? "" : "." + rest) + "e" + sign + (e < 10 ? "0" : "") + String(e)
        } else if exponent < 0 {
            out = "0." + String(repeating: "0", count: -exponent - 1) + digits
        } else if digits.count <= exponent + 1 {
            out = digits + String(repeating: "0", count: exponent + 1 - digits.count)
        } else {
            out = digits.prefix(exponent + 1) + "." + digits.dropFirst(exponent + 1)
        }
        return (f < 0 ? "-" : "") + out
    }
}

/// A manifest that does not parse; `message` is what follows
/// `YAML parse error on FILE: `.
public struct ManifestError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
