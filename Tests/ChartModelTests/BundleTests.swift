import Foundation
import Testing
@testable import ChartModel

struct BundleTests {
    static let manifest = """
        ---
        # Source: c/templates/ns.yaml
        apiVersion: v1
        kind: Namespace
        metadata:
          name: ml
        ---
        # Source: c/templates/web.yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: demo-web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.25
              initContainers:
                - name: init
                  image: quay.io/org/x@sha256:abc

        """

    static func input(registry: String?) -> BundleBuilder.Input {
        .init(manifest: manifest, chartName: "c", chartVersion: "0.1.0", valuesYAML: "a: 1\n",
              flags: ["-n", "ml"], registry: registry, rendererVersion: "render test")
    }

    @Test func filesInInstallOrderWithImagesAndDigests() throws {
        let files = try BundleBuilder.files(Self.input(registry: nil))
        #expect(files.map(\.path) == ["0001-Namespace-ml.yaml", "0002-Deployment-demo-web.yaml", "manifests.yaml",
                                      "images.txt", "values.yaml", "bundle.json"])
        let images = String(decoding: files[3].data, as: UTF8.self)
        #expect(images == "nginx:1.25\nquay.io/org/x@sha256:abc\n")
        let json = String(decoding: files[5].data, as: UTF8.self)
        #expect(json.contains("\"manifests.yaml\": \"\(BundleBuilder.sha256Hex(files[2].data))\""))
        // Identical input, identical bundle.
        #expect(try BundleBuilder.files(Self.input(registry: nil)) == files)
    }

    @Test func registryRewritesEveryImage() throws {
        let files = try BundleBuilder.files(Self.input(registry: "mirror.local:5000/ml"))
        let images = String(decoding: files[3].data, as: UTF8.self)
        #expect(images == "mirror.local:5000/ml/library/nginx:1.25\nmirror.local:5000/ml/org/x@sha256:abc\n")
        let deployment = String(decoding: files[1].data, as: UTF8.self)
        #expect(deployment.contains("image: mirror.local:5000/ml/library/nginx:1.25"))
        #expect(deployment.hasPrefix("---\n# Source: c/templates/web.yaml\n"))
        #expect(!deployment.contains("image: nginx:1.25"))
    }

    @Test func writerIsAtomicAndRefusesNonEmptyFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        try BundleWriter.write([.init(path: "a.txt", data: Array("1".utf8))], to: out, force: false)
        #expect(try String(contentsOfFile: out + "/a.txt", encoding: .utf8) == "1")
        #expect(throws: ChartError.self) {
            try BundleWriter.write([.init(path: "b.txt", data: [])], to: out, force: false)
        }
        try BundleWriter.write([.init(path: "b.txt", data: Array("2".utf8))], to: out, force: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["b.txt"])
        // A bad path fails before anything replaces the old bundle, and no staging folder is left.
        #expect(throws: ChartError.self) {
            try BundleWriter.write([.init(path: "../escape", data: [])], to: out, force: true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["b.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
    }
}
