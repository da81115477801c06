import TemplateEngine

/// Chart.yaml. `fields` holds Helm's `chart.Metadata` as the template sees
/// it (`.Chart.Name`, `.Chart.AppVersion`, …).
public struct ChartMetadata {
    public var name: String
    public var version: String
    public var apiVersion: String
    /// `application` or `library`.
    public var type: String
    /// The `.Chart` object: Go field names as keys (Helm's `structToMap` of
    /// `chart.Metadata`; the engine adds `IsRoot`). Rebuilt by
    /// `refreshFields()` after dependency processing changes the metadata.
    public var fields: GoMap

    public var home: String = ""
    public var sources: [String] = []
    public var description: String = ""
    public var keywords: [String] = []
    public var maintainers: [ChartMaintainer] = []
    public var icon: String = ""
    public var condition: String = ""
    public var tags: String = ""
    public var appVersion: String = ""
    public var deprecated: Bool = false
    /// `nil` when Chart.yaml has no `annotations` (Go's nil map).
    public var annotations: [String: String]? = nil
    public var kubeVersion: String = ""
    /// Chart.yaml `dependencies` (or requirements.yaml for apiVersion v1).
    public var dependencies: [ChartDependency] = []
    /// Whether a `dependencies` list was given at all (Helm skips dependency
    /// processing, also of deeper subcharts, when it is nil).
    public var hasDependencyList: Bool = false

    public init(name: String, version: String, apiVersion: String = "v2", type: String = "application",
                fields: GoMap = GoMap()) {
        self.name = name
        self.version = version
        self.apiVersion = apiVersion
        self.type = type
        self.fields = fields
    }

    /// Rebuilds `fields` from the typed properties.
    public mutating func refreshFields() {
        fields = templateObject()
    }

    /// Helm's `structToMap(chart.Metadata)`: every field under its Go name;
    /// slices become `[]interface {}`, nested structs become maps.
    public func templateObject() -> GoMap {
        var m: [String: Value] = [:]
        m.reserveCapacity(18)
        m["Name"] = .string(name)
        m["Home"] = .string(home)
        m["Sources"] = .list(GoList(sources.map { .string($0) }))
        m["Version"] = .string(version)
        m["Description"] = .string(description)
        m["Keywords"] = .list(GoList(keywords.map { .string($0) }))
        m["Maintainers"] = .list(GoList(maintainers.map { .map($0.templateObject()) }))
        m["Icon"] = .string(icon)
        m["APIVersion"] = .string(apiVersion)
        m["Condition"] = .string(condition)
        m["Tags"] = .string(tags)
        m["AppVersion"] = .string(appVersion)
        m["Deprecated"] = .bool(deprecated)
        var ann: [String: Value] = [:]
        for (k, v) in annotations ?? [:] { ann[k] = .string(v) }
        m["Annotations"] = .map(GoMap(ann, typeName: "map[string]string", elementTypeName: "string",
                                      isNil: annotations == nil))
        m["KubeVersion"] = .string(kubeVersion)
        m["Dependencies"] = .list(GoList(dependencies.map { .map($0.templateObject()) }))
        m["Type"] = .string(type)
        return GoMap(m)
    }
}

/// One entry of Chart.yaml `maintainers`.
public struct ChartMaintainer {
    public var name: String = ""
    public var email: String = ""
    public var url: String = ""
    public init(name: String = "", email: String = "", url: String = "") {
        self.name = name
        self.email = email
        self.url = url
    }

    func templateObject() -> GoMap {
        GoMap(["Name": .string(name), "Email": .string(email), "URL": .string(url)])
    }
}
