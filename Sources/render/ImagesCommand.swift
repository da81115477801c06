import ChartModel
import Foundation
import TemplateEngine

/// `render images CHART [flags]`: every container image the rendered chart
/// would pull, deduplicated and sorted.
enum ImagesCommand {
    static let usage = """
        Usage:  render images [NAME] CHART [flags]

        Flags:
              --image-field PATH     also read image references at PATH in every resource,
                                     e.g. spec.image (repeatable)
              --output text|json     list format (default text); json tells where each image was found
              --normalize            fully qualified references (docker.io/library/nginx:1.25)
          -f, --values FILE, --set K=V, -n NS, …   render template flags
        """

    static func main(_ argv: [String]) -> Int32 {
        ToolErrors.run(status: 1) { try run(argv) }
    }

    static func fail(_ message: String) -> Int32 {
        ToolErrors.report(message, status: 1)
    }

    static func run(_ argv: [String]) throws -> Int32 {
        let args = try CommandLineSplitter.split(argv, valued: ["image-field", "output"], bools: ["normalize"])
        guard (1...2).contains(args.positional.count) else {
            return fail("\"render images\" requires a chart\n\n\(usage)")
        }
        let chart = args.positional.last ?? ""
        let release = args.positional.count == 2 ? args.positional[0] : "release-name"
        var fields: [FieldPath] = []
        for text in args.all("image-field") {
            guard let path = FieldPath(text) else { return fail("invalid --image-field path \"\(text)\"") }
            fields.append(path)
        }
        let format = args.value("output") ?? "text"
        guard format == "text" || format == "json" else { return fail("invalid --output \"\(format)\": use text or json") }
        let normalize = args.bools.contains("normalize")
        let text = try ManifestSource.manifest(chart, release: release, templateArguments: args.passThrough)
        let uses = ImageCollector.uses(in: try ManifestReader.resources(in: text, origin: chart), extraFields: fields)
        let images = ImageCollector.images(uses, normalize: normalize)
        if format == "text" {
            StandardStreams.output(images.map { $0 + "\n" }.joined())
            return 0
        }
        func name(_ image: String) -> String { normalize ? (ImageReference(image)?.normalized ?? image) : image }
        let entries = images.map { image -> Value in
            let found = uses.filter { name($0.image) == image }.map { use -> Value in
                let m = GoMap([
                    "resource": .string("\(use.resource.kind)/\(use.resource.name)"),
                    "namespace": .string(use.resource.namespace),
                    "field": .string(use.field),
                ])
                if let c = use.container { m["container"] = .string(c) }
                return .map(m)
            }
            return .map(GoMap(["image": .string(image), "foundIn": .list(GoList(found))]))
        }
        let json = try GoJSON.marshalIndent(.list(GoList(entries)), prefix: "", indent: "  ", escapeHTML: false)
        StandardStreams.output(json + "\n")
        return 0
    }
}
