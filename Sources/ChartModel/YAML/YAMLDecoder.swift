import TemplateEngine

/// YAML to values with Helm's semantics (sigs.k8s.io/yaml: go-yaml v2, then
/// JSON): numbers become float64, YAML 1.1 booleans, keys as strings.
public enum YAMLDecoder {
    /// Helm's `LoadValues` for values.yaml and `-f` files (see `loadValues`).
    /// One document alone is `decodeMap`.
    public static func decodeValues(_ bytes: [UInt8]) throws -> GoMap {
        try loadValues(bytes)
    }

    /// Helm's whole `LoadValues` (values.yaml, `-f` files): the text is split
    /// into documents with k8s' `YAMLReader`, each decoded with
    /// `decodeMap` (empty or `null` is an empty map), and the documents merged in order (maps deeply,
    /// anything else replaced). Errors carry Helm's text after the caller's
    /// prefix (`cannot load values.yaml: `, `failed to parse FILE: `):
    /// `cannot unmarshal yaml document: error converting YAML to JSON: …` or
    /// `error reading yaml document: invalid Yaml document separator: x`.
    public static func loadValues(_ bytes: [UInt8]) throws -> GoMap {
        let documents: [[UInt8]]
        do {
            documents = try YAMLDocumentReader.split(bytes)
        } catch let e as YAMLError {
            throw YAMLError("error reading yaml document: " + e.message)
        }
        var values: GoMap?
        for document in documents {
            let current: GoMap
            do {
                current = try decodeMap(document) ?? GoMap()
            } catch let e as YAMLError {
                throw YAMLError("cannot unmarshal yaml document: " + e.message)
            }
            if let existing = values {
                values = mergeMaps(existing, current)
            } else {
                values = current
            }
        }
        return values ?? GoMap()
    }

    /// Helm's `MergeMaps`: b's keys win; maps present on both sides merge recursively.
    static func mergeMaps(_ a: GoMap, _ b: GoMap) -> GoMap {
        var out = a.storage
        for (k, v) in b.storage {
            if case .map(let bm) = v, case .map(let am)? = out[k] {
                out[k] = .map(mergeMaps(am, bm))
                continue
            }
            out[k] = v
        }
        return GoMap(out)
    }

    /// sigs.k8s.io/yaml `Unmarshal` of the first document into `interface{}`.
    /// Errors: `error converting YAML to JSON: yaml: line 2: …`.
    public static func decode(_ bytes: [UInt8]) throws -> Value {
        do {
            return try YAMLTreeDecoder.decode(YAMLNodeTree.parse(bytes))
        } catch let e as YAMLError {
            throw YAMLError("error converting YAML to JSON: " + e.message)
        }
    }

    /// sigs.k8s.io/yaml `Unmarshal` into `map[string]interface{}` (Helm's
    /// `fromYaml`, each values document). Returns nil when the document is
    /// empty or `null` (JSON `null` leaves a Go map nil). A non-mapping
    /// document fails with
    /// `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}`.
    public static func decodeMap(_ bytes: [UInt8]) throws -> GoMap? {
        let v = try decode(bytes)
        switch v {
        case .null: return nil
        case .map(let m): return m
        default: throw typeMismatch(v, target: "map[string]interface {}")
        }
    }

    /// sigs.k8s.io/yaml `Unmarshal` into `[]interface{}` (Helm's `fromYamlArray`);
    /// nil for an empty or `null` document.
    public static func decodeList(_ bytes: [UInt8]) throws -> GoList? {
        let v = try decode(bytes)
        switch v {
        case .null: return nil
        case .list(let l): return l
        default: throw typeMismatch(v, target: "[]interface {}")
        }
    }

    /// Splits text into documents as Helm's values loader does (k8s `YAMLReader`).
    public static func splitDocuments(_ bytes: [UInt8]) throws -> [[UInt8]] {
        try YAMLDocumentReader.split(bytes)
    }

    /// Go `encoding/json`'s type-mismatch error, as sigs.k8s.io/yaml wraps it.
    static func typeMismatch(_ v: Value, target: String) -> YAMLError {
        YAMLError("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKind(v)) into Go value of type \(target)")
    }

    /// The JSON value kind `encoding/json` names in its errors.
    static func jsonKind(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .float: return "number"
        case .string: return "string"
        case .list, .bytes: return "array"
        case .map, .object: return "object"
        }
    }
}

/// A YAML error with go-yaml's message text.
public struct YAMLError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
