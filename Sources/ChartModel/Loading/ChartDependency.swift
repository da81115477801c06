import TemplateEngine

/// One entry of Chart.yaml `dependencies` (Helm's `chart.Dependency`).
public struct ChartDependency {
    public var name: String = ""
    /// A version or semver range the subchart's version must satisfy.
    public var version: String = ""
    public var repository: String = ""
    /// Comma-separated value paths; the first that resolves to a bool decides.
    public var condition: String = ""
    public var tags: [String] = []
    public var enabled: Bool = false
    /// Each item is a string (`exports.<name>`) or a map with `child` and `parent`.
    public var importValues: [Value] = []
    public var alias: String = ""

    public init(name: String = "", version: String = "") {
        self.name = name
        self.version = version
    }

    func templateObject() -> GoMap {
        GoMap([
            "Name": .string(name),
            "Version": .string(version),
            "Repository": .string(repository),
            "Condition": .string(condition),
            "Tags": .list(GoList(tags.map { .string($0) })),
            "Enabled": .bool(enabled),
            "ImportValues": .list(GoList(importValues)),
            "Alias": .string(alias),
        ])
    }
}
