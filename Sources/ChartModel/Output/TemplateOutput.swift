import Foundation
import TemplateEngine

/// What `helm template` prints (or writes with `--output-dir`) for a
/// rendered release: CRDs (with `--include-crds`), manifests, the whole
/// `TrimSpace`d plus a newline, then hooks; `--show-only` filters the
/// documents of that text by template path.
public struct TemplateOutput {
    public var includeCRDs = false
    public var noHooks = false
    public var skipTests = false
    public var showOnly: [String] = []
    public var outputDir = ""
    /// `--release-name`: write under `outputDir/releaseName`.
    public var useReleaseName = false
    public var releaseName = ""

    public init() {}

    /// A failure with Helm's message; `stdout` is what was printed before it.
    public struct Failure: Error {
        public var message: String
        /// The `wrote …` lines printed before the failure.
        public var stdoutSoFar = ""
    }

    /// Produces stdout's text; with `outputDir`, writes files and reports
    /// them as `wrote PATH` lines.
    public func produce(chart: Chart, rendered: ReleaseRenderer.Rendered) throws -> String {
        var stdout = ""
        var written: [String: Bool] = [:]
        var manifest = ""
        if includeCRDs {
            for crd in CRDFiles.collect(chart) {
                if outputDir.isEmpty {
                    manifest += "---\n# Source: \(crd.path)\n"
                    manifest += GoBytes.string(crd.data)
                    manifest += "\n"
                } else {
                    try write(directory: outputDir, name: crd.path, data: crd.data, append: written[crd.path] ?? false,
                              log: &stdout)
                    written[crd.path] = true
                }
            }
        }
        let targetDir = useReleaseName ? Self.joinPath(outputDir, releaseName) : outputDir
        for m in rendered.manifests {
            if outputDir.isEmpty {
                manifest += "---\n# Source: \(m.name)\n\(m.content)\n"
            } else {
                try write(directory: targetDir, name: m.name, data: GoBytes.bytes(m.content),
                          append: written[m.name] ?? false, log: &stdout)
                written[m.name] = true
            }
        }
        var text = GoWhitespace.trimSpace(manifest) + "\n"
        if !noHooks {
            var hookWritten: [String: Bool] = [:]
            for hook in rendered.hooks {
                if skipTests && hook.isTest { continue }
                if outputDir.isEmpty {
                    text += "---\n# Source: \(hook.path)\n\(hook.manifest)\n"
                } else {
                    if FileManager.default.fileExists(atPath: Self.joinPath(targetDir, hook.path)) {
                        hookWritten[hook.path] = true
                    }
                    try write(directory: targetDir, name: hook.path, data: GoBytes.bytes(hook.manifest),
                              append: hookWritten[hook.path] ?? false, log: &stdout)
                }
            }
        }
        if showOnly.isEmpty {
            return stdout + text
        }
        let documents = ManifestSplitter.split(text)
        var selected: [String] = []
        for pattern in showOnly {
            var missing = true
            for document in documents {
                guard let path = Self.sourcePath(document) else { continue }
                // A malformed pattern matches nothing: Helm ignores the error.
                if (try? GoPathMatch.match(pattern, path)) != true { continue }
                selected.append(document)
                missing = false
            }
            if missing {
                throw Failure(message: "could not find template \(pattern) in chart", stdoutSoFar: stdout)
            }
        }
        for document in selected { stdout += "---\n\(document)\n" }
        return stdout
    }

    /// The first match of `# Source: [^/]+/(.+)` in a document: the template
    /// path without the chart name.
    static func sourcePath(_ document: String) -> String? {
        let bytes = Array(document.utf8)
        let marker = Array("# Source: ".utf8)
        var i = 0
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0] && bytes[i..<(i + marker.count)].elementsEqual(marker) {
                let start = i + marker.count
                var k = start
                while k < bytes.count && bytes[k] != UInt8(ascii: "/") { k += 1 }
                if k > start && k < bytes.count {
                    var end = k + 1
                    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    if end > k + 1 { return String(decoding: bytes[(k + 1)..<end], as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    /// Helm's `writeToFile`: `DIR/NAME`, created (or appended to) with the
    /// document framed, and a `wrote DIR/NAME` line.
    func write(directory: String, name: String, data: [UInt8], append: Bool, log: inout String) throws {
        let path = directory + "/" + name
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir.isEmpty ? "." : dir, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "mkdir \(dir): \(error.localizedDescription)")
        }
        var bytes = Array("---\n# Source: \(name)\n".utf8)
        bytes.append(contentsOf: data)
        bytes.append(UInt8(ascii: "\n"))
        if append {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw Failure(message: "open \(path): no such file or directory")
            }
            handle.seekToEndOfFile()
            handle.write(Data(bytes))
            handle.closeFile()
        } else if !FileManager.default.createFile(atPath: path, contents: Data(bytes)) {
            throw Failure(message: "open \(path): permission denied")
        }
        log += "wrote \(path)\n"
    }

    /// Go's `filepath.Join(a, b)`.
    static func joinPath(_ a: String, _ b: String) -> String {
        let joined = [a, b].filter { !$0.isEmpty }.joined(separator: "/")
        if joined.isEmpty { return "" }
        let absolute = joined.hasPrefix("/")
        var segs: [Substring] = []
        for seg in joined.split(separator: "/") {
            if seg == "." { continue }
            if seg == ".." {
                if let last = segs.last, last != ".." { segs.removeLast(); continue }
                if absolute { continue }
            }
            segs.append(seg)
        }
        let r = segs.joined(separator: "/")
        return absolute ? "/" + r : (r.isEmpty ? "." : r)
    }
}

/// A chart's CRD files in Helm's `CRDObjects` order: the chart's `crds/`
/// manifests (`.yaml`, `.yml`, `.json`), then its subcharts'.
public enum CRDFiles {
    public struct CRD {
        /// `CHARTPATH/crds/x.yaml`, e.g. `c/charts/sub/crds/x.yaml`.
        public var path: String
        public var data: [UInt8]
    }

    public static func collect(_ chart: Chart) -> [CRD] {
        var out: [CRD] = []
        visit(chart, fullPath: chart.name, into: &out)
        return out
    }

    static func visit(_ chart: Chart, fullPath: String, into out: inout [CRD]) {
        for f in chart.crds where f.name.hasPrefix("crds/") && hasManifestExtension(f.name) {
            out.append(CRD(path: TemplateOutput.joinPath(fullPath, f.name), data: f.data))
        }
        for d in chart.dependencies { visit(d, fullPath: fullPath + "/charts/" + d.name, into: &out) }
    }

    static func hasManifestExtension(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }
}
