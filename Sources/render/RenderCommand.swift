import ArgumentParser

/// The top-level `render` command.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render Helm charts offline, exactly as Helm v4 does.",
        subcommands: [TemplateSubcommand.self])
}

/// Declared for help and completion; `render template` itself is parsed by
/// TemplateFlags with Helm's flag grammar.
struct TemplateSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Locally render chart templates (like `helm template`).")

    @Argument(parsing: .allUnrecognized, help: "[NAME] CHART [flags]")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(TemplateCommand.main(arguments))
    }
}
