/// A value as Go's executor holds it in a `reflect.Value`: either invalid
/// (no value at all, e.g. a missing key with `missingkey=default` or the
/// result of a pipeline that produced a nil interface), or a value whose
/// static type is `interface {}` (`boxed`: an element of a
/// `map[string]interface {}` or `[]interface {}`), or a concrete value.
/// The difference shows in Go's error texts (`nil pointer evaluating
/// interface {}.x` vs. silently no value).
enum Operand {
    case invalid
    case value(Value, boxed: Bool)

    @inline(__always)
    static func direct(_ v: Value) -> Operand {
        if case .null = v { return .value(v, boxed: true) }
        return .value(v, boxed: false)
    }

    @inline(__always)
    static func element(_ v: Value, boxed: Bool) -> Operand {
        if case .null = v { return .value(v, boxed: true) }
        return .value(v, boxed: boxed)
    }

    /// The Go value handed to functions (`nil` for invalid).
    var value: Value {
        switch self {
        case .invalid: return .null
        case .value(let v, _): return v
        }
    }

    var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }

    /// Go's `indirectInterface`: the concrete value inside, or invalid for nil.
    var concrete: Operand {
        switch self {
        case .invalid: return .invalid
        case .value(let v, let boxed):
            if boxed {
                if case .null = v { return .invalid }
                return .value(v, boxed: false)
            }
            return self
        }
    }

    /// The static Go type name (`interface {}` for boxed values).
    var staticTypeName: String {
        switch self {
        case .invalid: return "<nil>"
        case .value(let v, let boxed): return boxed ? "interface {}" : v.goTypeName
        }
    }

    /// Go's `truth`/`isTrue` of `indirectInterface(v)`.
    var isTrue: Bool {
        switch self {
        case .invalid: return false
        case .value(.object(let o), _):
            if let c = o as? GoComplex { return c.real != 0 || c.imag != 0 }
            return true
        case .value(let v, _): return v.isTruthy
        }
    }
}

/// Go's zero value of an element type named `typeName`.
enum ZeroValue {
    static func of(typeName: String) -> Operand {
        switch typeName {
        case "string": return .value(.string(""), boxed: false)
        case "bool": return .value(.bool(false), boxed: false)
        case "int": return .value(.int(0, .int), boxed: false)
        case "int64": return .value(.int(0, .int64), boxed: false)
        case "float64": return .value(.float(0), boxed: false)
        default: return .value(.null, boxed: true)
        }
    }
}
