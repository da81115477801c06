import ChartModel
import TemplateEngine
import Foundation

/// `render lint [NAME] CHART [template flags]`: renders in strict mode and
/// checks every manifest; prints `FILE:LINE: SEVERITY: MESSAGE` lines and a
/// summary; exits 1 when there are errors.
enum LintCommand {
    static let usage = """
        Renders the chart with --strict (a missing values key is an error) and --warn-unused \
        (values keys no template reads are warnings), then checks \
        that every rendered document is YAML with apiVersion, kind and metadata.name. \
        Takes every flag of `render template`.
        """

    static func main(_ arguments: [String]) -> Int32 {
        var timing = Timing()
        let outcome: TemplateCommand.Outcome
        do {
            outcome = try runWithLargeStack {
                TemplateCommand.run(arguments + ["--strict", "--warn-unused"], timing: &timing,
                                    reporting: TemplateCommand.Reporting(eachTemplate: true))
            }
        } catch {
            StandardStreams.error("Error: \(error)\n")
            return 1
        }
        var lines: [String] = []
        var errors = 0
        var documents = 0
        var warnings = 0
        // Each failing template once, in file order; a template stops at its first error.
        lines += outcome.templateFailures.map { renderFinding($0.message) }.sorted()
        errors += outcome.templateFailures.count
        if let failure = outcome.failure {
            errors += 1
            lines.append(renderFinding(failure.message))
        } else {
            let result = ManifestLint.check(outcome.stdout)
            documents = result.documents
            let documentErrors = result.findings.filter { $0.severity == .error }.count
            errors += documentErrors
            lines += result.findings.map(\.text)
            lines += outcome.unusedValues.map { "values: warning: \($0) is not used by any template" }
            warnings = result.findings.count - documentErrors + outcome.unusedValues.count
        }
        var out = lines.map { $0 + "\n" }.joined()
        out += "\(documents) \(documents == 1 ? "document" : "documents") linted, "
        out += "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")\n"
        StandardStreams.output(out)
        return errors > 0 ? 1 : 0
    }

    /// A render failure as a finding: strict mode's `FILE:LINE:COL: MSG`
    /// becomes `FILE:LINE: error: MSG`; other messages are kept whole.
    static func renderFinding(_ fullMessage: String) -> String {
        // Lint prints no manifests, so the hint about `--debug` does not apply.
        let message = fullMessage.hasSuffix(TemplateCommand.debugHint)
            ? String(fullMessage.dropLast(TemplateCommand.debugHint.count)) : fullMessage
        let firstLine = message.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let parts = firstLine.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        if parts.count == 4, Int(parts[1]) != nil, Int(parts[2]) != nil {
            let rest = message.dropFirst(firstLine.count)
            return "\(parts[0]):\(parts[1]): error:\(parts[3])\(rest)"
        }
        return "error: \(message)"
    }
}
