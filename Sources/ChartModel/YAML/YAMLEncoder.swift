import TemplateEngine

/// Values to YAML text as Helm's `toYaml` writes it (sigs.k8s.io/yaml.Marshal:
/// JSON round trip, then go-yaml v2's emitter).
public enum YAMLEncoder {
    /// `yaml.Marshal(v)`: sorted keys, go-yaml v2 quoting and folding; ends with a newline.
    /// Errors: `error marshaling into JSON: json: unsupported value: NaN`.
    public static func encode(_ value: Value) throws -> String {
        let node = try GoYAMLEncoding.node(value)
        return String(decoding: GoYAMLEmitter.document(node), as: UTF8.self)
    }
}
