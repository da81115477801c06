import Foundation
import Testing

/// Every snippet case renders through `render template` exactly as real Helm
/// rendered it: same exit status class, stdout and stderr byte for byte.
@Suite struct SnippetGoldenTests {
    static let cases = SnippetCase.loadAll()
    static let knownFailures = KnownFailures("fixtures/snippets/known-failures.txt")

    @Test func everyCaseHasAGolden() {
        let missing = Self.cases.filter { $0.golden == nil }.map(\.id)
        #expect(missing.isEmpty, "run scripts/gen-snippet-goldens.py; no golden for: \(missing.prefix(20))")
    }

    @Test(arguments: cases)
    func rendersLikeHelm(_ snippet: SnippetCase) throws {
        guard let golden = snippet.golden else { return }  // reported by everyCaseHasAGolden
        let workdir = FileManager.default.temporaryDirectory
            .appendingPathComponent("snippet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workdir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workdir) }
        try snippet.materialize(in: workdir)
        var result = try RenderProcess.run(["template", "demo", "c"] + snippet.args, in: workdir)
        result.stderr = LogTimeStandIn.apply(result.stderr)
        let matches = (result.status == 0) == (golden.exit == 0)
            && result.stdout == golden.stdout && result.stderr == golden.stderr
        if Self.knownFailures.contains(snippet.id) {
            #expect(!matches, "\(snippet.id) passes now: remove it from fixtures/snippets/known-failures.txt")
        } else {
            #expect(result.status == 0 ? golden.exit == 0 : golden.exit != 0,
                    "exit status \(result.status), Helm's \(golden.exit)")
            #expect(result.stdout == golden.stdout)
            #expect(result.stderr == golden.stderr)
        }
    }
}
