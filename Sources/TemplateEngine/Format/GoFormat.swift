/// Go's `fmt` package as templates see it: `print`, `printf`, `println` and
/// the `%v` text of a value printed by `{{ . }}`.
public enum GoFormat {
    /// `fmt.Sprint(args...)`: operands joined, with a space between two
    /// operands when neither is a string.
    public static func sprint(_ args: [Value]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        var printer = GoPrinter()
        printer.doPrint(args)
        return printer.result
    }

    /// `fmt.Sprintln(args...)`: operands separated by spaces, newline appended.
    public static func sprintln(_ args: [Value]) -> String {
        var printer = GoPrinter()
        printer.doPrintln(args)
        return printer.result
    }

    /// `fmt.Sprintf(format, args...)` with every verb, flag, width and
    /// precision, and Go's `%!verb(type=value)` error texts.
    public static func sprintf(_ format: String, _ args: [Value]) -> String {
        var printer = GoPrinter()
        printer.doPrintf(format, args)
        return printer.result
    }

    /// `%v` of one value: what `{{ . }}` prints (`<nil>`, `map[a:1 b:2]`,
    /// `[a b]`, floats in Go's shortest form `1.234567e+06`).
    public static func format(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .float(let f): return GoFloat.formatV(f)
        case .int(let i, let type) where !type.isUnsigned: return String(i)
        case .bool(let b): return b ? "true" : "false"
        default:
            var printer = GoPrinter()
            printer.printArg(value, verb: Verb.v)
            return printer.result
        }
    }
}
