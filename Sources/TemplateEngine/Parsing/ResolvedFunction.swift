/// A function name resolved once per function table: the entry, its Go
/// built-in kind (if it is one of the built-ins the executor handles itself)
/// and its parameter list for argument checking.
struct ResolvedFunction {
    let function: TemplateFunction
    let builtin: BuiltinKind?
    let signature: Signature

    init(_ f: TemplateFunction) {
        function = f
        builtin = GoBuiltins.kind(of: f)
        signature = builtin.map { $0.signature } ?? Signature(f)
    }

    /// Every name a table resolves: its own functions, then Go's built-ins
    /// it does not replace.
    static func table(for functions: [String: TemplateFunction]) -> [String: ResolvedFunction] {
        var table: [String: ResolvedFunction] = [:]
        table.reserveCapacity(functions.count + GoBuiltins.byName.count)
        for (name, f) in GoBuiltins.byName { table[name] = ResolvedFunction(f) }
        for (name, f) in functions { table[name] = ResolvedFunction(f) }
        return table
    }
}
