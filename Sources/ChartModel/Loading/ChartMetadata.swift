import TemplateEngine

/// Chart.yaml. `fields` holds Helm's `chart.Metadata` as the template sees
/// it (`.Chart.Name`, `.Chart.AppVersion`, …).
public struct ChartMetadata {
    public var name: String
    public var version: String
    public var apiVersion: String
    /// `application` or `library`.
    public var type: String
    /// The `.Chart` object: Go field names as keys.
    public var fields: GoMap

    public init(name: String, version: String, apiVersion: String = "v2", type: String = "application",
                fields: GoMap = GoMap()) {
        self.name = name
        self.version = version
        self.apiVersion = apiVersion
        self.type = type
        self.fields = fields
    }
}
