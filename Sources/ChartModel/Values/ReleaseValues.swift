import TemplateEngine

/// Helm's install-time values pipeline for a loaded chart.
///
/// API contract (bodies filled in by the values work):
public enum ReleaseValues {
    /// Processes dependencies (conditions, tags, aliases, import-values; drops
    /// disabled subcharts from `chart.dependencies`), coalesces the chart's
    /// defaults (and subcharts', globals included) with `userValues`, and
    /// validates `values.schema.json`. Returns the top-level `.Values`.
    public static func prepare(chart: Chart, userValues: GoMap) throws -> GoMap {
        throw ChartError("values not implemented")
    }
}

/// The values flags of `helm template`, merged as Helm's `values.Options.MergeValues`.
public struct ValueOptions {
    public var valueFiles: [String] = []
    public var stringValues: [String] = []   // --set-string
    public var values: [String] = []         // --set
    public var fileValues: [String] = []     // --set-file
    public var jsonValues: [String] = []     // --set-json
    public var literalValues: [String] = []  // --set-literal
    public init() {}

    /// The user-supplied values (files in order, then the `--set` family in Helm's order).
    /// `stdin` supplies the bytes of `-f -`.
    public func merge(stdin: () -> [UInt8] = { [] }) throws -> GoMap {
        throw ChartError("value flags not implemented")
    }
}
