import TemplateEngine

/// Helm's `IsCompatibleRange(constraint, version)`: whether a subchart's
/// version satisfies a Chart.yaml dependency's version range (and a chart's
/// `kubeVersion` the cluster's), by Masterminds/semver v3 as Sprig's
/// `semverCompare`. An empty or unparsable range, or an invalid version, is
/// not compatible.
enum DependencyVersionRange {
    static func isCompatible(_ constraint: String, _ version: String) -> Bool {
        guard let v = try? SemverVersion(parsing: version),
              let c = try? SemverConstraint(parsing: constraint) else { return false }
        return c.check(v)
    }
}
