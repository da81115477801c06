/// A container image reference (`nginx:1.25`, `quay.io/org/x@sha256:…`),
/// split by the Docker reference grammar: the first path component is a
/// registry when it contains `.` or `:` or is `localhost`; otherwise the
/// image lives on Docker Hub, where one-component names sit under `library/`.
public struct ImageReference: Equatable, Hashable, Sendable {
    /// The registry host (with port), or nil when the reference names none.
    public var registry: String?
    /// The repository path as written, without registry, tag or digest.
    public var repository: String
    public var tag: String?
    /// `sha256:…`
    public var digest: String?

    public static let dockerHub = "docker.io"

    public init?(_ text: String) {
        var rest = Substring(text)
        if rest.isEmpty || rest.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) { return nil }
        if let at = rest.firstIndex(of: "@") {
            let d = rest[rest.index(after: at)...]
            if d.isEmpty { return nil }
            digest = String(d)
            rest = rest[..<at]
        }
        // A tag is the text after the last ':' that comes after the last '/'.
        let lastSlash = rest.lastIndex(of: "/")
        let tagSearchStart = lastSlash.map { rest.index(after: $0) } ?? rest.startIndex
        if let colon = rest[tagSearchStart...].lastIndex(of: ":") {
            let t = rest[rest.index(after: colon)...]
            if t.isEmpty { return nil }
            tag = String(t)
            rest = rest[..<colon]
        }
        if rest.isEmpty { return nil }
        if let slash = rest.firstIndex(of: "/") {
            let first = rest[..<slash]
            if first.contains(".") || first.contains(":") || first == "localhost" {
                registry = String(first)
                rest = rest[rest.index(after: slash)...]
            }
        }
        if rest.isEmpty || rest.hasPrefix("/") || rest.hasSuffix("/") { return nil }
        repository = String(rest)
    }

    /// The repository path on its registry: Docker Hub's one-component names
    /// gain `library/`.
    public var canonicalRepository: String {
        if (registry == nil || registry == Self.dockerHub) && !repository.contains("/") {
            return "library/" + repository
        }
        return repository
    }

    var suffix: String {
        var s = ""
        if let tag { s += ":" + tag }
        if let digest { s += "@" + digest }
        return s
    }

    /// The reference as written (registry only if it had one).
    public var description: String {
        (registry.map { $0 + "/" } ?? "") + repository + suffix
    }

    /// Fully qualified: `docker.io/library/nginx:1.25`; `:latest` when neither
    /// tag nor digest is given.
    public var normalized: String {
        let s = suffix.isEmpty ? ":latest" : suffix
        return (registry ?? Self.dockerHub) + "/" + canonicalRepository + s
    }

    /// The reference moved to a private mirror `HOST[/PREFIX]`, keeping the
    /// repository path and tag/digest: `nginx:1.25` → `HOST/library/nginx:1.25`,
    /// `quay.io/org/x@sha256:…` → `HOST/org/x@sha256:…`.
    public func rewritten(toMirror mirror: String) -> String {
        var host = mirror
        while host.hasSuffix("/") { host.removeLast() }
        return host + "/" + canonicalRepository + suffix
    }
}
