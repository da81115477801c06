import Testing
@testable import ChartModel

struct ManifestReaderTests {
    @Test func splitsDocumentsAndDropsEmptyOnes() {
        let text = "---\n# Source: c/templates/a.yaml\nkind: A\n---\n# only a comment\n--- \nkind: B\n\n---\n"
        #expect(ManifestReader.documents(in: text) == ["# Source: c/templates/a.yaml\nkind: A", "kind: B\n"])
        #expect(ManifestReader.sourceComment(of: "# Source: c/templates/a.yaml\nkind: A") == "c/templates/a.yaml")
    }
}
