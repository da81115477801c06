import TemplateEngine

/// `--warn-unused`: the functions that use every key of a map handed to them
/// (serialisers, printers, copies and merges), so that `toYaml .Values.x`
/// counts as reading all of `x` even when a template also reads `x.a`
/// directly. A render with a `ValuesReadTracker` uses `table`, where these
/// functions report their map arguments before they run; renders without
/// one use Helm's table untouched.
enum WholeMapFunctions {
    static let names: Set<String> = [
        "toYaml", "mustToYaml", "toYamlPretty", "toJson", "mustToJson", "toPrettyJson", "mustToPrettyJson",
        "toRawJson", "mustToRawJson", "toToml", "toString", "toStrings",
        "print", "printf", "println", "quote", "squote", "cat",
        "deepCopy", "mustDeepCopy", "merge", "mustMerge", "mergeOverwrite", "mustMergeOverwrite", "values",
    ]

    static let table: FunctionTable = {
        let table = FunctionTable(Array(HelmFunctionTable.shared.functions.values))
        table.add(names.compactMap { HelmFunctionTable.shared.lookup($0) }.map(reportingMaps))
        return table
    }()

    private static func reportingMaps(_ f: TemplateFunction) -> TemplateFunction {
        TemplateFunction(f.name, params: f.params, variadic: f.variadic) { args, context in
            if let tracker = (context.renderState as? RenderState)?.readTracker {
                for arg in args { tracker.didUseWhole(arg) }
            }
            return try f.body(args, context)
        }
    }
}
