import Foundation
import TemplateEngine

/// Helm's `ProcessDependencies` (`pkg/chart/v2/util/dependencies.go`):
/// matches Chart.yaml dependencies to loaded subcharts (copying them under
/// their alias), evaluates `tags` and `condition` against the coalesced
/// values, removes disabled subcharts, then imports values from children
/// into parents (`import-values`).
enum DependencyProcessor {
    static func process(_ chart: Chart, values: GoMap, warnings: inout [String]) throws {
        try processEnabled(chart, values: values, path: "", warnings: &warnings)
        try ImportValues.process(chart, warnings: &warnings)
    }

    private static func processEnabled(_ chart: Chart, values: GoMap, path: String,
                                       warnings: inout [String]) throws {
        if chart.metadata.dependencies.isEmpty && !chart.metadata.hasDependencyList { return }
        var kept: [Chart] = []
        outer: for existing in chart.dependencies {
            for req in chart.metadata.dependencies
            where existing.name == req.name
                && DependencyVersionRange.isCompatible(req.version, existing.metadata.version) {
                continue outer
            }
            kept.append(existing)
        }
        for i in chart.metadata.dependencies.indices {
            let req = chart.metadata.dependencies[i]
            if let copy = aliasCopy(chart.dependencies, req) { kept.append(copy) }
            if !req.alias.isEmpty { chart.metadata.dependencies[i].name = req.alias }
        }
        chart.setDependencies(kept)

        for i in chart.metadata.dependencies.indices { chart.metadata.dependencies[i].enabled = true }
        let cvals = try ValueCoalescing.coalesceValues(chart, values, warnings: &warnings)
        processTags(&chart.metadata.dependencies, cvals, warnings: &warnings)
        processConditions(&chart.metadata.dependencies, cvals, path: path, warnings: &warnings)

        let removed = Set(chart.metadata.dependencies.filter { !$0.enabled }.map(\.name))
        let enabledCharts = chart.dependencies.filter { !removed.contains($0.name) }
        let enabledMetadata = chart.metadata.dependencies.filter { !removed.contains($0.name) }
        for sub in enabledCharts {
            try processEnabled(sub, values: cvals, path: path + sub.name + ".", warnings: &warnings)
        }
        chart.metadata.dependencies = enabledMetadata
        chart.setDependencies(enabledCharts)
    }

    /// `getAliasDependency`: the first loaded subchart with the dependency's
    /// name and a compatible version, copied (metadata and the list of its
    /// subcharts) and renamed to the alias.
    private static func aliasCopy(_ charts: [Chart], _ dep: ChartDependency) -> Chart? {
        for c in charts where c.name == dep.name {
            if !DependencyVersionRange.isCompatible(dep.version, c.metadata.version) { continue }
            let out = c.shallowCopy()
            if !dep.alias.isEmpty {
                out.metadata.name = dep.alias
                out.metadata.refreshFields()
            }
            return out
        }
        return nil
    }

    private static func processTags(_ reqs: inout [ChartDependency], _ cvals: GoMap, warnings: inout [String]) {
        guard case .success(let vt) = ValuePath.table(cvals, "tags") else { return }
        for i in reqs.indices {
            var hasTrue = false
            var hasFalse = false
            for k in reqs[i].tags {
                guard let b = vt[k] else { continue }
                if case .bool(let bv) = b {
                    if bv { hasTrue = true } else { hasFalse = true }
                } else {
                    warnings.append("WARN returned non-bool value tag=\(k) chart=\(reqs[i].name)")
                }
            }
            if !hasTrue && hasFalse {
                reqs[i].enabled = false
            } else if hasTrue || (!hasTrue && !hasFalse) {
                reqs[i].enabled = true
            }
        }
    }

    private static func processConditions(_ reqs: inout [ChartDependency], _ cvals: GoMap, path: String,
                                          warnings: inout [String]) {
        for i in reqs.indices {
            if reqs[i].condition.isEmpty { continue }
            let condition = GoWhitespace.trimSpace(reqs[i].condition)
            for c in condition.split(separator: ",", omittingEmptySubsequences: false) where !c.isEmpty {
                guard let vv = ValuePath.value(cvals, path + c) else { continue }
                if case .bool(let bv) = vv {
                    reqs[i].enabled = bv
                    break
                }
                warnings.append("WARN returned non-bool value path=\(c) chart=\(reqs[i].name)")
            }
        }
    }
}
