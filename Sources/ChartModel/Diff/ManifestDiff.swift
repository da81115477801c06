import TemplateEngine

/// How two sets of rendered resources differ, resource by resource.
public struct ManifestDiff {
    public struct Options {
        /// Lines of context around each change.
        public var context: Int = 3
        /// Fields left out of the comparison.
        public var ignore: [FieldPath] = []
        /// Secrets' `data`/`stringData` values are masked unless set.
        public var showSecrets: Bool = false
        public init() {}
    }

    public struct Change {
        public var key: ManifestResource.Key
        /// Unified hunks between the normalised old and new documents.
        public var hunks: [String]
    }

    public var added: [ManifestResource.Key] = []
    public var removed: [ManifestResource.Key] = []
    public var changed: [Change] = []
    public var unchanged = 0

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    public static func compare(old: [ManifestResource], new: [ManifestResource], options: Options = Options()) throws -> ManifestDiff {
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { _, later in later })
        let newByKey = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { _, later in later })
        var diff = ManifestDiff()
        diff.removed = oldByKey.keys.filter { newByKey[$0] == nil }.sorted()
        diff.added = newByKey.keys.filter { oldByKey[$0] == nil }.sorted()
        for key in oldByKey.keys.filter({ newByKey[$0] != nil }).sorted() {
            guard let o = oldByKey[key], let n = newByKey[key] else { continue }
            var oldObject = normalize(o.object, options: options)
            var newObject = normalize(n.object, options: options)
            if !options.showSecrets && key.kind == "Secret" {
                (oldObject, newObject) = SecretMask.mask(old: oldObject, new: newObject)
            }
            let oldLines = try lines(oldObject)
            let newLines = try lines(newObject)
            let hunks = LineDiff.unified(oldLines, newLines, context: options.context)
            if hunks.isEmpty { diff.unchanged += 1 } else { diff.changed.append(Change(key: key, hunks: hunks)) }
        }
        return diff
    }

    static func normalize(_ object: Value, options: Options) -> Value {
        options.ignore.reduce(object) { $1.removing(from: $0) }
    }

    /// Normalised YAML (sorted keys, one formatting) so that key order and
    /// layout make no noise.
    static func lines(_ object: Value) throws -> [String] {
        let text = try YAMLEncoder.encode(object)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// Hides Secret values while still showing which keys changed.
enum SecretMask {
    static let hidden = "*** (hidden)"
    static let hiddenChanged = "*** (hidden, changed)"

    static func mask(old: Value, new: Value) -> (Value, Value) {
        guard case .map(let o) = old, case .map(let n) = new else { return (old, new) }
        let oc = o.copy(), nc = n.copy()
        for field in ["data", "stringData"] {
            let od = oc[field]?.mapValue, nd = nc[field]?.mapValue
            if let od {
                let m = GoMap()
                for k in od.sortedKeys { m[k] = .string(hidden) }
                oc[field] = .map(m)
            }
            if let nd {
                let m = GoMap()
                for k in nd.sortedKeys {
                    let changed = od.map { old in old[k].map { !sameValue($0, nd[k]) } ?? false } ?? false
                    m[k] = .string(changed ? hiddenChanged : hidden)
                }
                nc[field] = .map(m)
            }
        }
        return (.map(oc), .map(nc))
    }

    static func sameValue(_ a: Value, _ b: Value?) -> Bool {
        guard let b else { return false }
        return GoFormat.format(a) == GoFormat.format(b)
    }
}
