import ChartModel
import Foundation
import TemplateEngine

/// `render bundle CHART --out DIR`: a static, air-gap-ready bundle of the
/// rendered chart, written atomically.
enum BundleCommand {
    static let rendererVersion = "render 0.1.0 (Helm v4.2.3 template semantics)"
    static let usage = """
        Usage:  render bundle [NAME] CHART --out DIR [flags]

        Writes one file per resource in install order, manifests.yaml, images.txt, the values used
        (values.yaml) and bundle.json (chart, flags, renderer, SHA-256 of every file).

        Flags:
              --out DIR               the bundle folder (must be absent or empty unless --force)
              --registry HOST[/PREFIX] move every image to this mirror (nginx:1.25 -> HOST/library/nginx:1.25)
              --force                 replace a non-empty --out
          -f, --values FILE, --set K=V, -n NS, --include-crds, …   render template flags
        """

    static func main(_ argv: [String]) -> Int32 {
        ToolErrors.run(status: 1) { try run(argv) }
    }

    static func fail(_ message: String) -> Int32 {
        ToolErrors.report(message, status: 1)
    }

    static func run(_ argv: [String]) throws -> Int32 {
        let args = try CommandLineSplitter.split(argv, valued: ["out", "registry"], bools: ["force"])
        guard (1...2).contains(args.positional.count) else {
            return fail("\"render bundle\" requires a chart\n\n\(usage)")
        }
        guard let out = args.value("out"), !out.isEmpty else { return fail("--out DIR is required\n\n\(usage)") }
        let chartPath = args.positional.last ?? ""
        guard ManifestSource.isChart(chartPath) else { return fail("\(chartPath) is not a chart (folder with Chart.yaml, or .tgz)") }
        let release = args.positional.count == 2 ? args.positional[0] : "release-name"
        if let registry = args.value("registry"), registry.isEmpty || registry.hasPrefix("/") || registry.contains(" ") {
            return fail("invalid --registry \"\(registry)\": expected HOST[/PREFIX]")
        }
        let manifest = try ManifestSource.manifest(chartPath, release: release, templateArguments: args.passThrough)
        // The values the render used: chart defaults coalesced with the user's.
        let flags: TemplateFlags
        do {
            flags = try TemplateFlags.parse(args.passThrough)
        } catch let e as TemplateFlags.ParseError {
            return fail(e.message)
        }
        let valueOptions = flags.valueOptions
        let chart = try ChartLoader.load(path: chartPath)
        let values = try ReleaseValues.prepare(chart: chart, userValues: try valueOptions.merge())
        let input = BundleBuilder.Input(
            manifest: manifest, chartName: chart.metadata.name, chartVersion: chart.metadata.version,
            valuesYAML: try YAMLEncoder.encode(.map(values)), flags: args.passThrough,
            registry: args.value("registry"), rendererVersion: rendererVersion)
        let files = try BundleBuilder.files(input)
        try BundleWriter.write(files, to: out, force: args.bools.contains("force"))
        let resources = files.count - 4
        StandardStreams.output("wrote \(out): \(resources) resources, \(files.count) files\n")
        return 0
    }
}
