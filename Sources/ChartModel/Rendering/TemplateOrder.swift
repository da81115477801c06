import TemplateEngine

/// The order Helm parses and executes templates (`sortTemplates`): more path
/// segments first, then reverse lexical order of the path.
public enum TemplateOrder {
    public static func sorted(_ names: [String]) -> [String] {
        let keyed = names.map { name in (name, name.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }) }
        return keyed.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            return goStringLess(b.0, a.0)
        }.map(\.0)
    }
}
