/// The dynamic value model shared by the template engine, Sprig, Helm's
/// functions and the chart model. It mirrors the Go values a Helm template
/// sees: `interface{}` holding nil, bool, an integer type, float64, string,
/// a slice, a map, a byte slice, or a host object (a Go struct or pointer
/// such as `*common.Capabilities`).
///
/// Lists and maps are reference types, as Go slices and maps are: a mutation
/// made through one reference (Sprig's `set`, `unset`, `merge`) is visible
/// through every other reference to the same map.
public enum Value {
    case null
    case bool(Bool)
    /// An integer of the given Go type (`int` for template literals and
    /// `len`, `int64` for `--set` values and Sprig math, …).
    case int(Int64, GoIntType)
    /// A Go float64.
    case float(Double)
    case string(String)
    case list(GoList)
    case map(GoMap)
    /// A Go `[]byte` (e.g. `.Files.GetBytes`); prints as `[104 105]`.
    case bytes([UInt8])
    case object(HostObject)
}

/// Go's integer types, kept so that `%T`, `typeOf` and `kindOf` print what
/// Go prints.
public enum GoIntType: UInt8, Sendable {
    case int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr

    public var name: String {
        switch self {
        case .int: return "int"
        case .int8: return "int8"
        case .int16: return "int16"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint: return "uint"
        case .uint8: return "uint8"
        case .uint16: return "uint16"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        case .uintptr: return "uintptr"
        }
    }

    public var isUnsigned: Bool { rawValue >= GoIntType.uint.rawValue }
}

/// A Go slice. `typeName` is what `%T` prints (`[]interface {}`,
/// `[]string`, `common.VersionSet`, …); `elementTypeName` is the element type.
public final class GoList {
    public var items: [Value]
    public let typeName: String
    public let elementTypeName: String
    /// Methods of a named slice type (e.g. `VersionSet.Has`).
    public let methods: MethodProvider?
    /// Whether the element type is `interface {}`.
    let holdsInterfaces: Bool
    private let madeNil: Bool

    /// `isNil` makes a Go nil slice (`regexFindAll` without a match): empty
    /// like `[]`, but `null` to encoding/json.
    public init(_ items: [Value], typeName: String = "[]interface {}",
                elementTypeName: String = "interface {}", methods: MethodProvider? = nil, isNil: Bool = false) {
        self.items = items
        self.typeName = typeName
        self.elementTypeName = elementTypeName
        self.methods = methods
        holdsInterfaces = elementTypeName == "interface {}"
        self.madeNil = isNil
    }

    /// Is this a Go nil slice? (Items added later make it a non-nil slice.)
    public var isNil: Bool { madeNil && items.isEmpty }

    public static func strings(_ items: [String], isNil: Bool = false) -> GoList {
        GoList(items.map { .string($0) }, typeName: "[]string", elementTypeName: "string", isNil: isNil)
    }

    public var count: Int { items.count }
}

/// A Go map with string keys. Reference semantics like a Go map.
public final class GoMap {
    private var entries: [String: Value]
    public let typeName: String
    public let elementTypeName: String
    /// Methods of a named map type (e.g. `engine.files.Get`).
    public let methods: MethodProvider?
    private var cachedSortedKeys: [String]?
    /// Whether the element type is `interface {}`.
    let holdsInterfaces: Bool
    private let madeNil: Bool
    /// Told of every read that could see the watch's volatile key (see
    /// `VolatileKeyWatch`); nil for almost every map.
    var volatileKeyWatch: VolatileKeyWatch?

    /// `isNil` makes a Go nil map (`fromJson "null"`, an unset map field):
    /// empty like `{}`, `null` to encoding/json, and `set` on it fails.
    public init(_ storage: [String: Value] = [:], typeName: String = "map[string]interface {}",
                elementTypeName: String = "interface {}", methods: MethodProvider? = nil, isNil: Bool = false) {
        self.entries = storage
        self.typeName = typeName
        self.elementTypeName = elementTypeName
        self.methods = methods
        holdsInterfaces = elementTypeName == "interface {}"
        self.madeNil = isNil
    }

    /// Every entry (a read of the whole map).
    public var storage: [String: Value] {
        volatileKeyWatch?.noteRead()
        return entries
    }

    /// Is this a Go nil map? (A map that got entries is not.)
    public var isNil: Bool { madeNil && entries.isEmpty }

    public var count: Int { entries.count }

    public subscript(key: String) -> Value? {
        get {
            if let w = volatileKeyWatch { w.noteRead(of: key) }
            return entries[key]
        }
        set {
            if let v = newValue {
                if entries.updateValue(v, forKey: key) == nil { cachedSortedKeys = nil }
            } else if entries.removeValue(forKey: key) != nil {
                cachedSortedKeys = nil
            }
        }
    }

    public func removeValue(forKey key: String) {
        if entries.removeValue(forKey: key) != nil { cachedSortedKeys = nil }
    }

    public func removeAll() {
        entries.removeAll()
        cachedSortedKeys = nil
    }

    /// Keys in Go's sorted order (byte-wise, as Go compares strings).
    public var sortedKeys: [String] {
        volatileKeyWatch?.noteRead()
        if let k = cachedSortedKeys { return k }
        let k = entries.keys.sorted(by: goStringLess)
        cachedSortedKeys = k
        return k
    }

    /// A shallow copy of this map (a new map object with the same entries).
    public func copy(typeName: String? = nil) -> GoMap {
        volatileKeyWatch?.noteRead()
        let out = GoMap(entries, typeName: typeName ?? self.typeName, elementTypeName: elementTypeName,
                        methods: methods, isNil: isNil)
        out.cachedSortedKeys = cachedSortedKeys
        return out
    }

    /// A new map of the same type with every value transformed and the same
    /// keys (no key is hashed again; the sorted key order carries over).
    public func mappingValues(_ transform: (Value) throws -> Value) rethrows -> GoMap {
        volatileKeyWatch?.noteRead()
        let out = GoMap(try entries.mapValues(transform), typeName: typeName, elementTypeName: elementTypeName,
                        methods: methods, isNil: isNil)
        out.cachedSortedKeys = cachedSortedKeys
        return out
    }
}

/// Go orders strings by their bytes; Swift's `<` on String compares by
/// Unicode scalars / grapheme rules, which differs for some inputs.
public func goStringLess(_ a: String, _ b: String) -> Bool {
    var ua = a, ub = b
    return ua.withUTF8 { x in
        ub.withUTF8 { y in
            let n = min(x.count, y.count)
            var i = 0
            while i < n {
                let p = x[i], q = y[i]
                if p != q {
                    // Bytes that are not UTF-8 are kept as 4-byte scalars (GoBytes);
                    // compare what Go compares.
                    if (p | q) >= 0x80, GoBytes.hasEscapes(a) || GoBytes.hasEscapes(b) {
                        return GoBytes.bytes(a).lexicographicallyPrecedes(GoBytes.bytes(b))
                    }
                    return p < q
                }
                i += 1
            }
            return x.count < y.count
        }
    }
}

/// A Go struct or pointer value exposed to templates (`.Capabilities`,
/// `semver` versions, `time.Time`, certificates, …).
public protocol HostObject: AnyObject {
    /// What `%T` prints, e.g. `*common.Capabilities`.
    var goTypeName: String { get }
    /// Go's reflect kind name: `ptr`, `struct`, …
    var goKind: String { get }
    /// An exported field, or nil when there is none of that name.
    func field(_ name: String) -> Value?
    /// What `%v` prints.
    var formatted: String { get }
    /// Methods callable from a template (`.Capabilities.APIVersions.Has`).
    var methods: MethodProvider? { get }
}

extension HostObject {
    public var goKind: String { "ptr" }
    public var methods: MethodProvider? { nil }
}

/// Looks up methods of a Go type by name; `receiver` is the value the
/// method is called on (so a provider needs no reference back to it).
public protocol MethodProvider: AnyObject {
    func method(_ name: String, receiver: Value) -> TemplateFunction?
}

/// A fixed table of methods.
public final class MethodTable: MethodProvider {
    private let table: [String: TemplateFunction]
    public init(_ functions: [TemplateFunction]) {
        var t: [String: TemplateFunction] = [:]
        for f in functions { t[f.name] = f }
        table = t
    }
    public func method(_ name: String, receiver: Value) -> TemplateFunction? { table[name] }
}

// MARK: - Convenience

extension Value {
    /// A template integer literal / Go `int`.
    @inline(__always)
    public static func int(_ v: Int) -> Value { .int(Int64(v), .int) }
    /// A Go `int64`.
    @inline(__always)
    public static func int64(_ v: Int64) -> Value { .int(v, .int64) }

    public static func list(_ items: [Value]) -> Value { .list(GoList(items)) }
    public static func map(_ storage: [String: Value]) -> Value { .map(GoMap(storage)) }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var mapValue: GoMap? {
        if case .map(let m) = self { return m }
        return nil
    }

    public var listValue: GoList? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// Go's template truth: false, 0, 0.0, "", nil, and empty slices and
    /// maps are false; structs and non-nil pointers are true.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i, _): return i != 0
        case .float(let f): return f != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .map(let m): return m.count != 0
        case .bytes(let b): return !b.isEmpty
        case .object: return true
        }
    }

    /// What Go's `%T` prints for this value.
    public var goTypeName: String {
        switch self {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int(_, let t): return t.name
        case .float: return "float64"
        case .string: return "string"
        case .list(let l): return l.typeName
        case .map(let m): return m.typeName
        case .bytes: return "[]uint8"
        case .object(let o): return o.goTypeName
        }
    }

    /// Go's reflect kind name, as Sprig's `kindOf` prints it.
    public var goKindName: String {
        switch self {
        case .null: return "invalid"
        case .bool: return "bool"
        case .int(_, let t): return t.name
        case .float: return "float64"
        case .string: return "string"
        case .list, .bytes: return "slice"
        case .map: return "map"
        case .object(let o): return o.goKind
        }
    }
}
