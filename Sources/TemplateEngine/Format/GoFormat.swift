/// Go's `fmt` package as templates see it: `print`, `printf`, `println` and
/// the `%v` text of a value printed by `{{ . }}`.
///
/// API contract (bodies filled in by the formatting work):
public enum GoFormat {
    /// `fmt.Sprint(args...)`: operands joined, with a space between two
    /// operands when neither is a string.
    public static func sprint(_ args: [Value]) -> String { args.map(format).joined() }

    /// `fmt.Sprintln(args...)`: operands separated by spaces, newline appended.
    public static func sprintln(_ args: [Value]) -> String { args.map(format).joined(separator: " ") + "\n" }

    /// `fmt.Sprintf(format, args...)` with every verb, flag, width and
    /// precision, and Go's `%!verb(type=value)` error texts.
    public static func sprintf(_ format: String, _ args: [Value]) -> String { format }

    /// `%v` of one value: what `{{ . }}` prints (`<nil>`, `map[a:1 b:2]`,
    /// `[a b]`, floats in Go's shortest form `1.234567e+06`).
    public static func format(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        default: return "?"
        }
    }
}
