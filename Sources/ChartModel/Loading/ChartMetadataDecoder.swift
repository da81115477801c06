import TemplateEngine

/// Turns a decoded Chart.yaml (or requirements.yaml) document into
/// `ChartMetadata` the way Helm does: sigs.k8s.io/yaml converts scalars to
/// strings where the Go field is a string, then `encoding/json` fills the
/// struct (keys match case-insensitively, unknown keys are ignored).
enum ChartMetadataDecoder {
    /// Applies the document's fields onto `metadata` (Chart.yaml first, then
    /// requirements.yaml onto the same struct, as Helm unmarshals both into it).
    static func apply(_ document: Value, to metadata: inout ChartMetadata) throws {
        guard case .map(let m) = document else {
            if case .null = document { return }
            throw typeError(document, field: "", goType: "v2.Metadata", whole: true)
        }
        for key in m.sortedKeys {
            guard let v = m[key] else { continue }
            switch key.lowercased() {
            case "name": metadata.name = try string(v, "name") ?? metadata.name
            case "home": metadata.home = try string(v, "home") ?? metadata.home
            case "sources": metadata.sources = try strings(v, "sources") ?? metadata.sources
            case "version": metadata.version = try string(v, "version") ?? metadata.version
            case "description": metadata.description = try string(v, "description") ?? metadata.description
            case "keywords": metadata.keywords = try strings(v, "keywords") ?? metadata.keywords
            case "maintainers": metadata.maintainers = try maintainers(v) ?? metadata.maintainers
            case "icon": metadata.icon = try string(v, "icon") ?? metadata.icon
            case "apiversion": metadata.apiVersion = try string(v, "apiVersion") ?? metadata.apiVersion
            case "condition": metadata.condition = try string(v, "condition") ?? metadata.condition
            case "tags": metadata.tags = try string(v, "tags") ?? metadata.tags
            case "appversion": metadata.appVersion = try string(v, "appVersion") ?? metadata.appVersion
            case "deprecated": metadata.deprecated = try bool(v, "deprecated") ?? metadata.deprecated
            case "annotations": metadata.annotations = try annotations(v) ?? metadata.annotations
            case "kubeversion": metadata.kubeVersion = try string(v, "kubeVersion") ?? metadata.kubeVersion
            case "dependencies":
                if let deps = try dependencies(v) {
                    metadata.dependencies = deps
                    metadata.hasDependencyList = true
                }
            case "type": metadata.type = try string(v, "type") ?? metadata.type
            default: continue
            }
        }
    }

    // MARK: - Field conversions

    /// A string field: scalars become their text; null leaves the field as is.
    static func string(_ v: Value, _ field: String, owner: String = "Metadata") throws -> String? {
        switch v {
        case .null: return nil
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let d): return scalarText(d)
        default: throw typeError(v, field: field, goType: "string", owner: owner)
        }
    }

    private static func strings(_ v: Value, _ field: String, owner: String = "Metadata") throws -> [String]? {
        switch v {
        case .null: return nil
        case .list(let l):
            return try l.items.map { try string($0, field, owner: owner) ?? "" }
        default: throw typeError(v, field: field, goType: "[]string", owner: owner)
        }
    }

    private static func bool(_ v: Value, _ field: String, owner: String = "Metadata") throws -> Bool? {
        switch v {
        case .null: return nil
        case .bool(let b): return b
        default: throw typeError(v, field: field, goType: "bool", owner: owner)
        }
    }

    private static func annotations(_ v: Value) throws -> [String: String]? {
        switch v {
        case .null: return nil
        case .map(let m):
            var out: [String: String] = [:]
            for (k, item) in m.storage { out[k] = try string(item, "annotations") ?? "" }
            return out
        default: throw typeError(v, field: "annotations", goType: "map[string]string")
        }
    }

    private static func maintainers(_ v: Value) throws -> [ChartMaintainer]? {
        switch v {
        case .null: return nil
        case .list(let l):
            var out: [ChartMaintainer] = []
            for item in l.items {
                switch item {
                case .null:
                    throw ChartError("validation: maintainers must not contain empty or null nodes")
                case .map(let m):
                    var mt = ChartMaintainer()
                    for (k, fv) in m.storage {
                        switch k.lowercased() {
                        case "name": mt.name = try string(fv, "maintainers.name") ?? mt.name
                        case "email": mt.email = try string(fv, "maintainers.email") ?? mt.email
                        case "url": mt.url = try string(fv, "maintainers.url") ?? mt.url
                        default: continue
                        }
                    }
                    out.append(mt)
                default:
                    throw typeError(item, field: "maintainers", goType: "chart.Maintainer")
                }
            }
            return out
        default: throw typeError(v, field: "maintainers", goType: "[]*chart.Maintainer")
        }
    }

    private static func dependencies(_ v: Value) throws -> [ChartDependency]? {
        switch v {
        case .null: return nil
        case .list(let l):
            var out: [ChartDependency] = []
            for item in l.items {
                switch item {
                case .null:
                    throw ChartError("validation: dependencies must not contain empty or null nodes")
                case .map(let m):
                    out.append(try dependency(m))
                default:
                    throw typeError(item, field: "dependencies", goType: "chart.Dependency")
                }
            }
            return out
        default: throw typeError(v, field: "dependencies", goType: "[]*chart.Dependency")
        }
    }

    private static func dependency(_ m: GoMap) throws -> ChartDependency {
        var d = ChartDependency()
        for key in m.sortedKeys {
            guard let fv = m[key] else { continue }
            switch key.lowercased() {
            case "name": d.name = try string(fv, "dependencies.name") ?? d.name
            case "version": d.version = try string(fv, "dependencies.version") ?? d.version
            case "repository": d.repository = try string(fv, "dependencies.repository") ?? d.repository
            case "condition": d.condition = try string(fv, "dependencies.condition") ?? d.condition
            case "tags": d.tags = try strings(fv, "dependencies.tags") ?? d.tags
            case "enabled": d.enabled = try bool(fv, "dependencies.enabled") ?? d.enabled
            case "import-values":
                switch fv {
                case .null: continue
                case .list(let l): d.importValues = l.items
                default: throw typeError(fv, field: "dependencies.import-values", goType: "[]interface {}")
                }
            case "alias": d.alias = try string(fv, "dependencies.alias") ?? d.alias
            default: continue
            }
        }
        return d
    }

    // MARK: - Errors and number text

    /// `encoding/json`'s `UnmarshalTypeError` as sigs.k8s.io/yaml wraps it.
    private static func typeError(_ v: Value, field: String, goType: String, owner: String = "Metadata",
                                  whole: Bool = false) -> ChartError {
        let kind: String
        switch v {
        case .string: kind = "string"
        case .bool: kind = "bool"
        case .int, .float: kind = "number"
        case .list, .bytes: kind = "array"
        case .map, .object: kind = "object"
        case .null: kind = "null"
        }
        let what = whole ? "Go value of type \(goType)" : "Go struct field \(owner).\(field) of type \(goType)"
        return ChartError("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(kind) into \(what)")
    }

    /// sigs.k8s.io/yaml turns a YAML number bound for a string field into
    /// text: integers in decimal, other floats in Go's shortest 'g' form.
    static func scalarText(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return GoFormat.sprint([.float(d)])
    }
}
