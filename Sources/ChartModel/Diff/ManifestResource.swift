import TemplateEngine

/// One Kubernetes resource of a rendered manifest, keyed for diffing.
public struct ManifestResource {
    public struct Key: Hashable, Comparable, CustomStringConvertible, Sendable {
        public var apiVersion: String
        public var kind: String
        /// As rendered; empty when the manifest sets none.
        public var namespace: String
        public var name: String

        public var description: String {
            "\(apiVersion)/\(kind)" + (namespace.isEmpty ? "" : " \(namespace)") + "/\(name)"
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.kind, a.namespace, a.name, a.apiVersion) < (b.kind, b.namespace, b.name, b.apiVersion)
        }
    }

    public var key: Key
    /// The parsed document.
    public var object: Value
    /// `# Source:` of the document, when the manifest carries one.
    public var source: String?
    /// The document's text as rendered.
    public var text: String = ""
}

/// Splits a multi-document YAML stream (what `render template` prints, or a
/// committed render) into resources.
public enum ManifestReader {
    /// Documents that are empty or not mappings are skipped; a document that
    /// is not YAML is an error naming its source.
    public static func resources(in text: String, origin: String) throws -> [ManifestResource] {
        var result: [ManifestResource] = []
        for (index, doc) in documents(in: text).enumerated() {
            let source = sourceComment(of: doc)
            let value: Value
            do {
                value = try YAMLDecoder.decode(Array(doc.utf8))
            } catch {
                throw ChartError("\(origin): document \(index + 1)\(source.map { " (\($0))" } ?? ""): \(error)")
            }
            guard case .map(let m) = value else { continue }
            let metadata = m["metadata"]?.mapValue
            func text(_ v: Value?) -> String {
                switch v {
                case .string(let s)?: return s
                case nil, .null?: return ""
                case let other?: return GoFormat.format(other)
                }
            }
            let key = ManifestResource.Key(apiVersion: text(m["apiVersion"]), kind: text(m["kind"]),
                                           namespace: text(metadata?["namespace"]), name: text(metadata?["name"]))
            result.append(ManifestResource(key: key, object: value, source: source, text: doc))
        }
        return result
    }

    /// The documents of a stream, split at lines that are `---` (optionally
    /// followed by a space and a comment).
    public static func documents(in text: String) -> [String] {
        var docs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "---" || line.hasPrefix("--- ") {
                docs.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        docs.append(current.joined(separator: "\n"))
        return docs.filter { doc in
            doc.split(separator: "\n").contains { l in
                let t = l.drop(while: { $0 == " " || $0 == "\t" })
                return !t.isEmpty && !t.hasPrefix("#")
            }
        }
    }

    static func sourceComment(of doc: String) -> String? {
        for line in doc.split(separator: "\n") where line.hasPrefix("# Source: ") {
            return String(line.dropFirst("# Source: ".count))
        }
        return nil
    }
}
