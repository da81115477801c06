import Testing
@testable import ChartModel

/// Cases from Helm v4.2.3's `pkg/release/v1/util/manifest_test.go`
/// (`TestSplitManifests`): input stream and Helm's documents, in order.
@Suite struct OutputSplitterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var input: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cm1 = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm1"
    static let cm2 = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm2\n"
    static let block = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: test\ndata:\n  key: |+\n    hello"

    static let cases: [Case] = [
        Case(name: "empty input", input: "", expected: []),
        Case(name: "whitespace only", input: "  \n\n  \n", expected: []),
        Case(name: "whitespace-only doc after separator is skipped",
             input: "---\n" + cm1 + "\n---\n  \n", expected: [cm1]),
        Case(name: "two docs with proper separator", input: "\n" + cm1 + "\n---\n" + cm2, expected: [cm1, cm2]),
        Case(name: "keep block scalar with 2 trailing newlines", input: "\n" + block + "\n\n", expected: [block + "\n\n"]),
        Case(name: "keep block before separator loses trailing newlines",
             input: "\n" + block + "\n\n\n---\n" + cm2, expected: [block, cm2]),
        Case(name: "glued separator splits", input: "a: 1\n---apiVersion: v1\n", expected: ["a: 1", "apiVersion: v1\n"]),
    ]

    @Test(arguments: cases)
    func splitsLikeHelm(_ c: Case) {
        #expect(ManifestSplitter.split(c.input) == c.expected)
    }
}
