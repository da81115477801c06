/// Reading the arguments of a Sprig function. The executor has already
/// checked and converted each one to the declared `ParamType`, so these
/// accessors only unwrap; the fallbacks are Go's zero values.
extension Value {
    /// A Go `int` argument.
    var intArgument: Int {
        if case .int(let v, _) = self { return Int(truncatingIfNeeded: v) }
        return 0
    }

    /// A Go `string` argument.
    var stringArgument: String {
        if case .string(let s) = self { return s }
        return ""
    }

    /// A Go `bool` argument.
    var boolArgument: Bool {
        if case .bool(let b) = self { return b }
        return false
    }

    /// A Go `float64` argument.
    var floatArgument: Double {
        switch self {
        case .float(let f): return f
        case .int(let v, _): return Double(v)
        default: return 0
        }
    }

    /// A Go `map[string]interface{}` argument; nil for a nil map.
    var mapArgument: GoMap? {
        if case .map(let m) = self { return m }
        return nil
    }
}

extension TemplateFunction {
    /// A Sprig function that needs no execution context.
    static func sprig(_ name: String, _ params: [ParamType], variadic: ParamType? = nil,
                      _ body: @escaping ([Value]) throws -> Value) -> TemplateFunction {
        TemplateFunction(name, params: params, variadic: variadic) { args, _ in try body(args) }
    }
}
