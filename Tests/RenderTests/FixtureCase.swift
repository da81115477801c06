import Foundation
import Testing

/// One line of fixtures/cases.jsonl (a `helm template` run of a fixture chart)
/// with its golden from real Helm, written by scripts/gen-fixture-goldens.py.
struct FixtureCase: CustomTestStringConvertible, Sendable {
    var id: String
    var chart: String
    var release: String?
    var args: [String]
    var golden: Golden?

    /// What Helm printed. Cases whose id contains "random" render generated
    /// passwords or certificates: their golden (`<id>.masked.yaml`) is Helm's
    /// stdout with each line that varies between runs cut after its YAML key
    /// and ended by `randomMarker`; shared/tools/conform.py judges the varying
    /// parts more closely against the live oracle.
    enum Golden: Sendable {
        case output(exit: Int, stdout: String, stderr: String)
        case masked(lines: [String])
    }

    static let randomMarker = "<<random>>"

    var testDescription: String { id }

    /// Generated passwords or certificates: not comparable byte for byte.
    var isRandom: Bool { id.contains("random") }

    /// `render template` arguments, as conform.py builds them.
    var renderArguments: [String] {
        ["template"] + (release.map { [$0] } ?? []) + [chart] + args
    }

    static let fixturesDirectory = RenderProcess.repoRoot.appendingPathComponent("fixtures")
    static let goldenDirectory = fixturesDirectory.appendingPathComponent("golden")

    static func loadAll() -> [FixtureCase] {
        SnippetCase.jsonObjects(fixturesDirectory.appendingPathComponent("cases.jsonl")).compactMap { obj in
            guard let id = obj["id"] as? String, let chart = obj["chart"] as? String else { return nil }
            var fixture = FixtureCase(id: id, chart: chart, release: obj["release"] as? String,
                                      args: obj["args"] as? [String] ?? [], golden: nil)
            fixture.golden = loadGolden(id: id, random: fixture.isRandom)
            return fixture
        }
    }

    /// The golden files of `id` (see the script): `.yaml` stdout, `.stderr`,
    /// `.exit` when non-zero, or `.masked.yaml` for random cases. Nil when none exist.
    static func loadGolden(id: String, random: Bool) -> Golden? {
        let base = goldenDirectory.appendingPathComponent(id).path
        func read(_ suffix: String) -> String? {
            guard let data = FileManager.default.contents(atPath: base + suffix) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        if random {
            return read(".masked.yaml").map { text in
                .masked(lines: text.components(separatedBy: "\n"))
            }
        }
        let stdout = read(".yaml")
        let stderr = read(".stderr")
        let exit = read(".exit").flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        if stdout == nil && stderr == nil && exit == nil { return nil }
        return .output(exit: exit ?? 0, stdout: stdout ?? "", stderr: stderr ?? "")
    }

    /// The stdout golden of `id`, for the parameter-effect tests.
    static func goldenStdout(of id: String) -> String? {
        if case .output(0, let stdout, _)? = loadGolden(id: id, random: false) { return stdout }
        return nil
    }
}
