import Foundation
import Testing

/// `render diff`, `render images` and `render bundle` on the fixture charts.
struct ToolCommandTests {
    static let fixtures = RenderProcess.repoRoot.appendingPathComponent("fixtures")

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func diffExitStatusIsLikeDiff() throws {
        let same = try RenderProcess.run(["diff", "charts/doks-ml", "charts/doks-ml"], in: Self.fixtures)
        #expect(same.status == 0)
        #expect(same.stdout.hasPrefix("0 added, 0 removed, 0 changed, ") && same.stdout.hasSuffix(" unchanged\n"))
        let changed = try RenderProcess.run(["diff", "charts/doks-ml", "charts/doks-ml", "--new-set", "web.replicas=5",
                                             "--context", "0"], in: Self.fixtures)
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("-  replicas: 3\n+  replicas: 5\n"))
        let missing = try RenderProcess.run(["diff", "charts/doks-ml", "charts/no-such-chart"], in: Self.fixtures)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("Error: "))
    }

    @Test func diffAgainstACommittedRenderAndIgnoredFields() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let render = try RenderProcess.run(["template", "charts/doks-ml"], in: Self.fixtures)
        let saved = dir.appendingPathComponent("old.yaml")
        try Data(render.stdout.utf8).write(to: saved)
        let same = try RenderProcess.run(["diff", saved.path, "charts/doks-ml", "--output", "json"], in: Self.fixtures)
        #expect(same.status == 0)
        #expect(same.stdout.contains("\"identical\": true"))
        let ignored = try RenderProcess.run(["diff", saved.path, "charts/doks-ml", "--new-set", "web.replicas=5",
                                             "--ignore", "spec.replicas"], in: Self.fixtures)
        #expect(ignored.status == 0)
    }

    @Test func imagesAreListedSortedAndNormalized() throws {
        let plain = try RenderProcess.run(["images", "charts/hydrosphere"], in: Self.fixtures)
        #expect(plain.status == 0)
        let lines = plain.stdout.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty)
        #expect(lines == lines.sorted())
        #expect(Set(lines).count == lines.count)
        let normalized = try RenderProcess.run(["images", "charts/hydrosphere", "--normalize"], in: Self.fixtures)
        #expect(normalized.stdout.split(separator: "\n").allSatisfy { $0.split(separator: "/").count >= 3 })
        let bad = try RenderProcess.run(["images", "charts/nope"], in: Self.fixtures)
        #expect(bad.status == 1)
    }

    @Test func bundleIsDeterministicAtomicAndRewritesImages() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a").path, b = dir.appendingPathComponent("b").path
        for out in [a, b] {
            let r = try RenderProcess.run(["bundle", "charts/hydrosphere", "--out", out, "--registry", "mirror.local/ml"],
                                          in: Self.fixtures)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        #expect(files.contains("manifests.yaml") && files.contains("images.txt") && files.contains("bundle.json"))
        #expect(files.contains { $0.hasPrefix("0001-") })
        for f in files {
            #expect(FileManager.default.contents(atPath: a + "/" + f) == FileManager.default.contents(atPath: b + "/" + f))
        }
        let images = try String(contentsOfFile: a + "/images.txt", encoding: .utf8)
        #expect(images.split(separator: "\n").allSatisfy { $0.hasPrefix("mirror.local/ml/") })
        // A non-empty folder is refused without --force, and left as it was.
        let again = try RenderProcess.run(["bundle", "charts/hydrosphere", "--out", a], in: Self.fixtures)
        #expect(again.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: a).sorted() == files)
        // A render error writes nothing.
        let broken = dir.appendingPathComponent("broken").path
        let failed = try RenderProcess.run(["bundle", "charts/broken-syntax", "--out", broken], in: Self.fixtures)
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: broken))
    }

    @Test func badInputGetsOneClearError() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A manifest file that is not YAML: diff's error status is 2.
        let broken = dir.appendingPathComponent("broken.yaml")
        try Data("a: [unclosed\n".utf8).write(to: broken)
        let diff = try RenderProcess.run(["diff", broken.path, "charts/doks-ml"], in: Self.fixtures)
        #expect(diff.status == 2)
        #expect(diff.stderr.hasPrefix("Error: ") && diff.stderr.contains("broken.yaml"))
        #expect(diff.stdout.isEmpty)
        // A missing manifest file.
        let missing = try RenderProcess.run(["images", dir.appendingPathComponent("none.yaml").path], in: Self.fixtures)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("Error: "))
        // An output folder that cannot be created (its parent is a file): nothing is left behind.
        let file = dir.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let bundle = try RenderProcess.run(["bundle", "charts/doks-ml", "--out", file.path + "/out"], in: Self.fixtures)
        #expect(bundle.status == 1)
        #expect(bundle.stderr.hasPrefix("Error: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["broken.yaml", "plain-file"])
    }

    @Test func strictModeAndLintOnAFixtureChart() throws {
        let strict = try RenderProcess.run(["template", "charts/doks-ml", "--strict", "--skip-schema-validation",
                                            "--set", "web.replicas=null"], in: Self.fixtures)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr == "Error: doks-ml/templates/web-deployment.yaml:8:22: .Values.web.replicas is not set\n")
        let clean = try RenderProcess.run(["template", "charts/hydrosphere", "--strict"], in: Self.fixtures)
        #expect(clean.status == 0)
        let lint = try RenderProcess.run(["lint", "charts/doks-ml"], in: Self.fixtures)
        #expect(lint.status == 0)
        #expect(lint.stdout.contains("14 documents linted, 0 errors") || lint.stderr.contains("14 documents linted, 0 errors"))
    }
}

