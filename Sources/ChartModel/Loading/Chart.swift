import TemplateEngine

/// A loaded chart: its metadata, templates, other files, default values and
/// subcharts. Paths are relative to the chart's root and use `/`.
public final class Chart {
    /// Chart.yaml as Helm's `*chart.Metadata` with Go field names
    /// (`Name`, `Version`, `AppVersion`, `APIVersion`, …): what `.Chart` is.
    public var metadata: ChartMetadata
    /// Every file under `templates/` (partials included), e.g. `templates/deployment.yaml`.
    public var templates: [ChartFile]
    /// Every file that is not a template, Chart.yaml, values.yaml or under
    /// `charts/`: what `.Files` serves (helmignore already applied).
    public var files: [ChartFile]
    /// Files under `crds/`.
    public var crds: [ChartFile]
    /// The chart's `values.yaml` (empty when absent).
    public var values: GoMap
    /// `values.schema.json`, when present.
    public var schema: [UInt8]?
    /// Subcharts, in Helm's order.
    public var dependencies: [Chart]
    /// The chart this one is a subchart of.
    public weak var parent: Chart?

    public init(metadata: ChartMetadata, templates: [ChartFile] = [], files: [ChartFile] = [],
                crds: [ChartFile] = [], values: GoMap = GoMap(), schema: [UInt8]? = nil,
                dependencies: [Chart] = []) {
        self.metadata = metadata
        self.templates = templates
        self.files = files
        self.crds = crds
        self.values = values
        self.schema = schema
        self.dependencies = dependencies
        for d in dependencies { d.parent = self }
    }

    public var name: String { metadata.name }

    /// Whether this chart is the top-level chart.
    public var isRoot: Bool { parent == nil }

    /// Helm's `SetDependencies`: replaces the subcharts, making this chart their parent.
    public func setDependencies(_ charts: [Chart]) {
        dependencies = charts
        for d in charts { d.parent = self }
    }

    /// Helm's `ChartFullPath`: `parent/charts/name` up to the root.
    public var fullPath: String {
        guard let p = parent else { return name }
        return p.fullPath + "/charts/" + name
    }

    /// A copy sharing files and the values map, with its own metadata and
    /// one-level copies of its subcharts (what Helm does for an aliased dependency).
    public func shallowCopy() -> Chart {
        let out = Chart(metadata: metadata, templates: templates, files: files, crds: crds, values: values,
                        schema: schema)
        var children: [Chart] = []
        for d in dependencies {
            let c = Chart(metadata: d.metadata, templates: d.templates, files: d.files, crds: d.crds,
                          values: d.values, schema: d.schema)
            c.dependencies = d.dependencies
            children.append(c)
        }
        out.setDependencies(children)
        return out
    }
}

/// One file of a chart.
public struct ChartFile {
    /// Path relative to the chart root, e.g. `templates/_helpers.tpl`.
    public let name: String
    public let data: [UInt8]

    public init(name: String, data: [UInt8]) {
        self.name = name
        self.data = data
    }
}
