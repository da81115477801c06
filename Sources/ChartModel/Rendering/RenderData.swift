import TemplateEngine

/// One template file to execute and the data it sees (Helm's `renderable`).
struct Renderable {
    /// The template's source bytes.
    let source: [UInt8]
    /// The chart-scoped top-level object (`.Values`, `.Chart`, …), shared by
    /// every template of that chart; `.Template` is set before each run.
    let data: GoMap
    let basePath: String
}

/// Builds the render data of a chart and its subcharts like Helm's
/// `recAllTpls`: each chart sees its own `.Values` (its table in the parent's
/// values), its own `.Chart` and `.Files`, the shared `.Release` and
/// `.Capabilities`, and `.Subcharts` with its children's data.
enum RenderData {
    static let valuesTypeName = "common.Values"

    static func collect(chart: Chart, values: GoMap, release: GoMap,
                        capabilities: Capabilities) -> [String: Renderable] {
        var templates: [String: Renderable] = [:]
        let rootValues = CommonValues.typed(values)
        _ = visit(chart, parentData: nil, rootValues: rootValues, fullPath: chart.name, release: release,
                  capabilities: capabilities, into: &templates)
        return templates
    }

    private static func visit(_ chart: Chart, parentData: GoMap?, rootValues: GoMap, fullPath: String,
                              release: GoMap, capabilities: Capabilities,
                              into templates: inout [String: Renderable]) -> GoMap {
        let isRoot = parentData == nil
        let chartMap = chart.metadata.fields.copy(typeName: "map[string]interface {}")
        chartMap["IsRoot"] = .bool(isRoot)
        let subcharts = GoMap()
        // The template's top-level object is a `common.Values` in Helm.
        let data = CommonValues.make([
            "Chart": .map(chartMap),
            "Files": .map(ChartFiles.make(from: chart.files)),
            "Release": .map(release),
            "Capabilities": .object(capabilities),
            "Values": .map(CommonValues.make([:])),
            "Subcharts": .map(subcharts),
        ])
        if isRoot {
            data["Values"] = .map(rootValues)
        } else if let parentValues = parentData?["Values"]?.mapValue,
                  let own = parentValues[chart.name]?.mapValue {
            // Helm's `values.Table` hands the subchart its table as a
            // `common.Values`; the typed map replaces the parent's entry so
            // both charts keep seeing one map (a `set` in the subchart shows
            // in the parent's `.Values.<sub>`).
            let typed = CommonValues.typed(own)
            parentValues[chart.name] = .map(typed)
            data["Values"] = .map(typed)
        }
        for child in chart.dependencies {
            let childPath = fullPath + "/charts/" + child.name
            subcharts[child.name] = .map(visit(child, parentData: data, rootValues: rootValues, fullPath: childPath,
                                               release: release, capabilities: capabilities, into: &templates))
        }
        for (name, source) in ownTemplates(of: chart, fullPath: fullPath) {
            templates[name] = Renderable(source: source, data: data, basePath: cleanJoin(fullPath, "templates"))
        }
        return data
    }

    /// The templates a chart contributes, by full name (`c/charts/sub/templates/x.yaml`):
    /// a library chart only its partials.
    private static func ownTemplates(of chart: Chart, fullPath: String) -> [(String, [UInt8])] {
        let isLibrary = chart.metadata.type == "library"
        var out: [(String, [UInt8])] = []
        for file in chart.templates {
            if isLibrary && !baseName(file.name).hasPrefix("_") { continue }
            out.append((cleanJoin(fullPath, file.name), file.data))
        }
        return out
    }

    /// Every template of a chart and its subcharts, by full name, as
    /// `collect` names them.
    /// Called before dependency processing, so a subchart is listed under
    /// the names Chart.yaml gives it (each `alias`, or its own name).
    static func templateSources(of chart: Chart) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        func visit(_ c: Chart, _ fullPath: String) {
            for child in c.dependencies {
                let entries = c.metadata.dependencies.filter { $0.name == child.name }
                var names = Set(entries.map { $0.alias.isEmpty ? $0.name : $0.alias })
                if entries.isEmpty { names.insert(child.name) }
                for name in names { visit(child, fullPath + "/charts/" + name) }
            }
            for (name, source) in ownTemplates(of: c, fullPath: fullPath) { out[name] = source }
        }
        visit(chart, chart.name)
        return out
    }

    static func baseName(_ path: String) -> Substring {
        if let slash = path.lastIndex(of: "/") { return path[path.index(after: slash)...] }
        return Substring(path)
    }

    /// Go's `path.Join(a, b)` for relative paths.
    static func cleanJoin(_ a: String, _ b: String) -> String {
        if isClean(a) && isClean(b) { return a + "/" + b }
        var parts: [Substring] = []
        for seg in (a + "/" + b).split(separator: "/", omittingEmptySubsequences: true) {
            if seg == "." { continue }
            if seg == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(seg)
        }
        return parts.joined(separator: "/")
    }

    /// Whether a relative path is already clean (non-empty, no empty, `.` or
    /// `..` segment), so that joining needs no cleaning.
    private static func isClean(_ path: String) -> Bool {
        var segmentLength = 0
        var dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if segmentLength == 0 || segmentLength == dots { return false }
                segmentLength = 0
                dots = 0
            } else {
                segmentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segmentLength > 0 && segmentLength != dots
    }
}
