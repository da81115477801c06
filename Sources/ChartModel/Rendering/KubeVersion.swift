import TemplateEngine

/// Helm's `common.KubeVersion`: `.Capabilities.KubeVersion`. `%v` prints the
/// normalized version (its `String` method); `GitVersion` is the full one.
public final class KubeVersion: HostObject, GoJSONEncodable {
    /// Full version as given, with a `v` prefix (e.g. `v1.33.4-gke.1245000`).
    public let version: String
    /// For constraint checks (e.g. `v1.33.4`).
    public let normalized: String
    public let major: String
    public let minor: String

    public init(version: String, normalized: String, major: String, minor: String) {
        self.version = version
        self.normalized = normalized
        self.major = major
        self.minor = minor
    }

    /// Kubernetes `v1.36.0`, what Helm v4.2.3 assumes without a cluster.
    public static let helmDefault = KubeVersion(version: "v1.36.0", normalized: "v1.36.0", major: "1", minor: "36")

    public var goTypeName: String { "common.KubeVersion" }

    public var goJSONRepresentation: GoJSONRepresentation {
        .fields([("Version", .string(version)), ("Major", .string(major)), ("Minor", .string(minor))])
    }
    public var goKind: String { "struct" }
    public var formatted: String { normalized }

    public func field(_ name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "Major": return .string(major)
        case "Minor": return .string(minor)
        default: return nil
        }
    }

    public var methods: MethodProvider? {
        MethodTable([
            TemplateFunction("String") { [normalized] _, _ in .string(normalized) },
            TemplateFunction("GitVersion") { [version] _, _ in .string(version) },
        ])
    }

    /// Helm's `common.ParseKubeVersion` (Kubernetes' generic version parser):
    /// errors read like `illegal version string "1"`.
    public static func parse(_ text: String) throws -> KubeVersion {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, isRegexSpace(bytes[i]) { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "v") { i += 1 }
        // ([0-9]+(?:\.[0-9]+)*)
        var components: [String] = []
        var current = ""
        var j = i
        while j < bytes.count {
            let b = bytes[j]
            if b >= 0x30 && b <= 0x39 {
                current.append(Character(Unicode.Scalar(b)))
                j += 1
            } else if b == UInt8(ascii: "."), !current.isEmpty, j + 1 < bytes.count,
                      bytes[j + 1] >= 0x30 && bytes[j + 1] <= 0x39 {
                components.append(current)
                current = ""
                j += 1
            } else {
                break
            }
        }
        if current.isEmpty {
            throw ChartError("could not parse \(GoStrconv.quote(text)) as version")
        }
        components.append(current)
        if components.count < 2 {
            throw ChartError("illegal version string \(GoStrconv.quote(text))")
        }
        var numbers: [UInt64] = []
        for (index, comp) in components.enumerated() {
            if index == 0 && comp.hasPrefix("0") && comp != "0" {
                throw ChartError("illegal zero-prefixed version component \(GoStrconv.quote(comp)) in \(GoStrconv.quote(text))")
            }
            guard let n = UInt64(comp) else {
                throw ChartError("illegal non-numeric version component \(GoStrconv.quote(comp)) in \(GoStrconv.quote(text)): strconv.ParseUint: parsing \(GoStrconv.quote(comp)): value out of range")
            }
            numbers.append(n)
        }
        let full = text.hasPrefix("v") ? text : "v" + text
        return KubeVersion(version: full, normalized: "v" + numbers.map(String.init).joined(separator: "."),
                           major: String(numbers[0]), minor: String(numbers[1]))
    }

    static func isRegexSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }
}
