import ChartModel
import Foundation

/// `render diff OLD NEW`: resource-by-resource differences between two
/// renders. Exit status like diff(1): 0 same, 1 different, 2 error.
enum DiffCommand {
    static let usage = """
        Usage:  render diff OLD NEW [flags]

        Each side is a chart (folder or .tgz), rendered like `render template`, or an already
        rendered manifest file or folder of YAML files.

        Flags:
              --old-values FILE, --new-values FILE   values file for one side only (repeatable)
              --old-set K=V, --new-set K=V           --set for one side only (repeatable)
          -f, --values FILE, --set K=V, -n NS, …     render template flags for both sides
              --release NAME                         release name for chart sides (default "release-name")
              --context N                            lines of context (default 3)
              --output text|json|markdown            report format (default text)
              --ignore PATH                          leave a field out, e.g. metadata.labels[helm.sh/chart] (repeatable)
              --show-secrets                         show Secret data instead of masking it
              --no-color                             never colour (NO_COLOR is honoured too)
        """

    static func main(_ argv: [String]) -> Int32 {
        ToolErrors.run(status: 2) { try run(argv) }
    }

    static func fail(_ message: String) -> Int32 {
        ToolErrors.report(message, status: 2)
    }

    static func run(_ argv: [String]) throws -> Int32 {
        let args = try CommandLineSplitter.split(
            argv,
            valued: ["old-values", "new-values", "old-set", "new-set", "old-set-string", "new-set-string",
                     "release", "context", "output", "ignore"],
            bools: ["show-secrets", "no-color"])
        guard args.positional.count == 2 else {
            return fail("\"render diff\" requires 2 arguments\n\n\(usage)")
        }
        var options = ManifestDiff.Options()
        if let c = args.value("context") {
            guard let n = Int(c), n >= 0 else { return fail("invalid --context \"\(c)\": must be a whole number") }
            options.context = n
        }
        for text in args.all("ignore") {
            guard let path = FieldPath(text) else { return fail("invalid --ignore path \"\(text)\"") }
            options.ignore.append(path)
        }
        options.showSecrets = args.bools.contains("show-secrets")
        let formatName = args.value("output") ?? "text"
        guard let format = DiffReport.Format(rawValue: formatName) else {
            return fail("invalid --output \"\(formatName)\": use text, json or markdown")
        }
        let release = args.value("release") ?? "release-name"
        func sideArguments(_ side: String) -> [String] {
            args.passThrough + args.all("\(side)-values").flatMap { ["-f", $0] }
                + args.all("\(side)-set").flatMap { ["--set", $0] }
                + args.all("\(side)-set-string").flatMap { ["--set-string", $0] }
        }
        let oldPath = args.positional[0], newPath = args.positional[1]
        let oldText = try ManifestSource.manifest(oldPath, release: release, templateArguments: sideArguments("old"))
        let newText = try ManifestSource.manifest(newPath, release: release, templateArguments: sideArguments("new"))
        let diff: ManifestDiff
        do {
            diff = try ManifestDiff.compare(old: try ManifestReader.resources(in: oldText, origin: oldPath),
                                            new: try ManifestReader.resources(in: newText, origin: newPath),
                                            options: options)
        } catch let e as ChartError {
            return fail(e.message)
        }
        let color = format == .text && !args.bools.contains("no-color") && EnvironmentVariable.value("NO_COLOR") == nil
            && isatty(STDOUT_FILENO) != 0
        StandardStreams.output(DiffReport.render(diff, format: format, color: color))
        return diff.isEmpty ? 0 : 1
    }
}
