import TemplateEngine

/// Loads a chart from a directory or a `.tgz` archive, with its subcharts,
/// like Helm's `loader.Load`.
///
/// API contract (bodies filled in by the chart-loading work):
public enum ChartLoader {
    /// Errors read like Helm's (e.g. `path "x" not found`).
    public static func load(path: String) throws -> Chart {
        throw ChartError("chart loading not implemented")
    }
}

/// A chart, values or dependency error with Helm's message text.
public struct ChartError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
