import TemplateEngine

/// Helm's `IsCompatibleRange(constraint, version)`: whether a subchart's
/// version satisfies a Chart.yaml dependency's version range (and a chart's
/// `kubeVersion` the cluster's), by Masterminds/semver v3 as Sprig's
/// `semverCompare`. An empty or unparsable range, or an invalid version, is
/// not compatible.
enum DependencyVersionRange {
    static func isCompatible(_ constraint: String, _ version: String) -> Bool {
        guard let v = try? SemverVersion(parsing: version) else { return false }
        if let exact = exactVersion(constraint) {
            // A bare `X.Y.Z` means `=X.Y.Z`, which a prerelease never satisfies.
            return v.major == exact.0 && v.minor == exact.1 && v.patch == exact.2 && v.prerelease.isEmpty
        }
        guard let c = try? SemverConstraint(parsing: constraint) else { return false }
        return c.check(v)
    }

    /// The parts of a constraint that is exactly `X.Y.Z` (decimal digits, no
    /// operator, wildcard, prerelease or spaces), the common case.
    private static func exactVersion(_ constraint: String) -> (UInt64, UInt64, UInt64)? {
        var parts: [UInt64] = []
        var current: UInt64 = 0
        var digits = 0
        for b in constraint.utf8 {
            if b >= 0x30 && b <= 0x39 {
                let (m, o1) = current.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(b - 0x30))
                if o1 || o2 { return nil }
                current = a
                digits += 1
            } else if b == 0x2E && digits > 0 && parts.count < 2 {
                parts.append(current)
                current = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, parts.count == 2 else { return nil }
        return (parts[0], parts[1], current)
    }
}
