/// The Go type of a parameter as the executor checks it: a `ParamType`, or
/// `reflect.Value` (Go's own built-ins receive arguments unconverted).
enum ArgType {
    case param(ParamType)
    case reflectValue
}

/// A function's parameter list for argument checking.
struct Signature {
    let params: [ArgType]
    let variadic: ArgType?

    init(params: [ArgType], variadic: ArgType?) {
        self.params = params
        self.variadic = variadic
    }

    init(_ f: TemplateFunction) {
        params = f.params.map { .param($0) }
        variadic = f.variadic.map { .param($0) }
    }
}

/// Go's assignability of a value to a parameter type.
enum ArgumentTypes {
    static func assignable(_ v: Value, to p: ParamType) -> Bool {
        switch p {
        case .any: return true
        case .string: if case .string = v { return true }
        case .bool: if case .bool = v { return true }
        case .int: if case .int(_, .int) = v { return true }
        case .int64: if case .int(_, .int64) = v { return true }
        case .float64: if case .float = v { return true }
        case .stringList: if case .list(let l) = v { return l.elementTypeName == "string" }
        case .list: if case .list(let l) = v { return l.holdsInterfaces }
        case .map: if case .map(let m) = v { return m.holdsInterfaces }
        case .bytes: if case .bytes = v { return true }
        case .uint32: if case .int(_, .uint32) = v { return true }
        case .named(let name): if case .object(let o) = v { return o.goTypeName == name }
        }
        return false
    }
}

/// A Go complex128 constant (`{{ 1i }}`), printed as Go prints it.
final class GoComplex: HostObject {
    let real: Double
    let imag: Double
    init(real: Double, imag: Double) {
        self.real = real
        self.imag = imag
    }
    var goTypeName: String { "complex128" }
    var goKind: String { "complex128" }
    func field(_ name: String) -> Value? { nil }
    var formatted: String {
        let r = GoFormat.format(.float(real))
        var i = GoFormat.format(.float(imag))
        if !(i.hasPrefix("-") || i.hasPrefix("+")) { i = "+" + i }
        return "(" + r + i + "i)"
    }
}
