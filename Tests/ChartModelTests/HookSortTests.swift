import Testing
@testable import ChartModel

/// Hook separation as Helm's `SortManifests` does it (manifest_sorter.go):
/// documents with a known `helm.sh/hook` event become hooks, unknown events
/// drop the document, other annotations leave it a manifest.
@Suite struct HookSortTests {
    static func doc(_ kind: String, _ name: String, hook: String? = nil) -> String {
        var s = "apiVersion: v1\nkind: \(kind)\nmetadata:\n  name: \(name)\n"
        if let hook { s += "  annotations:\n    helm.sh/hook: \(hook)\n" }
        return s
    }

    @Test func hooksAreSeparatedFromManifests() throws {
        let files = ["c/templates/a.yaml": Self.doc("Job", "j", hook: "pre-install") + "---\n" + Self.doc("Service", "s")]
        let result = try ManifestSorter.sort(files: files)
        #expect(result.hooks.map(\.name) == ["j"])
        #expect(result.hooks.first?.events == [.preInstall])
        #expect(result.manifests.map(\.head.name) == ["s"])
    }

    @Test func unknownEventDropsTheDocument() throws {
        let files = ["c/templates/a.yaml": Self.doc("Job", "j", hook: "pre-install,bogus")]
        let result = try ManifestSorter.sort(files: files)
        #expect(result.hooks.isEmpty)
        #expect(result.manifests.isEmpty)
    }

    @Test func testSuccessIsATestHook() throws {
        let files = ["c/templates/a.yaml": Self.doc("Pod", "p", hook: "\" Test-Success \"")]
        let result = try ManifestSorter.sort(files: files)
        #expect(result.hooks.first?.isTest == true)
    }

    @Test func partialsAndBlankFilesAreSkipped() throws {
        let files = ["c/templates/_p.yaml": Self.doc("Secret", "x"), "c/templates/b.yaml": " \n\n"]
        let result = try ManifestSorter.sort(files: files)
        #expect(result.hooks.isEmpty && result.manifests.isEmpty)
    }

    @Test func hooksSortByKindOnly() throws {
        let files = [
            "c/templates/a.yaml": Self.doc("Job", "first", hook: "post-install"),
            "c/templates/b.yaml": Self.doc("ConfigMap", "second", hook: "pre-install"),
        ]
        let result = try ManifestSorter.sort(files: files)
        #expect(result.hooks.map(\.name) == ["second", "first"])
    }
}
