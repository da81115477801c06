import ArgumentParser
import Foundation

/// `render template …` is parsed with Helm's own flag grammar (see
/// TemplateFlags); the other commands go through ArgumentParser.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "template" {
    exit(TemplateCommand.main(Array(arguments.dropFirst())))
}
RenderCommand.main()
