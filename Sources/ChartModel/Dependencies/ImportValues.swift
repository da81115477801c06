import TemplateEngine

/// Helm's `processDependencyImportValues`: children first, then each chart
/// whose Chart.yaml lists dependencies gets its values replaced by the
/// merged values of its tree with the imported tables underneath.
enum ImportValues {
    static func process(_ chart: Chart, warnings: inout [String]) throws {
        for d in chart.dependencies { try process(d, warnings: &warnings) }
        try processChart(chart, warnings: &warnings)
    }

    private static func processChart(_ chart: Chart, warnings: inout [String]) throws {
        if chart.metadata.dependencies.isEmpty && !chart.metadata.hasDependencyList { return }
        let cvals = try ValueCoalescing.mergeValues(chart, GoMap(), warnings: &warnings)
        var b = GoMap()
        for i in chart.metadata.dependencies.indices {
            let r = chart.metadata.dependencies[i]
            var outiv: [Value] = []
            for riv in r.importValues {
                switch riv {
                case .map(let iv):
                    let child = valueText(iv["child"] ?? .null)
                    let parent = valueText(iv["parent"] ?? .null)
                    outiv.append(pair(child: child, parent: parent))
                    switch ValuePath.table(cvals, r.name + "." + child) {
                    case .failure(let e):
                        warnings.append("WARN ImportValues missing table from chart chart=\(r.name) error=\(GoStrconv.quote(e.message))")
                    case .success(let vv):
                        b = ValueCoalescing.coalesceTables(b, pathToMap(parent, asMap(vv)), prefix: "", merge: true,
                                                           warnings: &warnings)
                    }
                case .string(let s):
                    let child = "exports." + s
                    outiv.append(pair(child: child, parent: "."))
                    switch ValuePath.table(cvals, r.name + "." + child) {
                    case .failure(let e):
                        warnings.append("WARN ImportValues missing table error=\(GoStrconv.quote(e.message))")
                    case .success(let vm):
                        b = ValueCoalescing.coalesceTables(b, asMap(vm), prefix: "", merge: true, warnings: &warnings)
                    }
                default:
                    continue
                }
            }
            chart.metadata.dependencies[i].importValues = outiv
        }
        chart.values = ValueCoalescing.coalesceTables(ValueMaps.deepCopy(cvals), b, prefix: "", merge: true,
                                                      warnings: &warnings)
    }

    private static func pair(child: String, parent: String) -> Value {
        .map(GoMap(["child": .string(child), "parent": .string(parent)], typeName: "map[string]string",
                   elementTypeName: "string"))
    }

    /// `Values.AsMap`: an empty table becomes a fresh map.
    private static func asMap(_ m: GoMap) -> GoMap { m.count == 0 ? GoMap() : m }

    /// `pathToMap`: `data` nested under the dotted `path` (`.` is the top).
    private static func pathToMap(_ path: String, _ data: GoMap) -> GoMap {
        if path == "." { return data }
        var cur = data
        for part in path.split(separator: ".", omittingEmptySubsequences: false).reversed() {
            cur = GoMap([String(part): .map(cur)])
        }
        return cur
    }
}
