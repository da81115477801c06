import TemplateEngine

/// Helm's `include NAME DATA`: executes a named template of the set and
/// returns its output as a string, capped at `RenderState.maxIncludeNesting`
/// nested calls per name.
enum IncludeFunction {
    private static func incremented(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    static let function = TemplateFunction("include", params: [.string, .any]) { args, context in
        let name = args.first?.stringValue ?? ""
        let data = args.count > 1 ? args[1] : .null
        let state = context.renderState as? RenderState
        if let state {
            // One lookup counts the call; Helm checks the count before it.
            if incremented(&state.includeCounts[name, default: 0]) > RenderState.maxIncludeNesting + 1 {
                state.includeCounts[name, default: 1] -= 1
                throw FunctionError("rendering template has a nested reference name: \(name): unable to execute template")
            }
        }
        defer { state?.includeCounts[name, default: 1] -= 1 }
        do {
            return .string(try context.executeTemplate(named: name, data: data))
        } catch let e as TemplateError {
            throw FunctionError(e.message)
        }
    }
}
