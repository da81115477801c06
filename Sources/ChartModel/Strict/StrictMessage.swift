import TemplateEngine

/// Strict mode's one-line report of a missing key:
/// `c/templates/web.yaml:12:18: .Values.ingress.host is not set (did you mean .Values.ingress.hosts?)`;
/// other missing map keys keep Go's words with the position:
/// `c/templates/web.yaml:3:9: <.foo.x>: map has no entry for key "x"`.
public enum StrictMessage {
    static let missingKeyPrefix = "map has no entry for key \""
    static let valuesPrefix = ".Values."

    /// The message for a failed render, or nil when the failure is not a
    /// missing key (it then keeps Helm's text). `values` is the release's
    /// values; a subchart's templates see their own table of them.
    public static func make(for error: TemplateError, values: GoMap) -> String? {
        guard let chain = ErrorChain.parse(error.message), let failing = chain.frames.last,
              chain.message.hasPrefix(missingKeyPrefix), chain.message.hasSuffix("\"") else { return nil }
        let key = String(chain.message.dropFirst(missingKeyPrefix.count).dropLast())
        let position = "\(failing.file):\(failing.line):\(failing.column)"
        if let path = missingPath(node: failing.node, key: key) {
            var text = "\(position): .Values.\(path) is not set"
            let scope = chartValues(for: failing.file, in: values)
            if let suggestion = scope.flatMap({ KeySuggester.suggest(missing: path, in: $0) }) {
                text += " (did you mean .Values.\(suggestion)?)"
            }
            return text
        }
        return "\(position): <\(failing.node)>: \(chain.message)"
    }

    /// The dotted path below `.Values` up to the missing key, when the
    /// failing action is a `.Values…` field chain (`$.Values…` too).
    static func missingPath(node: String, key: String) -> String? {
        var chain = Substring(node)
        if chain.hasPrefix("$") { chain = chain.dropFirst() }
        guard chain.hasPrefix(valuesPrefix) else { return nil }
        let fields = chain.dropFirst(valuesPrefix.count).split(separator: ".")
        guard let end = fields.firstIndex(where: { $0 == key }),
              fields.allSatisfy({ !$0.contains(" ") && !$0.contains("(") }) else { return nil }
        return fields[...end].joined(separator: ".")
    }

    /// The values a template sees: `c/charts/sub/templates/x.yaml` reads
    /// `values.sub`.
    static func chartValues(for file: String, in values: GoMap) -> GoMap? {
        let parts = file.split(separator: "/")
        var map = values
        var i = 1
        while i + 1 < parts.count, parts[i] == "charts" {
            guard case .map(let sub)? = map[String(parts[i + 1])] else { return nil }
            map = sub
            i += 2
        }
        return map
    }
}
