import TemplateEngine

/// `render lint`'s checks of rendered manifests: every document parses as
/// YAML and has `apiVersion`, `kind` and `metadata.name`.
public enum ManifestLint {
    public struct Finding: Equatable {
        public enum Severity: String { case error, warning }
        public var file: String
        /// 1-based line of the document in the file's rendered text.
        public var line: Int
        public var severity: Severity
        public var message: String

        public var text: String { "\(file):\(line): \(severity.rawValue): \(message)" }
    }

    /// `rendered` is `render template`'s output (`---\n# Source: FILE\n…`).
    public static func check(_ rendered: String) -> (findings: [Finding], documents: Int) {
        var findings: [Finding] = []
        var documents = 0
        for doc in documentsOf(rendered) {
            documents += 1
            let value: Value
            do {
                value = try YAMLDecoder.decode(Array(doc.text.utf8))
            } catch {
                findings.append(Finding(file: doc.file, line: doc.line, severity: .error, message: "\(error)"))
                continue
            }
            guard case .map(let m) = value else {
                if !value.isNull {
                    findings.append(Finding(file: doc.file, line: doc.line, severity: .error,
                                            message: "document is a \(value.goTypeName), not a mapping"))
                }
                continue
            }
            for field in ["apiVersion", "kind"] where !isNonEmptyString(m[field]) {
                findings.append(Finding(file: doc.file, line: doc.line, severity: .error,
                                        message: "document has no \(field)"))
            }
            if case .map(let meta)? = m["metadata"], isNonEmptyString(meta["name"]) { continue }
            findings.append(Finding(file: doc.file, line: doc.line, severity: .error,
                                    message: "document has no metadata.name"))
        }
        return (findings, documents)
    }

    static func isNonEmptyString(_ v: Value?) -> Bool {
        if case .string(let s)? = v { return !s.isEmpty }
        return false
    }

    struct Document {
        var file: String
        var line: Int
        var text: String
    }

    static let sourcePrefix = "# Source: "

    /// The documents of a rendered stream with the file each came from and
    /// the line where it starts in that file's rendered text.
    static func documentsOf(_ rendered: String) -> [Document] {
        var docs: [Document] = []
        var current: Document?
        var lineInFile = 0
        var lastFile = ""
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "---" {
                if let c = current { docs.append(c) }
                current = Document(file: lastFile, line: lineInFile + 1, text: "")
                continue
            }
            if line.hasPrefix(sourcePrefix), var c = current, c.text.isEmpty {
                let file = String(line.dropFirst(sourcePrefix.count))
                if file != lastFile { lineInFile = 0 }
                lastFile = file
                c.file = file
                c.line = lineInFile + 1
                current = c
                continue
            }
            lineInFile += 1
            current?.text += line + "\n"
        }
        if let c = current, !c.text.allSatisfy({ $0 == "\n" }) { docs.append(c) }
        return docs
    }
}
