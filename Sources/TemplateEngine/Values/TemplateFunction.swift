/// The Go parameter type of a template function's argument. The executor
/// checks and converts each argument against it with Go's rules (untyped
/// number constants become the parameter's type; a value of another type
/// fails with `wrong type for value; expected int; got float64`).
public enum ParamType: Sendable, Equatable {
    /// `interface {}`: anything, passed through unchanged.
    case any
    case string
    case bool
    case int
    case int64
    case float64
    /// `[]string`
    case stringList
    /// `[]interface {}`
    case list
    /// `map[string]interface {}`
    case map
    /// `[]byte`
    case bytes
    /// `uint32` (Sprig's `derivePassword` counter).
    case uint32
    /// A Go struct or pointer type, matched by the host object's
    /// `goTypeName`: `time.Time`, `sprig.certificate`, `*semver.Version`.
    case named(String)

    /// The Go spelling, for error messages.
    public var goName: String {
        switch self {
        case .any: return "interface {}"
        case .string: return "string"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .float64: return "float64"
        case .stringList: return "[]string"
        case .list: return "[]interface {}"
        case .map: return "map[string]interface {}"
        case .bytes: return "[]uint8"
        case .uint32: return "uint32"
        case .named(let name): return name
        }
    }
}

/// A function callable from templates: a Go built-in, a Sprig function, one
/// of Helm's, or a method of a host type.
public final class TemplateFunction {
    public typealias Body = (_ args: [Value], _ context: ExecutionContext) throws -> Value

    public let name: String
    /// Fixed parameters, in order.
    public let params: [ParamType]
    /// The element type of a trailing `...` parameter, if any.
    public let variadic: ParamType?
    public let body: Body
    /// What a call does besides computing its result (by name, `FunctionEffect.of`).
    public let effect: FunctionEffect

    public init(_ name: String, params: [ParamType] = [], variadic: ParamType? = nil, body: @escaping Body) {
        self.name = name
        self.params = params
        self.variadic = variadic
        self.body = body
        effect = FunctionEffect.of(name)
    }
}

/// An error a function reports; the executor turns it into Go's
/// `error calling NAME: MESSAGE`.
public struct FunctionError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The table of functions a template set can call. Built once (Go built-ins,
/// then Sprig, then Helm's own on top) and shared by every render; the parser
/// resolves each function name to its entry once, at parse time.
public final class FunctionTable {
    public private(set) var functions: [String: TemplateFunction] {
        didSet { resolvedNames = nil }
    }
    /// Names as the parser resolves them, built on first use.
    private var resolvedNames: [String: ResolvedFunction]?

    public init(_ functions: [TemplateFunction] = []) {
        var table: [String: TemplateFunction] = [:]
        for f in functions { table[f.name] = f }
        self.functions = table
    }

    /// Adds or replaces functions (later entries win, as with Go's `Funcs`).
    public func add(_ list: [TemplateFunction]) {
        for f in list { functions[f.name] = f }
    }

    public func remove(_ names: [String]) {
        for n in names { functions.removeValue(forKey: n) }
    }

    public func lookup(_ name: String) -> TemplateFunction? { functions[name] }

    /// Builds the parser's name table now (it is otherwise built by the
    /// first parse), e.g. before timing a render.
    public func prepareForParsing() { _ = resolved("") }

    func resolved(_ name: String) -> ResolvedFunction? {
        if let table = resolvedNames { return table[name] }
        let table = ResolvedFunction.table(for: functions)
        resolvedNames = table
        return table[name]
    }
}

/// What a function sees of the execution that called it. `include` and `tpl`
/// use it to run other templates in the same set; `renderState` carries
/// per-render data of the layer that started the render (e.g. Helm's
/// include depth counters).
public protocol ExecutionContext: AnyObject {
    /// The name of the template being executed.
    var templateName: String { get }
    var options: ExecutionOptions { get }
    /// Per-render state owned by the caller of `TemplateSet.execute`.
    var renderState: AnyObject? { get }
    /// Executes the named template of the current set with `data`.
    func executeTemplate(named name: String, data: Value) throws -> String
    /// Parses `text` as a new template `name` in a copy of the current set
    /// (its `define`s visible only there) and executes it with `data`.
    func executeText(_ text: String, name: String, data: Value) throws -> String
}

/// Go's `missingkey` option.
public enum MissingKeyMode: Sendable {
    /// `missingkey=default`/`invalid`: a missing key yields "no value".
    case `default`
    /// `missingkey=zero`: the zero value of the map's element type (Helm's).
    case zero
    /// `missingkey=error`: execution stops with an error.
    case error
}

public struct ExecutionOptions: Sendable {
    public var missingKey: MissingKeyMode
    /// Go's `maxExecDepth`.
    public var maxExecDepth: Int

    public static let goMaxExecDepth = 100_000

    /// With `missingKey == .error`: a missing key that is only probed (the
    /// whole pipeline of `if`/`with`, an argument of `and`/`or`/`not` there,
    /// the value `default` receives) yields the zero value instead of failing.
    /// Not Go's; `render --strict` uses it.
    public var missingKeyProbes: Bool

    public init(missingKey: MissingKeyMode = .zero, maxExecDepth: Int = ExecutionOptions.goMaxExecDepth,
                missingKeyProbes: Bool = false) {
        self.missingKey = missingKey
        self.maxExecDepth = maxExecDepth
        self.missingKeyProbes = missingKeyProbes
    }
}
