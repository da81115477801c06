import Foundation
import Testing

/// Every fixture case renders through `render template` exactly as real Helm
/// rendered it (fixtures/golden): same exit status class, stdout and stderr
/// byte for byte. fixtures/known-failures.txt is a ratchet: listed ids are
/// expected to fail; an unlisted failure or a listed pass fails the test.
@Suite struct FixtureConformanceTests {
    static let cases = FixtureCase.loadAll()
    static let knownFailures = KnownFailures("fixtures/known-failures.txt")

    @Test func everyCaseHasAGolden() {
        let missing = Self.cases.filter { $0.golden == nil }.map(\.id)
        #expect(missing.isEmpty, "run scripts/gen-fixture-goldens.py; no golden for: \(missing.prefix(20))")
    }

    @Test func knownFailuresNameExistingCases() {
        let ids = Set(Self.cases.map(\.id))
        let stale = Self.knownFailures.ids.subtracting(ids).sorted()
        #expect(stale.isEmpty, "fixtures/known-failures.txt lists unknown ids: \(stale)")
    }

    @Test(arguments: cases)
    func rendersLikeHelm(_ fixture: FixtureCase) throws {
        guard let golden = fixture.golden else { return }  // reported by everyCaseHasAGolden
        let result = try RenderProcess.run(fixture.renderArguments, in: FixtureCase.fixturesDirectory)
        let mismatch = Self.mismatch(result, golden)
        if Self.knownFailures.contains(fixture.id) {
            #expect(mismatch != nil, "\(fixture.id) passes now: remove it from fixtures/known-failures.txt")
        } else {
            #expect(mismatch == nil, "\(fixture.id): \(mismatch ?? "")")
        }
    }

    /// Why `result` differs from Helm's golden, or nil when it matches.
    /// Random cases (generated secrets) must exit 0 with as many lines as
    /// Helm printed, equal unmasked lines, and masked lines that keep the
    /// unmasked prefix (their YAML key).
    static func mismatch(_ result: RenderProcess.Result, _ golden: FixtureCase.Golden) -> String? {
        switch golden {
        case .masked(let expected):
            if result.status != 0 { return "exit status \(result.status): \(result.stderr.prefix(500))" }
            let actual = result.stdout.components(separatedBy: "\n")
            if actual.count != expected.count {
                return "\(actual.count) lines instead of \(expected.count)"
            }
            for (index, (line, want)) in zip(actual, expected).enumerated() {
                let matches = want.hasSuffix(FixtureCase.randomMarker)
                    ? line.hasPrefix(String(want.dropLast(FixtureCase.randomMarker.count)))
                    : line == want
                if !matches { return "line \(index + 1): \(line.debugDescription) instead of \(want.debugDescription)" }
            }
            return nil
        case .output(let exit, let stdout, let stderr):
            if (result.status == 0) != (exit == 0) {
                return "exit status \(result.status), Helm's \(exit); stderr: \(result.stderr.prefix(500))"
            }
            if result.stdout != stdout {
                return "stdout differs at byte \(firstDifference(result.stdout, stdout))"
            }
            if result.stderr != stderr {
                return "stderr \(result.stderr.debugDescription) instead of \(stderr.debugDescription)"
            }
            return nil
        }
    }

    static func firstDifference(_ a: String, _ b: String) -> Int {
        var offset = 0
        for (x, y) in zip(a.utf8, b.utf8) {
            if x != y { return offset }
            offset += 1
        }
        return offset
    }
}
