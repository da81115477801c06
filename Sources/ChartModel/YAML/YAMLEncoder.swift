import TemplateEngine

/// Values to YAML text as Helm's `toYaml` writes it (sigs.k8s.io/yaml.Marshal:
/// JSON round trip, then go-yaml v2's emitter).
///
/// API contract (bodies filled in by the YAML work):
public enum YAMLEncoder {
    /// `yaml.Marshal(v)`: sorted keys, go-yaml v2 quoting and folding; ends with a newline.
    public static func encode(_ value: Value) throws -> String {
        throw YAMLError("yaml encoding not implemented")
    }
}
