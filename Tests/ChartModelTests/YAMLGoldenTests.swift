import Foundation
import Testing
import TemplateEngine
@testable import ChartModel

/// The `fromYaml`/`fromYamlArray`/`toYaml` snippet cases of
/// fixtures/snippets/yaml-*.jsonl checked in process against the goldens
/// real Helm produced (scripts/gen-snippet-goldens.py), without the render
/// pipeline: the input text is the case's `x.txt`, the result goes through
/// Go's `json.Marshal` text as the snippet's `toJson` does.
struct YAMLGoldenCase: CustomTestStringConvertible, Sendable {
    enum Pipeline: Sendable { case fromYaml, fromYamlArray, fromYamlToYaml, fromYamlToYamlPretty, fromYamlToToml, fromToml }

    let id: String
    let input: String
    let pipeline: Pipeline
    let expected: String

    var testDescription: String { id }

    static let pipelines: [String: Pipeline] = [
        #"{{ .Files.Get "x.txt" | fromYaml | toJson }}"#: .fromYaml,
        #"{{ .Files.Get "x.txt" | fromYamlArray | toJson }}"#: .fromYamlArray,
        #"{{ .Files.Get "x.txt" | fromYaml | toYaml | toJson }}"#: .fromYamlToYaml,
        #"{{ .Files.Get "x.txt" | fromYaml | toYamlPretty | toJson }}"#: .fromYamlToYamlPretty,
        #"{{ .Files.Get "x.txt" | fromYaml | toToml | toJson }}"#: .fromYamlToToml,
        #"{{ .Files.Get "x.txt" | fromToml | toJson }}"#: .fromToml,
    ]

    static let outputPrefix = "---\n# Source: c/templates/t.yaml\nout: |-\n  "

    static func load() -> [YAMLGoldenCase] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/snippets")
        var result: [YAMLGoldenCase] = []
        for family in ["yaml-fromyaml", "yaml-toyaml", "yaml-toml"] {
            var goldens: [String: [String: Any]] = [:]
            for line in lines(dir.appendingPathComponent(family + ".golden.jsonl")) {
                if let id = line["id"] as? String { goldens[id] = line }
            }
            for c in lines(dir.appendingPathComponent(family + ".jsonl")) {
                guard let id = c["id"] as? String, let snippet = c["snippet"] as? String,
                      let pipeline = pipelines[snippet],
                      let input = (c["files"] as? [String: String])?["x.txt"],
                      let golden = goldens[id], (golden["exit"] as? Int) == 0,
                      let stdout = golden["stdout"] as? String, stdout.hasPrefix(outputPrefix),
                      stdout.hasSuffix("\n") else { continue }
                let body = String(stdout.dropFirst(outputPrefix.count).dropLast())
                if body.contains("\n") { continue }
                result.append(YAMLGoldenCase(id: id, input: input, pipeline: pipeline, expected: body))
            }
        }
        return result
    }

    private static func lines(_ url: URL) -> [[String: Any]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    func run() throws -> String {
        let table = FunctionTable(HelmYAMLFunctions.functions)
        func call(_ name: String, _ arg: Value) throws -> Value {
            guard let f = table.lookup(name) else { throw FunctionError("no function \(name)") }
            return try f.body([arg], NoContext())
        }
        switch pipeline {
        case .fromYaml: return GoJSONText.encode(try call("fromYaml", .string(input)))
        case .fromYamlArray: return GoJSONText.encode(try call("fromYamlArray", .string(input)))
        case .fromYamlToYaml: return GoJSONText.encode(try call("toYaml", try call("fromYaml", .string(input))))
        case .fromYamlToYamlPretty:
            return GoJSONText.encode(try call("toYamlPretty", try call("fromYaml", .string(input))))
        case .fromYamlToToml:
            return GoJSONText.encode(try call("toToml", try call("fromYaml", .string(input))))
        case .fromToml:
            return GoJSONText.encode(try call("fromToml", .string(input)))
        }
    }
}

/// An execution context the YAML functions never use.
final class NoContext: ExecutionContext {
    var templateName: String { "t" }
    var options: ExecutionOptions { ExecutionOptions() }
    var renderState: AnyObject? { nil }
    func executeTemplate(named name: String, data: Value) throws -> String { "" }
    func executeText(_ text: String, name: String, data: Value) throws -> String { "" }
}

/// Go's `json.Marshal` text for the values the YAML functions return.
enum GoJSONText {
    static func encode(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .float(let f): return GoFloatText.json(f)
        case .string(let s): return quote(s)
        case .list(let l): return "[" + l.items.map(encode).joined(separator: ",") + "]"
        case .map(let m): return "{" + m.sortedKeys.map { quote($0) + ":" + encode(m[$0] ?? .null) }.joined(separator: ",") + "}"
        default: return "?"
        }
    }

    static func quote(_ s: String) -> String {
        var o = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": o += "\\\""
            case "\\": o += "\\\\"
            case "\n": o += "\\n"
            case "\r": o += "\\r"
            case "\t": o += "\\t"
            case "<": o += "\\u003c"
            case ">": o += "\\u003e"
            case "&": o += "\\u0026"
            case "\u{2028}": o += "\\u2028"
            case "\u{2029}": o += "\\u2029"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    o += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    o.unicodeScalars.append(u)
                }
            }
        }
        return o + "\""
    }
}

@Suite struct YAMLGoldenTests {
    static let cases = YAMLGoldenCase.load()

    /// Cases whose Helm output depends on Go's unstable sort with go-yaml's
    /// non-transitive key order or on Go's map iteration.
    static let nondeterministic: Set<String> = ["yaml-toyaml/key-order"]

    @Test func casesAreLoaded() {
        #expect(Self.cases.count > 150)
    }

    @Test(arguments: cases)
    func matchesHelm(_ c: YAMLGoldenCase) throws {
        if Self.nondeterministic.contains(c.id) { return }
        let actual = try c.run()
        #expect(actual == c.expected)
    }
}
