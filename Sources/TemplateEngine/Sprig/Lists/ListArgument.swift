/// How Sprig's list functions read their `interface{}` list argument:
/// through reflection, so any slice works (a `[]byte` gives `uint8`
/// elements), nil panics on `reflect.TypeOf(nil).Kind()`, and other kinds
/// fail with the function's own message.
enum ListArgument {
    static let nilPanic = "runtime error: invalid memory address or nil pointer dereference"

    /// The elements of a slice, or nil when `v` is not a slice (its kind
    /// name then goes into the caller's error).
    static func elements(_ v: Value) throws -> [Value]? {
        switch v {
        case .null: throw FunctionError(nilPanic)
        case .list(let l): return l.items
        case .bytes(let b): return b.map { .int(Int64($0), .uint8) }
        default: return nil
        }
    }

    /// The elements, or `FunctionError(message(kind))`.
    static func require(_ v: Value, _ message: (String) -> String) throws -> [Value] {
        guard let items = try elements(v) else { throw FunctionError(message(v.goKindName)) }
        return items
    }

    /// Go's panic text for a failed type assertion `v.(T)`.
    static func assertionMessage(_ v: Value, expected: String) -> String {
        let actual = v.isNull ? "nil" : v.goTypeName
        return "interface conversion: interface {} is \(actual), not \(expected)"
    }
}
