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
    }

    public static func render(chart: Chart, values: GoMap, release: ReleaseOptions,
                              capabilities: Capabilities) throws -> Rendered {
        let constraint = chart.metadata.fields["KubeVersion"]?.stringValue ?? ""
        if !constraint.isEmpty && !SemverRange.isCompatible(constraint, capabilities.kubeVersion.normalized) {
            throw Failure(message: "chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(capabilities.kubeVersion.version)",
                          debugManifest: "", debugHooks: [], suggestsDebug: true)
        }
        var files: [String: String]
        do {
            files = try TemplateRenderer.render(chart: chart, values: values, release: release,
                                                capabilities: capabilities)
        } catch let e as RenderError {
            throw Failure(message: e.message, debugManifest: "", debugHooks: [], suggestsDebug: true)
        }
        for name in files.keys where name.hasSuffix("NOTES.txt") { files.removeValue(forKey: name) }
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

/// Helm's `chartutil.IsCompatibleRange`, through Sprig's `semverCompare`
/// (the same Masterminds/semver code).
enum SemverRange {
    static func isCompatible(_ constraint: String, _ version: String) -> Bool {
        guard let compare = HelmFunctionTable.shared.lookup("semverCompare"),
              let result = try? compare.body([.string(constraint), .string(version)], DetachedContext.shared),
              case .bool(let ok) = result else { return false }
        return ok
    }
}

/// An execution context for calling a function outside any template.
final class DetachedContext: ExecutionContext {
    static let shared = DetachedContext()
    var templateName: String { "" }
    var options: ExecutionOptions { ExecutionOptions() }
    var renderState: AnyObject? { nil }
    func executeTemplate(named name: String, data: Value) throws -> String {
        throw FunctionError("no template \(name)")
    }
    func executeText(_ text: String, name: String, data: Value) throws -> String {
        throw FunctionError("no template \(name)")
    }
}
