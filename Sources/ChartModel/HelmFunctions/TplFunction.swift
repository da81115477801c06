import TemplateEngine

/// Helm's `tpl TEXT DATA`: parses TEXT as a template in a copy of the current
/// set (its `define`s visible inside it) and executes it with DATA, with the
/// render's missingkey option; `<no value>` is removed from the result.
enum TplFunction {
    /// The name Helm gives the parsed text (its root template's name).
    static let templateName = "gotpl"

    static let function = TemplateFunction("tpl", params: [.string, .any]) { args, context in
        let text = args.first?.stringValue ?? ""
        let data = args.count > 1 ? args[1] : .null
        let output: String
        do {
            output = try context.executeText(text, name: templateName, data: data)
        } catch let e as TemplateError {
            switch e.kind {
            case .parse:
                throw FunctionError("cannot parse template \(GoStrconv.quote(text)): \(e.message)")
            case .exec:
                throw FunctionError("error during tpl function execution for \(GoStrconv.quote(text)): \(e.message)")
            }
        }
        return .string(NoValueRemoval.apply(output))
    }
}
