/// One rendered resource document and the template file it came from.
public struct Manifest {
    /// The template path, e.g. `c/templates/deployment.yaml`.
    public var name: String
    public var content: String
    public var head: ManifestHead
}

/// A document carrying a known `helm.sh/hook` annotation.
public struct Hook {
    public var path: String
    public var manifest: String
    public var kind: String
    public var name: String
    public var events: [HookEvent]

    public var isTest: Bool { events.contains(.test) }
}

/// Helm's hook events (`test-success` is an alias of `test`).
public enum HookEvent: String {
    case preInstall = "pre-install"
    case postInstall = "post-install"
    case preDelete = "pre-delete"
    case postDelete = "post-delete"
    case preUpgrade = "pre-upgrade"
    case postUpgrade = "post-upgrade"
    case preRollback = "pre-rollback"
    case postRollback = "post-rollback"
    case test

    public static let annotation = "helm.sh/hook"

    /// The event an annotation entry names, or nil for an unknown one.
    public init?(annotationValue: String) {
        if annotationValue == "test-success" {
            self = .test
            return
        }
        self.init(rawValue: annotationValue)
    }
}
