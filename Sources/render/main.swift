import ArgumentParser
import ChartModel
import Foundation

/// `render template …` is parsed with Helm's own flag grammar (see
/// TemplateFlags); the other commands go through ArgumentParser.
let arguments = Array(CommandLine.arguments.dropFirst())
// Ready before any render needs it (see ParseWorker).
ParseWorker.start()
let wantsHelp = arguments.dropFirst().contains { $0 == "--help" || $0 == "-h" }
switch arguments.first {
case "template":
    exit(TemplateCommand.main(Array(arguments.dropFirst())))
case "lint" where !wantsHelp:
    exit(LintCommand.main(Array(arguments.dropFirst())))
case "diff" where !wantsHelp:
    exit(DiffCommand.main(Array(arguments.dropFirst())))
case "images" where !wantsHelp:
    exit(ImagesCommand.main(Array(arguments.dropFirst())))
case "bundle" where !wantsHelp:
    exit(BundleCommand.main(Array(arguments.dropFirst())))
default:
    break
}
RenderCommand.main()
