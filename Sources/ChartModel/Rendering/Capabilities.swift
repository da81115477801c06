import TemplateEngine

/// Helm's `*common.Capabilities`: `.Capabilities` in templates.
public final class Capabilities: HostObject, GoJSONEncodable {
    public let kubeVersion: KubeVersion
    /// `common.VersionSet`: the default API versions, then `--api-versions`.
    public let apiVersions: [String]
    public let helmVersion: HelmBuildInfo
    private let apiVersionList: GoList

    public init(kubeVersion: KubeVersion = .helmDefault, extraAPIVersions: [String] = [],
                helmVersion: HelmBuildInfo = .helm) {
        self.kubeVersion = kubeVersion
        self.apiVersions = DefaultAPIVersions.all + extraAPIVersions
        self.helmVersion = helmVersion
        self.apiVersionList = Capabilities.versionSet(apiVersions)
    }

    /// A `common.VersionSet` value with its `Has` method.
    static func versionSet(_ versions: [String]) -> GoList {
        let set = Set(versions)
        let methods = MethodTable([
            TemplateFunction("Has", params: [.string]) { args, _ in
                .bool(set.contains(args.first?.stringValue ?? ""))
            },
        ])
        return GoList(versions.map { .string($0) }, typeName: "common.VersionSet",
                      elementTypeName: "string", methods: methods)
    }

    public var goTypeName: String { "*common.Capabilities" }

    public var goJSONRepresentation: GoJSONRepresentation {
        .fields([("KubeVersion", .object(kubeVersion)), ("APIVersions", .list(apiVersionList)),
                 ("HelmVersion", .object(helmVersion))])
    }

    public func field(_ name: String) -> Value? {
        switch name {
        case "KubeVersion": return .object(kubeVersion)
        case "APIVersions": return .list(apiVersionList)
        case "HelmVersion": return .object(helmVersion)
        default: return nil
        }
    }

    /// `%v` of the pointer: `&{{v1.36.0 v1.36.0 1 36} [v1 …] {v4.2.3 …}}`.
    public var formatted: String {
        "&{{\(kubeVersion.version) \(kubeVersion.normalized) \(kubeVersion.major) \(kubeVersion.minor)} ["
            + apiVersions.joined(separator: " ") + "] " + helmVersion.formatted + "}"
    }

    public var methods: MethodProvider? {
        MethodTable([
            TemplateFunction("Copy") { [self] _, _ in .object(self) },
        ])
    }
}

/// Helm's `version.BuildInfo`: `.Capabilities.HelmVersion`.
public final class HelmBuildInfo: HostObject, GoJSONEncodable {
    public let version: String
    public let gitCommit: String
    public let gitTreeState: String
    public let goVersion: String
    public let kubeClientVersion: String

    public init(version: String, gitCommit: String, gitTreeState: String, goVersion: String, kubeClientVersion: String) {
        self.version = version
        self.gitCommit = gitCommit
        self.gitTreeState = gitTreeState
        self.goVersion = goVersion
        self.kubeClientVersion = kubeClientVersion
    }

    /// What the released `helm` v4.2.3 binary reports.
    public static let helm = HelmBuildInfo(
        version: "v4.2.3", gitCommit: "43e8b7feece8beb0fcba47059ec9b522fd929a64", gitTreeState: "clean",
        goVersion: "go1.26.6", kubeClientVersion: "v1.36")

    public var goTypeName: String { "version.BuildInfo" }

    /// Its JSON tags: `version`, `git_commit`, `git_tree_state`, `go_version`
    /// (omitted when empty) and `kube_client_version`.
    public var goJSONRepresentation: GoJSONRepresentation {
        var fields: [(name: String, value: Value)] = []
        for (name, value) in [("version", version), ("git_commit", gitCommit), ("git_tree_state", gitTreeState),
                              ("go_version", goVersion)] where !value.isEmpty {
            fields.append((name, .string(value)))
        }
        fields.append(("kube_client_version", .string(kubeClientVersion)))
        return .fields(fields)
    }
    public var goKind: String { "struct" }
    public var formatted: String { "{\(version) \(gitCommit) \(gitTreeState) \(goVersion) \(kubeClientVersion)}" }

    public func field(_ name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "GitCommit": return .string(gitCommit)
        case "GitTreeState": return .string(gitTreeState)
        case "GoVersion": return .string(goVersion)
        case "KubeClientVersion": return .string(kubeClientVersion)
        default: return nil
        }
    }
}
