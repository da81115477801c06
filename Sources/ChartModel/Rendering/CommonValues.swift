import TemplateEngine

/// Helm's `common.Values` (a `map[string]interface{}` type) with its
/// template-callable methods `AsMap`, `Table`, `YAML` and `PathValue`.
public enum CommonValues {
    public static let typeName = "common.Values"

    /// A `common.Values` map over `storage`.
    public static func make(_ storage: [String: Value]) -> GoMap {
        GoMap(storage, typeName: typeName, methods: ValuesMethods.shared)
    }

    /// `m` viewed as `common.Values` (a new map object with the same entries).
    public static func typed(_ m: GoMap) -> GoMap { make(m.storage) }
}

/// The methods of one `common.Values` map.
final class ValuesMethods: MethodProvider {
    static let shared = ValuesMethods()

    func method(_ name: String, receiver: Value) -> TemplateFunction? {
        guard case .map(let values) = receiver else { return nil }
        switch name {
        case "AsMap":
            return TemplateFunction("AsMap") { _, _ in
                .map(values.copy(typeName: "map[string]interface {}"))
            }
        case "Table":
            return TemplateFunction("Table", params: [.string]) { args, _ in
                .map(CommonValues.typed(try ValuesMethods.table(values, args.first?.stringValue ?? "")))
            }
        case "YAML":
            return TemplateFunction("YAML") { _, _ in
                do {
                    return .string(try YAMLEncoder.encode(.map(values)))
                } catch let e as YAMLError {
                    throw FunctionError(e.message)
                }
            }
        case "PathValue":
            return TemplateFunction("PathValue", params: [.string]) { args, _ in
                try ValuesMethods.pathValue(values, args.first?.stringValue ?? "")
            }
        default:
            return nil
        }
    }

    /// `Values.Table`: the map at a dotted path.
    static func table(_ root: GoMap, _ path: String) throws -> GoMap {
        var table = root
        for part in path.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard let next = table[part]?.mapValue else {
                throw FunctionError("\(GoStrconv.quote(part)) is not a table")
            }
            table = next
        }
        return table
    }

    /// `Values.PathValue`: the non-table value at a dotted path.
    static func pathValue(_ root: GoMap, _ path: String) throws -> Value {
        if path.isEmpty { throw FunctionError("YAML path cannot be empty") }
        var parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let key = parts.removeLast()
        var current = root
        if !parts.isEmpty {
            guard let t = try? table(root, parts.joined(separator: ".")) else {
                throw FunctionError("\(GoStrconv.quote(key)) is not a value")
            }
            current = t
        }
        if let v = current[key], v.mapValue == nil { return v }
        throw FunctionError("\(GoStrconv.quote(key)) is not a value")
    }
}
