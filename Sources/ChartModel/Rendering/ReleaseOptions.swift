import TemplateEngine

/// Helm's `common.ReleaseOptions`: what `.Release` shows.
public struct ReleaseOptions {
    public var name: String
    public var namespace: String
    public var revision: Int
    public var isInstall: Bool
    public var isUpgrade: Bool

    public init(name: String, namespace: String = "default", revision: Int = 1,
                isInstall: Bool = true, isUpgrade: Bool = false) {
        self.name = name
        self.namespace = namespace
        self.revision = revision
        self.isInstall = isInstall
        self.isUpgrade = isUpgrade
    }

    /// The `.Release` map.
    public var releaseMap: GoMap {
        GoMap([
            "Name": .string(name),
            "Namespace": .string(namespace),
            "IsUpgrade": .bool(isUpgrade),
            "IsInstall": .bool(isInstall),
            "Revision": .int(revision),
            "Service": .string("Helm"),
        ])
    }
}
