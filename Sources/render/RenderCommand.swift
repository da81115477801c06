import ArgumentParser

/// The top-level `render` command.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render Helm charts offline, exactly as Helm v4 does.",
        subcommands: [TemplateSubcommand.self, LintSubcommand.self, DiffSubcommand.self, ImagesSubcommand.self, BundleSubcommand.self])
}

/// Declared for help and completion; `render template` itself is parsed by
/// TemplateFlags with Helm's flag grammar.
struct TemplateSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Locally render chart templates (like `helm template`).",
        discussion: """
            Takes Helm's flags, plus our own: --strict (a missing values key is an error, \
            with the closest existing key), --explain (after an error, the failing template \
            line with a caret and the include/tpl chain; on by default when stderr is a terminal), \
            --warn-unused (list on stderr the values keys no template read).
            """)

    @Argument(parsing: .allUnrecognized, help: "[NAME] CHART [flags]")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(TemplateCommand.main(arguments))
    }
}

/// `render diff`; parsed by DiffCommand (declared here for help).
struct DiffSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two renders resource by resource (exit 0 same, 1 different, 2 error).",
        discussion: DiffCommand.usage)

    @Argument(parsing: .allUnrecognized, help: "OLD NEW [flags]")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(DiffCommand.main(arguments))
    }
}

/// `render images`; parsed by ImagesCommand (declared here for help).
struct ImagesSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "images",
        abstract: "List every container image a rendered chart would pull.",
        discussion: ImagesCommand.usage)

    @Argument(parsing: .allUnrecognized, help: "[NAME] CHART [flags]")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(ImagesCommand.main(arguments))
    }
}

/// `render bundle`; parsed by BundleCommand (declared here for help).
struct BundleSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Write an air-gap bundle: manifests, image list, values and checksums.",
        discussion: BundleCommand.usage)

    @Argument(parsing: .allUnrecognized, help: "[NAME] CHART --out DIR [flags]")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(BundleCommand.main(arguments))
    }
}

/// `render lint`; parsed by LintCommand (declared here for help).
struct LintSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Render in strict mode and check every manifest (exit 1 on errors).",
        discussion: LintCommand.usage)

    @Argument(parsing: .allUnrecognized, help: "[NAME] CHART [template flags]")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(LintCommand.main(arguments))
    }
}
