import Foundation

/// A small chart written to a temp dir for end-to-end tests of our own
/// commands and flags; removed by `remove()`.
struct TestChart {
    let root: URL
    var dir: URL { root.appendingPathComponent("c") }

    /// `files` maps paths below the chart (`templates/t.yaml`) to text;
    /// Chart.yaml defaults to `name: c`.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("chart-\(UUID().uuidString)")
        var all = files
        if all["Chart.yaml"] == nil { all["Chart.yaml"] = "apiVersion: v2\nname: c\nversion: 0.1.0\n" }
        for (path, text) in all {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func run(_ arguments: [String]) throws -> RenderProcess.Result {
        try RenderProcess.run(arguments, in: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
