import TemplateEngine

/// The function map Helm v4 gives chart templates: Go's built-ins, Sprig
/// (without `env`/`expandenv`), and Helm's own functions on top. Built once.
public enum HelmFunctionTable {
    /// Helm's own functions (engine.go and funcs.go), replacing Sprig's of the same name.
    static let helmFunctions: [TemplateFunction] = [
        IncludeFunction.function,
        TplFunction.function,
        RequiredFunctions.required,
        RequiredFunctions.fail,
        ClusterFunctions.lookup,
        ClusterFunctions.getHostByName,
    ]

    /// Built whole, parser names included, when first used: nothing in it
    /// changes afterwards, so threads can share it.
    public static let shared: FunctionTable = {
        let table = make()
        table.prepareForParsing()
        return table
    }()

    static func make() -> FunctionTable {
        let table = FunctionTable(GoBuiltins.functions)
        table.add(SprigLibrary.functions)
        table.remove(["env", "expandenv"])
        table.add(HelmYAMLFunctions.functions)
        table.add(JSONFunctions.functions)
        table.add(HelmTOMLFunctions.functions)
        table.add(helmFunctions)
        return table
    }
}
