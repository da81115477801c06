import TemplateEngine

/// Helm's `releaseutil.SortManifests` with `InstallOrder`: every rendered
/// file (partials and blank files skipped) is split into documents, each
/// document's head is decoded, hooks are separated from plain manifests, and
/// both lists are sorted by kind.
public enum ManifestSorter {
    public struct Result {
        public var hooks: [Hook]
        public var manifests: [Manifest]
    }

    /// A document that does not decode: Helm's `YAML parse error on FILE: …`,
    /// with the hooks found before it (printed by `--debug`).
    public struct ParseFailure: Error {
        public var message: String
        public var hooksSoFar: [Hook]
    }

    public static func sort(files: [String: String]) throws -> Result {
        var hooks: [Hook] = []
        var generic: [Manifest] = []
        for path in files.keys.sorted(by: goStringLess) {
            guard let content = files[path] else { continue }
            if baseName(path).hasPrefix("_") || GoWhitespace.isBlank(content) { continue }
            for document in ManifestSplitter.split(content) {
                let head: ManifestHead
                do {
                    head = try ManifestHead.parse(document)
                } catch let e as ManifestError {
                    throw ParseFailure(message: "YAML parse error on \(path): \(e.message)", hooksSoFar: hooks)
                }
                guard let annotations = head.annotations, !annotations.isEmpty,
                      let hookTypes = annotations[HookEvent.annotation] else {
                    generic.append(Manifest(name: path, content: document, head: head))
                    continue
                }
                var events: [HookEvent] = []
                var unknown = false
                for part in hookTypes.split(separator: ",", omittingEmptySubsequences: false) {
                    let type = GoWhitespace.trimSpace(String(part)).lowercased()
                    guard let event = HookEvent(annotationValue: type) else {
                        unknown = true
                        break
                    }
                    events.append(event)
                }
                if unknown { continue }
                hooks.append(Hook(path: path, manifest: document, kind: head.kind, name: head.name, events: events))
            }
        }
        return Result(hooks: InstallOrder.stableSort(hooks, kind: \.kind),
                      manifests: InstallOrder.stableSort(generic, kind: \.head.kind))
    }

    static func baseName(_ path: String) -> Substring {
        if let slash = path.lastIndex(of: "/") { return path[path.index(after: slash)...] }
        return Substring(path)
    }
}
