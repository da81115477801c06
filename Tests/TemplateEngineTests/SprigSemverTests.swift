import Testing
@testable import TemplateEngine

/// The public semver API the chart layer uses for `kubeVersion` checks.
struct SprigSemverTests {
    @Test(arguments: [
        (">=1.20.0-0", "v1.27.3-gke.100", true), (">=1.20", "1.21.0-gke.100", false), ("<1.20", "1.19.9", true),
        ("^1.2", "1.9.0", true), ("~1.2", "1.3.0", false), (">= 1.13.0 < 1.30.0", "1.29.0", true),
        ("1.2 - 1.4", "1.4.5", true), (">=2 || <1", "1.5.0", false),
    ])
    func check(_ constraint: String, _ version: String, _ expected: Bool) throws {
        let c = try SemverConstraint(parsing: constraint)
        let v = try SemverVersion(parsing: version)
        #expect(c.check(v) == expected)
    }

    @Test func versionFields() throws {
        let v = try SemverVersion(parsing: "v1.2.3-rc.1+build.9")
        #expect(v.major == 1 && v.minor == 2 && v.patch == 3)
        #expect(v.prerelease == "rc.1")
        #expect(v.metadata == "build.9")
        #expect(v.original == "v1.2.3-rc.1+build.9")
        #expect(v.description == "1.2.3-rc.1+build.9")
        #expect(try SemverVersion(parsing: "1.2").description == "1.2.0")
    }

    @Test(arguments: [("", "invalid semantic version"), ("1.2.3-01", "version segment starts with 0"),
                      ("1.2.3.4", "invalid semantic version")])
    func versionErrors(_ text: String, _ message: String) {
        #expect(throws: SemverError(message)) { try SemverVersion(parsing: text) }
    }

    @Test func constraintErrors() {
        #expect(throws: SemverError("improper constraint: \"foo\"")) { try SemverConstraint(parsing: "foo") }
        #expect(throws: SemverError("constraint parser error")) { try SemverConstraint(parsing: "1|2") }
    }
}
