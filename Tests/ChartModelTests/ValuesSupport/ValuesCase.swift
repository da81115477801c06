import Foundation
import TemplateEngine
@testable import ChartModel

/// One case of fixtures/values-cases with the result Helm recorded for it.
struct ValuesCase: CustomStringConvertible, Sendable {
    let id: String
    let caseJSON: [String: any Sendable]
    let exit: Int
    /// Template source path → {"values": dump, "chart": dump}.
    let dumps: [String: [String: String]]
    let error: String?

    var description: String { id }

    static var fixturesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/values-cases")
    }

    static func load(family: String) -> [ValuesCase] {
        let dir = fixturesDirectory
        guard let casesText = try? String(contentsOf: dir.appendingPathComponent(family + ".jsonl"), encoding: .utf8),
              let expectedText = try? String(contentsOf: dir.appendingPathComponent(family + ".expected.jsonl"),
                                             encoding: .utf8) else { return [] }
        var expected: [String: [String: Any]] = [:]
        for line in expectedText.split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = o["id"] as? String else { continue }
            expected[id] = o
        }
        var out: [ValuesCase] = []
        for line in casesText.split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = o["id"] as? String, let e = expected[id] else { continue }
            var sendable: [String: any Sendable] = [:]
            for (k, v) in o {
                if let s = v as? String { sendable[k] = s }
                if let a = v as? [String] { sendable[k] = a }
                if let m = v as? [String: String] { sendable[k] = m }
            }
            out.append(ValuesCase(id: id, caseJSON: sendable, exit: e["exit"] as? Int ?? 0,
                                  dumps: e["dumps"] as? [String: [String: String]] ?? [:],
                                  error: e["error"] as? String))
        }
        return out
    }

    /// Builds the case's chart under a fresh temporary directory; returns that directory.
    func materialize() throws -> String {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("values-case-\(UUID().uuidString)").path
        func write(_ rel: String, _ text: String) throws {
            let url = URL(fileURLWithPath: work + "/" + rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("c/Chart.yaml", caseJSON["chart"] as? String ?? "apiVersion: v2\nname: c\nversion: 0.1.0\n")
        if let v = caseJSON["values"] as? String { try write("c/values.yaml", v) }
        let files = caseJSON["files"] as? [String: String] ?? [:]
        for (k, v) in files { try write("c/" + k, v) }
        // The expectations script adds a dump template to every chart directory.
        var chartDirs: Set<String> = [""]
        for k in files.keys where k == "Chart.yaml" || k.hasSuffix("/Chart.yaml") {
            chartDirs.insert(String(k.dropLast("Chart.yaml".count)))
        }
        for d in chartDirs { try write("c/" + d + "templates/zzdump.yaml", "dump\n") }
        for (k, v) in caseJSON["inputs"] as? [String: String] ?? [:] { try write(k, v) }
        for (k, v) in caseJSON["binary"] as? [String: String] ?? [:] {
            let url = URL(fileURLWithPath: work + "/c/" + k)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (Data(base64Encoded: v) ?? Data()).write(to: url)
        }
        return work
    }

    /// Only the user values (`ValueOptions.merge`): their dump or the error.
    func runMerge() -> (dump: String?, error: String?) {
        let work: String
        do { work = try materialize() } catch { return (nil, "cannot build case: \(error)") }
        defer { try? FileManager.default.removeItem(atPath: work) }
        let stdin = Array((caseJSON["stdin"] as? String ?? "").utf8)
        do {
            return (ValueDump.dump(.map(try options(work).merge(stdin: { stdin }))), nil)
        } catch let e as ChartError {
            return (nil, e.message)
        } catch {
            return (nil, "\(error)")
        }
    }

    private func options(_ work: String) -> ValueOptions {
        var opts = ValueOptions()
        opts.workingDirectory = work
        let args = caseJSON["args"] as? [String] ?? []
        var i = 0
        while i < args.count {
            let flag = args[i]
            let value = i + 1 < args.count ? args[i + 1] : ""
            i += 2
            switch flag {
            case "--set": opts.values.append(value)
            case "--set-string": opts.stringValues.append(value)
            case "--set-json": opts.jsonValues.append(value)
            case "--set-literal": opts.literalValues.append(value)
            case "--set-file": opts.fileValues.append(value)
            case "-f", "--values": opts.valueFiles.append(contentsOf: value.split(separator: ",").map(String.init))
            default: i -= 1
            }
        }
        return opts
    }

    /// The result of our pipeline: per-source dumps, or the error message.
    func run() -> (dumps: [String: [String: String]], error: String?) {
        let work: String
        do { work = try materialize() } catch { return ([:], "cannot build case: \(error)") }
        defer { try? FileManager.default.removeItem(atPath: work) }
        let opts = options(work)
        let stdin = Array((caseJSON["stdin"] as? String ?? "").utf8)
        do {
            let user = try opts.merge(stdin: { stdin })
            let chart = try ChartLoader.load(path: work + "/c")
            try ChartInstallChecks.checkInstallable(chart)
            try ChartInstallChecks.checkDependencies(chart)
            var warnings: [String] = []
            let skipSchema = (caseJSON["args"] as? [String] ?? []).contains("--skip-schema-validation")
            let values = try ReleaseValues.prepare(chart: chart, userValues: user, skipSchemaValidation: skipSchema,
                                                   warnings: &warnings)
            var dumps: [String: [String: String]] = [:]
            collect(chart, values: values, path: chart.name, into: &dumps)
            return (dumps, nil)
        } catch let e as ChartError {
            return ([:], e.message)
        } catch {
            return ([:], "\(error)")
        }
    }

    private func collect(_ chart: Chart, values: GoMap, path: String, into dumps: inout [String: [String: String]]) {
        let fields = chart.metadata.fields.copy()
        fields["IsRoot"] = .bool(chart.isRoot)
        if chart.metadata.type != "library", chart.templates.contains(where: { $0.name == "templates/zzdump.yaml" }) {
            let fileNames = chart.files.map(\.name).sorted(by: goStringLess)
            dumps[path + "/templates/zzdump.yaml"] = [
                "values": ValueDump.dump(.map(values)),
                "chart": ValueDump.dump(.map(fields)),
                "files": "[" + fileNames.map(ValueDump.jsonString).joined(separator: ",") + "]",
            ]
        }
        for sub in chart.dependencies {
            let subValues = values[sub.name]?.mapValue ?? GoMap()
            collect(sub, values: subValues, path: path + "/charts/" + sub.name, into: &dumps)
        }
    }
}
