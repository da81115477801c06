/// A chart's template texts by render name (`c/charts/sub/templates/x.yaml`),
/// for `--explain`'s source lines.
public enum TemplateSources {
    public static func text(of name: String, in chart: Chart) -> String? {
        for t in chart.templates where chart.fullPath + "/" + t.name == name {
            return String(decoding: t.data, as: UTF8.self)
        }
        for child in chart.dependencies where name.hasPrefix(child.fullPath + "/") {
            if let text = text(of: name, in: child) { return text }
        }
        return nil
    }
}
