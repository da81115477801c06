import TemplateEngine

/// Helm's install-time values pipeline for a loaded chart.
public enum ReleaseValues {
    /// Processes dependencies (conditions, tags, aliases, import-values; drops
    /// disabled subcharts from `chart.dependencies`), coalesces the chart's
    /// defaults (and subcharts', globals included) with `userValues`, and
    /// validates `values.schema.json`. Returns the top-level `.Values`;
    /// a subchart's values are `values[subchart.name]` (name = alias when aliased).
    public static func prepare(chart: Chart, userValues: GoMap) throws -> GoMap {
        var warnings: [String] = []
        return try prepare(chart: chart, userValues: userValues, skipSchemaValidation: false, warnings: &warnings)
    }

    /// As `prepare(chart:userValues:)`, collecting the lines Helm logs on the
    /// way (type clashes while coalescing, non-bool conditions, missing import
    /// tables), each as its text after the log time stamp, in Helm's order.
    /// `stopRequested` (the warm-up render's) is asked between the steps;
    /// when it says stop, this throws `RenderError.stopped`.
    public static func prepare(chart: Chart, userValues: GoMap, skipSchemaValidation: Bool,
                               warnings: inout [String], stopRequested: (() -> Bool)? = nil) throws -> GoMap {
        do {
            try DependencyProcessor.process(chart, values: userValues, warnings: &warnings)
        } catch let e as ChartError {
            throw ChartError("chart dependencies processing failed: \(e.message)")
        }
        refreshFields(chart)
        if stopRequested?() == true { throw RenderError.stopped }
        let values = try ValueCoalescing.coalesceValues(chart, userValues, warnings: &warnings)
        if stopRequested?() == true { throw RenderError.stopped }
        if !skipSchemaValidation {
            try SchemaValidation.validate(chart: chart, values: values)
        }
        return values
    }

    /// Rebuilds every chart's `.Chart` object after dependency processing
    /// renamed aliases and filled in `Enabled` and `ImportValues`.
    private static func refreshFields(_ chart: Chart) {
        chart.metadata.refreshFields()
        for d in chart.dependencies { refreshFields(d) }
    }
}
