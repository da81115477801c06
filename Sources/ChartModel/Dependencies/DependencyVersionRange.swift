/// Helm's `IsCompatibleRange(constraint, version)`: whether a subchart's
/// version satisfies a Chart.yaml dependency's version range. An empty or
/// unparsable range, or an invalid version, is not compatible.
enum DependencyVersionRange {
    static func isCompatible(_ constraint: String, _ version: String) -> Bool {
        guard let v = SemanticVersion(parsing: version),
              let c = VersionConstraint(parsing: constraint) else { return false }
        return c.check(v)
    }
}
