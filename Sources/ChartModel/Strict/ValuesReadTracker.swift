import Foundation
import TemplateEngine

/// `--warn-unused`: records which values keys templates read, then lists the
/// keys (dotted paths) nothing read.
///
/// A key counts as read when a template looked it up by field access, or
/// when something below it was read. A map handed to a function that uses
/// all of it (`toYaml`, `toJson`, `print`, `merge`…; see `WholeMapFunctions`)
/// counts as read whole, and so does a map that was looked up but none of
/// whose keys were (`range`, `with`, `index`). `global` is not reported (Helm copies it into
/// every subchart), nor are the keys Helm itself reads: dependency
/// `condition` paths and `tags`.
public final class ValuesReadTracker: MapReadObserver {
    struct Read: Hashable {
        var map: ObjectIdentifier
        var key: String
    }

    private var reads: Set<Read> = []
    private var mapsRead: Set<ObjectIdentifier> = []
    /// Maps a function used whole.
    private var wholeMaps: Set<ObjectIdentifier> = []

    /// The `.Values` map the root chart's templates saw (the renderer makes
    /// its own `common.Values` view of the values it is given).
    var renderedValues: GoMap?

    /// Dotted paths read by Helm rather than templates (see `init(chart:)`).
    private var consumed: Set<String> = []

    public init() {}

    /// A tracker that knows the values `chart`'s dependency conditions and
    /// tags read (at every level of subcharts).
    public convenience init(chart: Chart) {
        self.init()
        addConsumedPaths(of: chart, prefix: "")
    }

    private func addConsumedPaths(of chart: Chart, prefix: String) {
        for dependency in chart.metadata.dependencies {
            for condition in dependency.condition.split(separator: ",") {
                let path = condition.trimmingCharacters(in: .whitespaces)
                if !path.isEmpty { consumed.insert(prefix + path) }
            }
            for tag in dependency.tags { consumed.insert(prefix + "tags." + tag) }
        }
        for sub in chart.dependencies {
            addConsumedPaths(of: sub, prefix: prefix + sub.name + ".")
        }
    }

    public func didRead(_ map: GoMap, key: String) {
        let id = ObjectIdentifier(map)
        reads.insert(Read(map: id, key: key))
        mapsRead.insert(id)
    }

    /// `value` was handed to a function that uses all of it: every map in
    /// it (`toYaml (dict "a" .Values.a)` uses `a` whole) counts as read whole.
    func didUseWhole(_ value: Value) {
        var pending = [value]
        var seenLists: Set<ObjectIdentifier> = []
        while let v = pending.popLast() {
            switch v {
            case .map(let m):
                if wholeMaps.insert(ObjectIdentifier(m)).inserted { pending.append(contentsOf: m.storage.values) }
            case .list(let l):
                if seenLists.insert(ObjectIdentifier(l)).inserted { pending.append(contentsOf: l.items) }
            default:
                break
            }
        }
    }

    /// The dotted paths of keys of `values` (the map given to the render)
    /// that no template read, in Go's key order.
    public func unusedKeys(in values: GoMap) -> [String] {
        var out: [String] = []
        let root = renderedValues ?? values
        if wholeMaps.contains(ObjectIdentifier(root)) { return [] }
        collect(root, prefix: "", into: &out)
        return out
    }

    private func collect(_ map: GoMap, prefix: String, into out: inout [String]) {
        let id = ObjectIdentifier(map)
        for key in map.sortedKeys {
            let path = prefix + key
            if key == "global" || consumed.contains(path) { continue }
            if case .map(let child)? = map[key], wholeMaps.contains(ObjectIdentifier(child)) {
                continue
            }
            if case .map(let child)? = map[key], hasReads(child) {
                collect(child, prefix: path + ".", into: &out)
            } else if !reads.contains(Read(map: id, key: key)) {
                out.append(path)
            }
        }
    }

    private func hasReads(_ map: GoMap) -> Bool {
        if mapsRead.contains(ObjectIdentifier(map)) { return true }
        for key in map.sortedKeys {
            if case .map(let child)? = map[key], wholeMaps.contains(ObjectIdentifier(child)) {
                continue
            }
            if case .map(let child)? = map[key], hasReads(child) { return true }
        }
        return false
    }
}
