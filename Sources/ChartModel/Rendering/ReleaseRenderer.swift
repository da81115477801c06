import TemplateEngine

/// The render part of Helm's install dry-run (`renderResources`): checks the
/// chart's `kubeVersion`, renders the templates, drops `NOTES.txt`, and
/// splits the result into sorted manifests and hooks.
public enum ReleaseRenderer {
    public struct Rendered {
        public var manifests: [Manifest]
        public var hooks: [Hook]
    }

    /// A failure with Helm's message and what `--debug` prints on stdout
    /// (before Helm's `TrimSpace`), if anything.
    public struct Failure: Error {
        public var message: String
        /// The files rendered so far, framed, when a manifest does not parse.
        public var debugManifest: String
        public var debugHooks: [Hook]
        /// Whether Helm adds `Use --debug flag to render out invalid YAML`.
        public var suggestsDebug: Bool
        /// The engine's error behind an execution failure.
        public var templateError: TemplateError?
    }

    public static func render(chart: Chart, values: GoMap, release: ReleaseOptions,
                              capabilities: Capabilities) throws -> Rendered {
        try sort(renderFiles(chart: chart, values: values, release: release, capabilities: capabilities))
    }

    /// The engine part (what Helm's `engine.Render` and the checks before it
    /// do): rendered text by template path, `NOTES.txt` files removed.
    /// `missingKey`/`readObserver` serve strict mode and `--warn-unused`;
    /// `onTemplateFailure` (for lint) gets every template's failure instead
    /// of the first one stopping the render.
    public static func renderFiles(chart: Chart, values: GoMap, release: ReleaseOptions,
                                   capabilities: Capabilities, missingKey: MissingKeyMode = .zero,
                                   readObserver: MapReadObserver? = nil,
                                   deferRelease: DeferredRelease? = nil,
                                   parseAhead: TemplateParseAhead? = nil,
                                   onTemplateFailure: ((Failure) -> Void)? = nil) throws -> [String: String] {
        do {
            try ChartInstallChecks.checkKubeVersion(chart, kubeVersion: capabilities.kubeVersion.normalized,
                                                    displayVersion: capabilities.kubeVersion.version)
        } catch let e as ChartError {
            throw Failure(message: e.message, debugManifest: "", debugHooks: [], suggestsDebug: true)
        }
        var files: [String: String]
        do {
            files = try TemplateRenderer.render(chart: chart, values: values, release: release,
                                                capabilities: capabilities, missingKey: missingKey,
                                                readObserver: readObserver, deferRelease: deferRelease,
                                                parseAhead: parseAhead,
                                                onTemplateFailure: onTemplateFailure.map { report in
                                                    { report(failure($0)) }
                                                })
        } catch let e as RenderError {
            throw failure(e)
        }
        for name in files.keys where name.hasSuffix("NOTES.txt") { files.removeValue(forKey: name) }
        return files
    }

    private static func failure(_ e: RenderError) -> Failure {
        Failure(message: e.message, debugManifest: "", debugHooks: [], suggestsDebug: true,
                templateError: e.templateError)
    }

    /// Splits rendered files into sorted manifests and hooks
    /// (`releaseutil.SortManifests`).
    public static func sort(_ files: [String: String]) throws -> Rendered {
        do {
            let sorted = try ManifestSorter.sort(files: files)
            return Rendered(manifests: sorted.manifests, hooks: sorted.hooks)
        } catch let e as ManifestSorter.ParseFailure {
            var blob = ""
            for name in files.keys.sorted(by: goStringLess) {
                guard let content = files[name], !GoWhitespace.isBlank(content) else { continue }
                blob += "---\n# Source: \(name)\n\(content)\n"
            }
            throw Failure(message: e.message, debugManifest: blob, debugHooks: e.hooksSoFar, suggestsDebug: true)
        }
    }
}
