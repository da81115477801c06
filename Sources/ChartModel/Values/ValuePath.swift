import TemplateEngine

/// Helm's `common.Values` lookups by dotted path.
enum ValuePath {
    /// `Values.Table`: the map at `path`, or the `"x" is not a table` error.
    static func table(_ values: GoMap, _ path: String) -> Result<GoMap, ChartError> {
        var table = values
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            let key = String(part)
            guard case .map(let next)? = table[key] else {
                return .failure(ChartError("\(GoStrconv.quote(key)) is not a table"))
            }
            table = next
        }
        return .success(table)
    }

    /// `Values.PathValue`: a non-table value at `path`; nil when there is none.
    static func value(_ values: GoMap, _ path: String) -> Value? {
        if path.isEmpty { return nil }
        // The table path is everything before the last `.`, the key what follows.
        var table = values
        let key: String
        if let dot = path.lastIndex(of: ".") {
            key = String(path[path.index(after: dot)...])
            guard case .success(let t) = self.table(values, String(path[..<dot])) else { return nil }
            table = t
        } else {
            key = path
        }
        guard let v = table[key] else { return nil }
        if case .map = v { return nil }
        return v
    }
}
