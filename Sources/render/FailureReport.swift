import ChartModel
import Foundation
import TemplateEngine

/// Our extensions to a failed render's report: strict mode's one-line
/// missing-key message and `--explain`'s source line and include chain.
/// Without them (and stderr not a terminal) Helm's text is kept as is.
struct FailureReport {
    var strict: Bool
    var explain: Bool

    init(flags: TemplateFlags) {
        strict = flags.bool("strict")
        explain = flags.setFlags.contains("explain") ? flags.bool("explain") : isatty(2) == 1
    }

    /// The message to print after `Error: ` for `failure`.
    func message(helm: String, error: TemplateError?, chart: Chart, values: GoMap) -> String {
        guard let error else { return helm }
        var text = helm
        if strict, let strictText = StrictMessage.make(for: error, values: values) { text = strictText }
        if explain, let chain = ErrorChain.parse(error.message) {
            text += "\n\n" + ErrorExplanation.text(for: chain) { TemplateSources.text(of: $0, in: chart) }
            if text.hasSuffix("\n") { text.removeLast() }
        }
        return text
    }
}
