import TemplateEngine

/// Helm's `toYamlPretty`: go-yaml v3's encoder with indent 2 (values are
/// not JSON round-tripped: ints stay ints, floats print as floats).
public enum YAMLPrettyEncoder {
    public static func encode(_ value: Value) throws -> String {
        // go-yaml v3 style: sequences indented under their key.
        try YAMLEncoder.encode(value)
    }
}
