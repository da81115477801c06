import Testing
import TemplateEngine
@testable import ChartModel

/// The shortcut for bare `X.Y.Z` ranges agrees with the full constraint check.
@Suite struct DependencyVersionRangeTests {
    @Test(arguments: [
        ("1.2.3", "1.2.3", true), ("1.2.3", "1.2.4", false), ("1.2.3", "v1.2.3", true),
        ("1.2.3", "1.2.3-rc.1", false), ("1.2.3", "1.2.3+build.7", true), ("01.2.3", "1.2.3", true),
        ("1.2", "1.2.0", true), ("1.2.3.4", "1.2.3", false), ("1.2.3", "1.2", false), ("0.0.0", "0.0.0", true),
        ("18446744073709551616.0.0", "1.0.0", false), ("1..3", "1.0.3", false), (".1.2", "0.1.2", false),
    ])
    func exactRangeAgreesWithConstraint(_ constraint: String, _ version: String, _ expected: Bool) {
        let full: Bool
        if let v = try? SemverVersion(parsing: version), let c = try? SemverConstraint(parsing: constraint) {
            full = c.check(v)
        } else {
            full = false
        }
        #expect(full == expected)
        #expect(DependencyVersionRange.isCompatible(constraint, version) == expected)
    }
}
