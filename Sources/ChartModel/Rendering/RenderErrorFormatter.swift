import Foundation
import TemplateEngine

/// Helm's rewriting of template errors (`cleanupParseError`,
/// `reformatExecErrorMsg`): parse errors become `parse error at (LOC): MSG`,
/// `required`/`fail` become `execution error at (LOC): MSG`, and chains of
/// execution errors are laid out one location per block.
public enum RenderErrorFormatter {
    /// `cleanupParseError(filename, err)`.
    public static func parseError(file: String, message: String) -> String {
        let tokens = message.components(separatedBy: ": ")
        if tokens.count == 1 {
            return "parse error in (\(file)): \(message)"
        }
        return "parse error at (\(tokens[1])): \(tokens[tokens.count - 1])"
    }

    /// `reformatExecErrorMsg(filename, err)` for an execution error.
    public static func execError(file: String, message: String) -> String {
        let tokens = splitN(message, ": ", 3)
        if tokens.count != 3 {
            return "execution error in (\(file)): \(message)"
        }
        let location = tokens[1]
        if let warning = warning(in: tokens[2]) {
            return "execution error at (\(location)): \(warning)"
        }
        var blocks: [TraceableError] = []
        var current: String? = message
        while let text = current {
            guard let parsed = parse(text) else { return message }
            if blocks.last != parsed.error { blocks.append(parsed.error) }
            current = parsed.wrapped
        }
        return trimSpace(blocks.map(\.text).joined())
    }

    /// The text between the first `HELM_ERR_START` and the last `HELM_ERR_END`.
    static func warning(in text: String) -> String? {
        guard let start = text.range(of: RequiredFunctions.warnStart),
              let end = text.range(of: RequiredFunctions.warnEnd, options: .backwards),
              start.upperBound <= end.lowerBound else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    struct TraceableError: Equatable {
        var location = ""
        var message = ""
        var executedFunction = ""

        var text: String {
            var s = ""
            if !location.isEmpty { s += location + "\n  " }
            if !executedFunction.isEmpty { s += executedFunction + "\n    " }
            if !message.isEmpty { s += message + "\n" }
            return s
        }
    }

    /// One link of Go's error chain: its parsed form and the text of the
    /// error it wraps (`error calling NAME: %w`), if any.
    static func parse(_ s: String) -> (error: TraceableError, wrapped: String?)? {
        let prefix = "template: "
        guard s.hasPrefix(prefix) else { return nil }
        let remainder = String(s.dropFirst(prefix.count))
        if remainder.hasPrefix("no template ") {
            return (TraceableError(message: s), nil)
        }
        if let r = remainder.range(of: ": executing ") {
            let templateName = String(remainder[..<r.lowerBound])
            let after = remainder[r.upperBound...]
            guard after.first == "\"" else { return nil }
            let afterQuote = after.dropFirst()
            guard let endQuote = afterQuote.firstIndex(of: "\"") else { return nil }
            let functionName = afterQuote[..<endQuote]
            let afterFunc = afterQuote[afterQuote.index(after: endQuote)...]
            let atPrefix = " at <"
            guard afterFunc.hasPrefix(atPrefix) else { return nil }
            let afterAt = afterFunc.dropFirst(atPrefix.count)
            guard let cut = afterAt.range(of: ">: ") else { return nil }
            let locationName = afterAt[..<cut.lowerBound]
            let fullMessage = String(afterAt[cut.upperBound...])
            var errMsg = fullMessage
            if let chained = errMsg.range(of: " template:") { errMsg = String(errMsg[..<chained.lowerBound]) }
            return (TraceableError(location: templateName, message: errMsg,
                                   executedFunction: "executing \"\(functionName)\" at <\(locationName)>:"),
                    wrappedError(fullMessage))
        }
        if let sep = remainder.range(of: ": ", options: .backwards) {
            var errMsg = String(remainder[sep.upperBound...])
            let fullMessage = errMsg
            if let chained = errMsg.range(of: " template:") { errMsg = String(errMsg[..<chained.lowerBound]) }
            return (TraceableError(location: String(remainder[..<sep.lowerBound]), message: errMsg),
                    wrappedError(fullMessage))
        }
        return nil
    }

    /// Go's executor wraps a function's error with `error calling NAME: %w`;
    /// the wrapped error is the next link of the chain.
    static func wrappedError(_ message: String) -> String? {
        let prefix = "error calling "
        guard message.hasPrefix(prefix) else { return nil }
        let rest = message.dropFirst(prefix.count)
        guard let sep = rest.range(of: ": ") else { return nil }
        return String(rest[sep.upperBound...])
    }

    static func splitN(_ s: String, _ sep: String, _ n: Int) -> [String] {
        var parts: [String] = []
        var rest = Substring(s)
        while parts.count < n - 1, let r = rest.range(of: sep) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    static func trimSpace(_ s: String) -> String { GoWhitespace.trimSpace(s) }
}
