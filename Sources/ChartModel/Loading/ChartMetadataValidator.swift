import TemplateEngine
/// Helm's `Metadata.Validate`: sanitizes strings, then checks required
/// fields, name, version syntax, type, maintainers and dependency aliases.
enum ChartMetadataValidator {
    static func validate(_ md: inout ChartMetadata) throws {
        md.name = sanitizeChartString(md.name)
        md.description = sanitizeChartString(md.description)
        md.home = sanitizeChartString(md.home)
        md.icon = sanitizeChartString(md.icon)
        md.condition = sanitizeChartString(md.condition)
        md.tags = sanitizeChartString(md.tags)
        md.appVersion = sanitizeChartString(md.appVersion)
        md.kubeVersion = sanitizeChartString(md.kubeVersion)
        md.sources = md.sources.map(sanitizeChartString)
        md.keywords = md.keywords.map(sanitizeChartString)

        if md.apiVersion.isEmpty { throw invalid("chart.metadata.apiVersion is required") }
        if md.name.isEmpty { throw invalid("chart.metadata.name is required") }
        if md.name == "." || md.name == ".." { throw invalid("chart.metadata.name \(GoStrconv.quote(md.name)) is not allowed") }
        if md.name != goBase(md.name) { throw invalid("chart.metadata.name \(GoStrconv.quote(md.name)) is invalid") }
        if md.version.isEmpty { throw invalid("chart.metadata.version is required") }
        if (try? SemverVersion(parsing: md.version)) == nil {
            throw invalid("chart.metadata.version \(GoStrconv.quote(md.version)) is invalid")
        }
        switch md.type {
        case "", "application", "library": break
        default: throw invalid("chart.metadata.type must be application or library")
        }
        for i in md.maintainers.indices {
            md.maintainers[i].name = sanitizeChartString(md.maintainers[i].name)
            md.maintainers[i].email = sanitizeChartString(md.maintainers[i].email)
            md.maintainers[i].url = sanitizeChartString(md.maintainers[i].url)
        }
        var seen = Set<String>()
        for i in md.dependencies.indices {
            var d = md.dependencies[i]
            d.name = sanitizeChartString(d.name)
            d.version = sanitizeChartString(d.version)
            d.repository = sanitizeChartString(d.repository)
            d.condition = sanitizeChartString(d.condition)
            d.tags = d.tags.map(sanitizeChartString)
            if !d.alias.isEmpty && !isValidAlias(d.alias) {
                throw invalid("dependency \(GoStrconv.quote(d.name)) has disallowed characters in the alias")
            }
            md.dependencies[i] = d
            let key = d.alias.isEmpty ? d.name : d.alias
            if seen.contains(key) { throw invalid("more than one dependency with name or alias \(GoStrconv.quote(key))") }
            seen.insert(key)
        }
    }

    private static func invalid(_ s: String) -> ChartError { ChartError("validation: " + s) }

    /// `^[a-zA-Z0-9_-]+$`
    private static func isValidAlias(_ s: String) -> Bool {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                continue
            default: return false
            }
        }
        return true
    }

    /// Go's `filepath.Base` on Unix.
    static func goBase(_ path: String) -> String {
        if path.isEmpty { return "." }
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        if p == "/" { return "/" }
        if let i = p.lastIndex(of: "/") { p = p[p.index(after: i)...] }
        return p.isEmpty ? "/" : String(p)
    }
}
