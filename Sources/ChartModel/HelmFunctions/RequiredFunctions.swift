import TemplateEngine

/// Helm's `required` and `fail`. Their messages are wrapped in Helm's
/// warning delimiters so the render error becomes
/// `execution error at (FILE:LINE:COL): MESSAGE`.
enum RequiredFunctions {
    static let warnStart = "HELM_ERR_START"
    static let warnEnd = "HELM_ERR_END"

    static func wrap(_ message: String) -> String { warnStart + message + warnEnd }

    static let required = TemplateFunction("required", params: [.string, .any]) { args, _ in
        let message = args.first?.stringValue ?? ""
        let value = args.count > 1 ? args[1] : .null
        switch value {
        case .null:
            throw FunctionError(wrap(message))
        case .string(let s) where s.isEmpty:
            throw FunctionError(wrap(message))
        default:
            return value
        }
    }

    static let fail = TemplateFunction("fail", params: [.string]) { args, _ in
        throw FunctionError(wrap(args.first?.stringValue ?? ""))
    }
}
