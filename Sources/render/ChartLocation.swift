import TemplateEngine
import ChartModel
import Foundation

/// Helm's `LocateChart` for local charts: a directory or archive path.
enum ChartLocation {
    static func locate(_ reference: String) throws -> String {
        let name = GoWhitespace.trimSpace(reference)
        if FileManager.default.fileExists(atPath: name) {
            return name
        }
        if name.hasPrefix("/") || name.hasPrefix(".") {
            throw TemplateCommand.Failure(message: "path \(GoStrconv.quote(name)) not found")
        }
        if name.hasPrefix("oci://") {
            throw TemplateCommand.Failure(message: "pulling \(name) needs a registry, which render does not use")
        }
        if !name.contains("/") {
            throw TemplateCommand.Failure(message: "non-absolute URLs should be in form of repo_name/path_to_chart, got: \(name)")
        }
        throw TemplateCommand.Failure(message: "repo \(name.split(separator: "/").first.map(String.init) ?? name) not found")
    }
}
