import Foundation

/// One case of fixtures/snippets/<family>.jsonl and its golden from real Helm
/// (see scripts/gen-snippet-goldens.py, which builds the same chart).
struct SnippetCase: CustomTestStringConvertible, Sendable {
    var id: String
    var chartYAML: String?
    var values: String?
    var template: String?
    var snippet: String?
    var files: [String: String]
    /// Binary chart files, base64-encoded.
    var filesBase64: [String: String]
    var inputs: [String: String]
    var args: [String]
    var golden: Golden?

    struct Golden: Sendable {
        var exit: Int
        var stdout: String
        var stderr: String
    }

    var testDescription: String { id }

    static let defaultChartYAML = "apiVersion: v2\nname: c\nversion: 0.1.0\n"
    static let directory = RenderProcess.repoRoot.appendingPathComponent("fixtures/snippets")

    /// Every case of every family, with its golden (nil when not generated yet).
    static func loadAll() -> [SnippetCase] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") && !$0.hasSuffix(".golden.jsonl") }
            .sorted()
        var all: [SnippetCase] = []
        for name in names {
            let family = String(name.dropLast(".jsonl".count))
            let goldens = Dictionary(
                jsonObjects(directory.appendingPathComponent(family + ".golden.jsonl")).compactMap { obj -> (String, Golden)? in
                    guard let id = obj["id"] as? String else { return nil }
                    return (id, Golden(exit: obj["exit"] as? Int ?? -1,
                                       stdout: obj["stdout"] as? String ?? "",
                                       stderr: obj["stderr"] as? String ?? ""))
                }, uniquingKeysWith: { a, _ in a })
            for obj in jsonObjects(directory.appendingPathComponent(name)) {
                guard let id = obj["id"] as? String else { continue }
                all.append(SnippetCase(
                    id: id,
                    chartYAML: obj["chart"] as? String,
                    values: obj["values"] as? String,
                    template: obj["template"] as? String,
                    snippet: obj["snippet"] as? String,
                    files: obj["files"] as? [String: String] ?? [:],
                    filesBase64: obj["files_b64"] as? [String: String] ?? [:],
                    inputs: obj["inputs"] as? [String: String] ?? [:],
                    args: obj["args"] as? [String] ?? [],
                    golden: goldens[id]))
            }
        }
        return all
    }

    static func jsonObjects(_ url: URL) -> [[String: Any]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any]
        }
    }

    /// Writes the case's chart as ./c (and its inputs) under `workdir`.
    func materialize(in workdir: URL) throws {
        let chart = workdir.appendingPathComponent("c")
        func write(_ path: URL, _ text: String) throws {
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: path)
        }
        try write(chart.appendingPathComponent("Chart.yaml"), chartYAML ?? Self.defaultChartYAML)
        if let values { try write(chart.appendingPathComponent("values.yaml"), values) }
        if let template {
            try write(chart.appendingPathComponent("templates/t.yaml"), template)
        } else if let snippet {
            try write(chart.appendingPathComponent("templates/t.yaml"), "out: |-\n  " + snippet)
        }
        for (name, text) in files { try write(chart.appendingPathComponent(name), text) }
        for (name, base64) in filesBase64 {
            let path = chart.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (Data(base64Encoded: base64) ?? Data()).write(to: path)
        }
        for (name, text) in inputs { try write(workdir.appendingPathComponent(name), text) }
    }
}

import Testing
