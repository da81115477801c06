import ChartModel
import Foundation
import TemplateEngine

/// `render template [NAME] CHART [flags]`: Helm v4.2.3's `helm template`.
enum TemplateCommand {
    static let usageLine = "render template [NAME] [CHART] [flags]"
    static let debugHint = "\n\nUse --debug flag to render out invalid YAML"

    static let helpText = """
        Render chart templates locally and display the output, exactly as `helm template`
        of Helm v4.2.3 does, without a cluster or a network.

        Usage:
          \(usageLine)

        Flags (Helm's names and syntax): -f/--values, --set, --set-string, --set-file,
        --set-json, --set-literal, -n/--namespace, --kube-version, -a/--api-versions,
        --include-crds, --skip-crds, --skip-tests, --no-hooks, -s/--show-only,
        --is-upgrade, --output-dir, --release-name, --name-template, --generate-name,
        --skip-schema-validation, --debug; the other `helm template` flags are accepted
        and have no effect offline.

        """

    struct Failure: Error {
        var message: String
        /// What `--debug` prints on stdout before the error.
        var debugOutput: String?
        /// What was printed before the failure (`wrote …` lines).
        var stdoutSoFar = ""
    }

    struct Outcome {
        var stdout: String
        var failure: Failure?
        /// `--warn-unused`: values keys no template read.
        var unusedValues: [String] = []
        /// With `reportEachTemplate`: every template's failure, in render
        /// order (`stdout` then holds what the other templates rendered).
        var templateFailures: [Failure] = []
    }

    /// What `render lint` needs besides the plain command.
    struct Reporting {
        /// Renders every template on its own after a failure and collects
        /// each failure, instead of stopping at the first.
        var eachTemplate = false
    }

    /// Runs the command; returns the exit status.
    static func main(_ arguments: [String]) -> Int32 {
        var (timing, rest) = Timing.take(arguments)
        if let error = timing.error {
            StandardStreams.error("Error: \(error)\n")
            return 1
        }
        let outcome: Outcome
        do {
            outcome = try runWithLargeStack { run(rest, timing: &timing) }
        } catch {
            StandardStreams.error(bytes: GoBytes.bytes("Error: \(error)\n"))
            return 1
        }
        StandardStreams.output(bytes: GoBytes.bytes(outcome.stdout))
        let unused = outcome.unusedValues.map { "Warning: values key \($0) is not used by any template\n" }
        StandardStreams.error(unused.joined())
        var status: Int32 = 0
        if let failure = outcome.failure {
            StandardStreams.error(bytes: GoBytes.bytes("Error: \(failure.message)\n"))
            status = 1
        }
        timing.report()
        return status
    }

    static func run(_ arguments: [String], timing: inout Timing, reporting: Reporting = Reporting()) -> Outcome {
        var flags = TemplateFlags()
        do {
            flags = try TemplateFlags.parse(arguments)
        } catch let e as TemplateFlags.ParseError {
            return Outcome(stdout: "", failure: Failure(message: e.message))
        } catch {
            return Outcome(stdout: "", failure: Failure(message: "\(error)"))
        }
        if EnvironmentVariable.value("HELM_DEBUG").flatMap(TemplateFlags.parseGoBool) == true,
           !flags.setFlags.contains("debug") {
            flags.bools["debug"] = true
        }
        let debug = flags.bool("debug")
        if flags.bool("help") {
            return Outcome(stdout: helpText, failure: nil)
        }
        var templateFailures: [Failure] = []
        do {
            var unused: [String] = []
            let stdout = try execute(flags, timing: &timing, unusedValues: &unused,
                                     templateFailures: reporting.eachTemplate ? { templateFailures.append($0) } : nil)
            return Outcome(stdout: stdout, failure: nil, unusedValues: unused, templateFailures: templateFailures)
        } catch let f as Failure {
            var out = f.stdoutSoFar
            if debug, let d = f.debugOutput { out += d }
            return Outcome(stdout: out, failure: f)
        } catch {
            return Outcome(stdout: "", failure: Failure(message: "\(error)"))
        }
    }

    /// Renders as `helm template`; with `templateFailures`, a template that
    /// fails is reported there and the others still render.
    static func execute(_ flags: TemplateFlags, timing: inout Timing, unusedValues: inout [String],
                        templateFailures: ((Failure) -> Void)? = nil) throws -> String {
        let debug = flags.bool("debug")
        for group in [["force-replace", "force-conflicts"], ["force", "force-conflicts"], ["validate", "dry-run"]] {
            let present = group.filter { flags.setFlags.contains($0) }.sorted()
            if present.count > 1 {
                throw Failure(message: "if any flags in the group [\(group.joined(separator: " "))] are set none of the others can be; [\(present.joined(separator: " "))] were all set")
            }
        }
        var capabilitiesKube = KubeVersion.helmDefault
        let kubeVersionFlag = flags.string("kube-version")
        if !kubeVersionFlag.isEmpty {
            do {
                capabilitiesKube = try KubeVersion.parse(kubeVersionFlag)
            } catch let e as ChartError {
                throw Failure(message: "invalid kube version '\(kubeVersionFlag)': \(e.message)")
            }
        }
        try checkDryRun(flags)
        let args = flags.positional
        if args.isEmpty {
            throw Failure(message: "\"render template\" requires at least 1 argument\n\nUsage:  \(usageLine)")
        }
        if args.count > 2 {
            throw Failure(message: "expected at most two arguments, unexpected arguments: \(args[2...].joined(separator: ", "))")
        }
        let releaseName: String
        let chartRef: String
        if args.count == 2 {
            if flags.bool("generate-name") { throw Failure(message: "cannot set --generate-name and also specify a name") }
            if !flags.string("name-template").isEmpty {
                throw Failure(message: "cannot set --name-template and also specify a name")
            }
            releaseName = args[0]
            chartRef = args[1]
        } else if !flags.string("name-template").isEmpty {
            releaseName = try NameTemplate.render(flags.string("name-template"))
            chartRef = args[0]
        } else {
            releaseName = "release-name"
            chartRef = args[0]
        }
        let chartPath = try ChartLocation.locate(chartRef)
        let valueOptions = flags.valueOptions
        let userValues: GoMap
        do {
            userValues = try valueOptions.merge(stdin: { Array(FileHandle.standardInput.readDataToEndOfFile()) })
        } catch let e as ChartError {
            throw Failure(message: e.message)
        }
        var chart = try load(chartPath)
        do {
            try ChartInstallChecks.checkInstallable(chart)
            if chart.metadata.fields["Deprecated"]?.isTruthy == true {
                StandardStreams.error("level=WARN msg=\"this chart is deprecated\"\n")
            }
            try ChartInstallChecks.checkDependencies(chart)
        } catch let e as ChartError {
            throw Failure(message: e.message)
        }
        let namespace = Namespace.resolve(flag: flags.string("namespace"), kubeconfig: flags.string("kubeconfig"),
                                          context: flags.string("kube-context"))
        try ReleaseName.validate(releaseName)
        let reserved = ["name", "owner", "status", "version", "createdAt", "modifiedAt"]
        if flags.labels.keys.contains(where: reserved.contains) {
            throw Failure(message: "user supplied labels contains system reserved label name. System labels: [\(reserved.joined(separator: " "))]")
        }
        let isUpgrade = flags.bool("is-upgrade")
        let release = ReleaseOptions(name: releaseName, namespace: namespace, revision: 1,
                                     isInstall: !isUpgrade, isUpgrade: isUpgrade)
        let capabilities = Capabilities(kubeVersion: capabilitiesKube, extraAPIVersions: flags.array("api-versions"))

        let skipSchemaValidation = flags.bool("skip-schema-validation")
        // The timed render phase matches the reference's: values processing and the
        // template engine (chart loading, manifest sorting and printing excluded).
        var files: [String: String]?
        var failure: Failure?
        let report = FailureReport(flags: flags)
        var preparedValues = GoMap()
        // Built once per process (Go builds these at package initialisation).
        RenderPreparation.prepare(for: chart)
        for iteration in 0..<timing.repeatCount {
            if iteration > 0 { chart = try load(chartPath) }
            let start = DispatchTime.now().uptimeNanoseconds
            // What the render allocates is never freed one object at a time:
            // the process ends right after printing and the OS reclaims it.
            let memory = DeferredRelease()
            _ = Unmanaged.passRetained(memory)
            // Templates parse on a second thread while the values are prepared.
            let parseAhead = TemplateParseAhead(chart: chart)
            var warnings: [String] = []
            do {
                let values = try ReleaseValues.prepare(chart: chart, userValues: userValues.copy(),
                                                       skipSchemaValidation: skipSchemaValidation,
                                                       warnings: &warnings)
                let tracker = flags.bool("warn-unused") ? ValuesReadTracker(chart: chart) : nil
                preparedValues = values
                var failedTemplates = 0
                let r = try ReleaseRenderer.renderFiles(
                    chart: chart, values: values, release: release, capabilities: capabilities,
                    missingKey: report.strict ? .error : .zero, readObserver: tracker, deferRelease: memory,
                    parseAhead: parseAhead,
                    onTemplateFailure: templateFailures.map { collect in
                        { e in
                            failedTemplates += 1
                            if iteration == 0 {
                                collect(templateFailure(e, debug: debug, report: report, chart: chart, values: values))
                            }
                        }
                    })
                if iteration == 0 {
                    files = r
                    // A template that failed read only part of what it would have.
                    unusedValues = failedTemplates > 0 ? [] : tracker?.unusedKeys(in: values) ?? []
                }
            } catch let e as ChartError {
                if iteration == 0 { failure = Failure(message: e.message) }
            } catch let e as ReleaseRenderer.Failure {
                if iteration == 0 {
                    failure = templateFailure(e, debug: debug, report: report, chart: chart, values: preparedValues)
                }
            }
            timing.record(DispatchTime.now().uptimeNanoseconds - start)
            // Helm logs while it processes values, so its lines come before any error.
            if iteration == 0 { HelmLog.write(warnings) }
        }
        if let failure { throw failure }
        guard let files else { throw Failure(message: "render failed") }
        let rendered: ReleaseRenderer.Rendered
        do {
            rendered = try ReleaseRenderer.sort(files)
        } catch let e as ReleaseRenderer.Failure {
            throw renderFailure(e, debug: debug)
        }

        var output = TemplateOutput()
        output.includeCRDs = flags.bool("include-crds")
        output.noHooks = flags.bool("no-hooks")
        output.skipTests = flags.bool("skip-tests")
        output.showOnly = flags.array("show-only")
        output.outputDir = flags.string("output-dir")
        output.useReleaseName = flags.bool("release-name")
        output.releaseName = releaseName
        do {
            return try output.produce(chart: chart, rendered: rendered)
        } catch let e as TemplateOutput.Failure {
            throw Failure(message: e.message, debugOutput: nil, stdoutSoFar: e.stdoutSoFar)
        }
    }

    /// A render failure with strict mode's and `--explain`'s additions when
    /// a template failed.
    static func templateFailure(_ e: ReleaseRenderer.Failure, debug: Bool, report: FailureReport, chart: Chart,
                                values: GoMap) -> Failure {
        var f = renderFailure(e, debug: debug)
        if e.templateError != nil {
            f.message = report.message(helm: f.message, error: e.templateError, chart: chart, values: values)
        }
        return f
    }

    /// A render failure as Helm reports it: the message with the `--debug`
    /// hint, and what `--debug` prints on stdout.
    static func renderFailure(_ e: ReleaseRenderer.Failure, debug: Bool) -> Failure {
        var debugText = GoWhitespace.trimSpace(e.debugManifest) + "\n"
        for hook in e.debugHooks { debugText += "---\n# Source: \(hook.path)\n\(hook.manifest)\n" }
        return Failure(message: e.message + (debug || !e.suggestsDebug ? "" : debugHint), debugOutput: debugText)
    }

    /// `--dry-run` and the flags that need a cluster, a network or plugins.
    static func checkDryRun(_ flags: TemplateFlags) throws {
        let dryRun = flags.strings["dry-run"] ?? "client"
        switch dryRun {
        case "unset", "client":
            break
        case "server":
            throw Failure(message: "--dry-run=server needs a Kubernetes cluster, which render does not use")
        case "none":
            throw Failure(message: "invalid dry-run value (\(GoStrconv.quote(dryRun))). Must be \"server\" or \"client\"")
        default:
            guard let b = TemplateFlags.parseGoBool(dryRun) else {
                throw Failure(message: "invalid dry-run value (\(GoStrconv.quote(dryRun))). Must be \"none\", \"server\", or \"client\"")
            }
            if !b {
                throw Failure(message: "invalid dry-run value (\(GoStrconv.quote(dryRun))). Must be \"server\" or \"client\"")
            }
        }
        if flags.bool("validate") {
            throw Failure(message: "--validate needs a Kubernetes cluster, which render does not use")
        }
        if !flags.string("post-renderer").isEmpty {
            throw Failure(message: "--post-renderer plugins are not supported by render")
        }
        if !flags.string("repo").isEmpty {
            throw Failure(message: "--repo needs the network, which render does not use")
        }
        if flags.bool("verify") {
            throw Failure(message: "--verify is not supported by render")
        }
    }

    static func load(_ path: String) throws -> Chart {
        do {
            return try ChartLoader.load(path: path)
        } catch let e as ChartError {
            throw Failure(message: e.message)
        }
    }
}
