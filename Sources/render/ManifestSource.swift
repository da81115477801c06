import ChartModel
import Foundation

/// One side of `render diff` (or the input of `render images`): a chart
/// rendered with `render template`, or manifests rendered before (a file, or
/// a folder of `.yaml`/`.yml` files).
enum ManifestSource {
    struct Failure: Error { let message: String }

    static func isChart(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            return false
        }
        if isDir.boolValue { return FileManager.default.fileExists(atPath: path + "/Chart.yaml") }
        return path.hasSuffix(".tgz") || path.hasSuffix(".tar.gz")
    }

    /// The manifest text of `path`: rendered with `templateArguments` when
    /// it is a chart, read as it is otherwise.
    static func manifest(_ path: String, release: String, templateArguments: [String]) throws -> String {
        if isChart(path) {
            var timing = Timing()
            let outcome = TemplateCommand.run([release, path] + templateArguments, timing: &timing)
            if let failure = outcome.failure { throw Failure(message: "\(path): \(failure.message)") }
            return outcome.stdout
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw Failure(message: "path \"\(path)\" not found")
        }
        if !isDir.boolValue { return try read(path) }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw Failure(message: "cannot read folder \(path)")
        }
        var files: [String] = []
        for case let relative as String in walker where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
            files.append(relative)
        }
        var text = ""
        for relative in files.sorted() {
            text += "---\n# Source: \(relative)\n" + (try read(path + "/" + relative)) + "\n"
        }
        return text
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
