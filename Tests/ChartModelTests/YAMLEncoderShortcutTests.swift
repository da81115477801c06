import Testing
import TemplateEngine
@testable import ChartModel

/// The shortcuts `toYaml` takes for common values give what the general
/// route gives: plain words skip libyaml's byte-by-byte scalar analysis,
/// whole numbers skip the JSON text of a float, and map keys start in Go's
/// byte order.
@Suite struct YAMLEncoderShortcutTests {
    static let words: [String] = [
        "plain", "nginx", "registry.example.com/app", "v1.2.3", "a-b_c", "0.5", "8080", "x-", "_x", "/data",
        "-x", "-", ".", "...", "---", ".hidden", "a b", "a:b", "a#b", "é", "tab\t", "", "?x", ":x", "x,y",
    ]

    @Test(arguments: words)
    func scalarAnalysisShortcutAgrees(_ word: String) {
        let bytes = Array(word.utf8)
        for flavor in [GoYAMLEmitter.Flavor.v2, .v3] {
            let fast = YAMLScalarAnalysis(bytes, flavor: flavor)
            let full = YAMLScalarAnalysis(scanning: bytes, flavor: flavor)
            #expect(fast.multiline == full.multiline)
            #expect(fast.flowPlainAllowed == full.flowPlainAllowed)
            #expect(fast.blockPlainAllowed == full.blockPlainAllowed)
            #expect(fast.singleQuotedAllowed == full.singleQuotedAllowed)
            #expect(fast.blockAllowed == full.blockAllowed)
        }
    }

    @Test func plainWordsAreRecognised() {
        #expect(YAMLScalarAnalysis.isPlainWord(Array("registry.example.com/app".utf8)))
        #expect(!YAMLScalarAnalysis.isPlainWord(Array("-x".utf8)))
        #expect(!YAMLScalarAnalysis.isPlainWord(Array("a b".utf8)))
    }

    @Test(arguments: [0.0, -0.0, 1, -1, 42, 8080, 1e6, 123456789012345, -999999999999999, 0.5, 1.5e-7,
                      1e15, 1e20, 1e21, 2.5e22, 9007199254740993, -3.25])
    func wholeNumberShortcutAgrees(_ f: Double) {
        #expect(GoYAMLEncoding.numberText(f) == GoYAMLEncoding.numberTextThroughJSON(f))
    }

    @Test func keysNeedingGoYAMLOrderAreSorted() throws {
        let map = GoMap(["a10": .int(1), "a9": .int(2), "b": .int(3), "A": .int(4), "a": .int(5)])
        let text = try YAMLEncoder.encode(.map(map))
        #expect(text == "A: 4\na: 5\na9: 2\na10: 1\nb: 3\n")
    }
}
