import TemplateEngine

/// Prints a `ManifestDiff` as text (optionally coloured), JSON or Markdown.
public enum DiffReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func render(_ diff: ManifestDiff, format: Format, color: Bool = false) -> String {
        switch format {
        case .text: return text(diff, color: color)
        case .json: return json(diff)
        case .markdown: return markdown(diff)
        }
    }

    static func summary(_ diff: ManifestDiff) -> String {
        "\(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) changed, \(diff.unchanged) unchanged"
    }

    static func text(_ diff: ManifestDiff, color: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = ""
        for key in diff.added { out += paint("+ added:   \(key)", "32") + "\n" }
        for key in diff.removed { out += paint("- removed: \(key)", "31") + "\n" }
        for change in diff.changed {
            out += paint("~ changed: \(change.key)", "33") + "\n"
            out += paint("--- old \(change.key)", "1") + "\n" + paint("+++ new \(change.key)", "1") + "\n"
            for line in change.hunks {
                switch line.first {
                case "@": out += paint(line, "36")
                case "+": out += paint(line, "32")
                case "-": out += paint(line, "31")
                default: out += line
                }
                out += "\n"
            }
        }
        out += summary(diff) + "\n"
        return out
    }

    static func keyValue(_ key: ManifestResource.Key) -> GoMap {
        GoMap(["apiVersion": .string(key.apiVersion), "kind": .string(key.kind),
               "namespace": .string(key.namespace), "name": .string(key.name)])
    }

    static func json(_ diff: ManifestDiff) -> String {
        let changed = diff.changed.map { change -> Value in
            let m = keyValue(change.key)
            m["diff"] = .string(change.hunks.map { $0 + "\n" }.joined())
            return .map(m)
        }
        let report = GoMap([
            "added": .list(GoList(diff.added.map { .map(keyValue($0)) })),
            "removed": .list(GoList(diff.removed.map { .map(keyValue($0)) })),
            "changed": .list(GoList(changed)),
            "unchanged": .int(diff.unchanged),
            "identical": .bool(diff.isEmpty),
        ])
        return ((try? GoJSON.marshalIndent(.map(report), prefix: "", indent: "  ", escapeHTML: false)) ?? "{}") + "\n"
    }

    static func markdown(_ diff: ManifestDiff) -> String {
        var out = "### Rendered manifests: \(summary(diff))\n"
        if diff.isEmpty { return out + "\nNo changes.\n" }
        if !diff.added.isEmpty {
            out += "\n**Added**\n\n" + diff.added.map { "- `\($0)`\n" }.joined()
        }
        if !diff.removed.isEmpty {
            out += "\n**Removed**\n\n" + diff.removed.map { "- `\($0)`\n" }.joined()
        }
        for change in diff.changed {
            out += "\n<details><summary>Changed: <code>\(change.key)</code></summary>\n\n```diff\n"
            out += change.hunks.map { $0 + "\n" }.joined()
            out += "```\n\n</details>\n"
        }
        return out
    }
}
