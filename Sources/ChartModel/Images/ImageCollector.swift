import TemplateEngine

/// Finds every container image a set of rendered resources would pull.
public enum ImageCollector {
    /// One place an image is named.
    public struct Use: Equatable, Sendable {
        public var image: String
        public var resource: ManifestResource.Key
        /// The container's name, for images of containers.
        public var container: String?
        /// Where in the resource: `spec.template.spec.containers[0].image`.
        public var field: String
    }

    /// Where pod specs sit in each workload kind.
    static let podSpecPaths: [String: [String]] = [
        "Pod": ["spec"],
        "Deployment": ["spec", "template", "spec"],
        "StatefulSet": ["spec", "template", "spec"],
        "DaemonSet": ["spec", "template", "spec"],
        "ReplicaSet": ["spec", "template", "spec"],
        "ReplicationController": ["spec", "template", "spec"],
        "Job": ["spec", "template", "spec"],
        "CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
    ]
    static let containerLists = ["initContainers", "containers", "ephemeralContainers"]

    /// Images of containers, init and ephemeral containers of Pods and every
    /// pod template, plus the values at each of `extraFields`.
    public static func uses(in resources: [ManifestResource], extraFields: [FieldPath] = []) -> [Use] {
        var result: [Use] = []
        for resource in resources {
            if let path = podSpecPaths[resource.key.kind], let spec = lookup(resource.object, path) {
                let prefix = path.joined(separator: ".")
                for list in containerLists {
                    guard case .list(let containers)? = spec.mapValue?[list] else { continue }
                    for (i, c) in containers.items.enumerated() {
                        guard case .map(let m) = c, case .string(let image)? = m["image"], !image.isEmpty else { continue }
                        result.append(Use(image: image, resource: resource.key, container: m["name"]?.stringValue,
                                          field: "\(prefix).\(list)[\(i)].image"))
                    }
                }
            }
            for path in extraFields {
                for case .string(let image) in path.values(in: resource.object) where !image.isEmpty {
                    result.append(Use(image: image, resource: resource.key, container: nil, field: path.description))
                }
            }
        }
        return result
    }

    /// The distinct images, sorted (optionally fully qualified first).
    public static func images(_ uses: [Use], normalize: Bool = false) -> [String] {
        let names = uses.map { use -> String in
            normalize ? (ImageReference(use.image)?.normalized ?? use.image) : use.image
        }
        return Array(Set(names)).sorted()
    }

    static func lookup(_ value: Value, _ path: [String]) -> Value? {
        var current = value
        for key in path {
            guard case .map(let m) = current, let next = m[key] else { return nil }
            current = next
        }
        return current
    }

    /// Replaces every container image of a pod spec in `object` (in place:
    /// maps are shared) with `transform(image)`; returns whether any changed.
    @discardableResult
    public static func rewriteImages(in object: Value, kind: String, _ transform: (String) -> String) -> Bool {
        guard let path = podSpecPaths[kind], let spec = lookup(object, path)?.mapValue else { return false }
        var changed = false
        for list in containerLists {
            guard case .list(let containers)? = spec[list] else { continue }
            for case .map(let m) in containers.items {
                guard case .string(let image)? = m["image"] else { continue }
                let new = transform(image)
                if new != image { m["image"] = .string(new); changed = true }
            }
        }
        return changed
    }
}
