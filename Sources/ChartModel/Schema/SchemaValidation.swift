import TemplateEngine

/// `values.schema.json` validation of the parent chart and its subcharts
/// (Helm's `ValidateAgainstSchema`).
enum SchemaValidation {
    static func validate(chart: Chart, values: GoMap) throws {
        // Filled in by the schema work.
    }
}
