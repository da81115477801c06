import TemplateEngine

/// YAML to values with Helm's semantics (sigs.k8s.io/yaml: go-yaml v2, then
/// JSON): numbers become float64, YAML 1.1 booleans, keys as strings.
///
/// API contract (bodies filled in by the YAML work):
public enum YAMLDecoder {
    /// Helm's `ReadValues`: one document that must be a mapping (empty → empty map).
    /// Errors carry go-yaml's text, e.g. `error converting YAML to JSON: yaml: line 2: …`.
    public static func decodeValues(_ bytes: [UInt8]) throws -> GoMap {
        throw YAMLError("yaml decoding not implemented")
    }

    /// `yaml.Unmarshal` of one document into `interface{}`.
    public static func decode(_ bytes: [UInt8]) throws -> Value {
        throw YAMLError("yaml decoding not implemented")
    }
}

/// A YAML error with go-yaml's message text.
public struct YAMLError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
