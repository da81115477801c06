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

/// Go slice and map values with the static types Sprig's functions return.
enum GoValues {
    static func strings(_ items: [String]) -> Value { .list(GoList.strings(items)) }

    static func ints(_ items: [Int]) -> Value {
        .list(GoList(items.map { .int(Int64($0), .int) }, typeName: "[]int", elementTypeName: "int"))
    }

    static func interfaces(_ items: [Value]) -> Value { .list(GoList(items)) }

    static func stringMap(_ storage: [String: String]) -> Value {
        .map(GoMap(storage.mapValues { .string($0) }, typeName: "map[string]string", elementTypeName: "string"))
    }

    /// The runtime panic text of `s[a:b]` out of range, as Go prints it.
    static func sliceBoundsMessage(start: Int?, end: Int?, length: Int) -> String {
        switch (start, end) {
        case (nil, let e?):
            return e < 0 ? "runtime error: slice bounds out of range [:\(e)]"
                : "runtime error: slice bounds out of range [:\(e)] with length \(length)"
        case (let s?, nil):
            return s < 0 ? "runtime error: slice bounds out of range [\(s):]"
                : "runtime error: slice bounds out of range [\(s):\(length)]"
        case (let s?, let e?):
            if e < 0 { return "runtime error: slice bounds out of range [:\(e)]" }
            if e > length { return "runtime error: slice bounds out of range [:\(e)] with length \(length)" }
            if s < 0 { return "runtime error: slice bounds out of range [\(s):]" }
            return "runtime error: slice bounds out of range [\(s):\(e)]"
        default:
            return "runtime error: slice bounds out of range"
        }
    }
}

/// Go's `%v` text of a value as Sprig's `strval` makes it: strings and
/// byte slices as text, everything else through fmt.
enum GoStringValue {
    static func strval(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .bytes(let b): return GoUTF8.string(b)
        default: return GoFormat.format(v)
        }
    }
}
