import TemplateEngine

/// The function map Helm v4 gives chart templates: Go's built-ins, Sprig
/// (without `env`/`expandenv`), and Helm's own functions on top. Built once.
public enum HelmFunctionTable {
    public static let shared: FunctionTable = {
        let table = FunctionTable()
        table.add(SprigLibrary.functions)
        return table
    }()
}
