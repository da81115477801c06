import TemplateEngine

/// `values.schema.json` validation of the parent chart and its subcharts
/// (Helm's `ValidateAgainstSchema`), failing with Helm's message.
enum SchemaValidation {
    static func validate(chart: Chart, values: GoMap) throws {
        let report = check(chart: chart, values: values)
        if !report.isEmpty {
            throw ChartError("values don't meet the specifications of the schema(s) in the following chart(s):\n" + report)
        }
    }

    /// The per-chart report: `name:\n- at '…': …\n` for each failing chart.
    static func check(chart: Chart, values: GoMap) -> String {
        var out = ""
        if let schema = chart.schema, let err = validateSingle(values, schema) {
            out += chart.name + ":\n" + err
        }
        for sub in chart.dependencies {
            guard let raw = values[sub.name], !raw.isNull else { continue }
            guard case .map(let subValues) = raw else {
                out += "\(sub.name):\ninvalid type for values: expected object (map), got \(raw.goTypeName)\n"
                continue
            }
            out += check(chart: sub, values: subValues)
        }
        return out
    }

    /// `ValidateAgainstSingleSchema`: nil when valid, else the error text.
    static func validateSingle(_ values: GoMap, _ schemaJSON: [UInt8]) -> String? {
        // jsonschema.UnmarshalJSON: one value through a json.Decoder with
        // UseNumber, then nothing but white space.
        let root: Value
        do {
            let (value, end) = try GoJSON.decodeFirst(schemaJSON, useNumber: true)
            if schemaJSON[end...].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
                return "invalid character after top-level value"
            }
            root = value
        } catch {
            return "\(error)"
        }
        var draft = JSONSchemaNode.Draft.modern
        if case .map(let m) = root, let s = m["$schema"]?.stringValue,
           s.contains("draft-04") || s.contains("draft-06") || s.contains("draft-07") || s.contains("draft-03") {
            draft = .legacy
        }
        let node = JSONSchemaNode.compile(root, draft: draft)
        let validator = SchemaValidator(root: root, draft: draft)
        guard let err = validator.validate(node, .map(values), []) else { return nil }
        let top: [SchemaError]
        if case .group = err.kind { top = err.causes } else { top = [err] }
        var text = ""
        for e in top { e.display(into: &text, indent: 1) }
        if text.hasPrefix("\n") { text.removeFirst() }
        return text + "\n"
    }
}
