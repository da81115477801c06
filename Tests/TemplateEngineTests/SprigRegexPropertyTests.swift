import Testing
@testable import TemplateEngine

/// Invariants of the RE2 engine that hold for any input (the behaviour
/// itself is checked against Helm by the sprig-regex snippet goldens).
struct SprigRegexPropertyTests {
    static let samples: [String] = [
        "", "a", "a.b*c", "1.5-2.0?[x]{y}(z)|^$*+\\", "héllo wörld", "日本語 (テスト)", "tab\there", "$1 ${x}",
    ]

    @Test("a quoted pattern matches its own text exactly", arguments: samples)
    func quoteMetaMatchesItself(_ s: String) throws {
        let re = try GoRegexp.compile("^" + GoRegexp.quoteMeta(s) + "$").get()
        #expect(re.matches(s))
        #expect(re.find(s) == s)
    }

    @Test("splitting on a quoted separator and joining gives the input back", arguments: samples)
    func splitJoinRoundTrip(_ s: String) throws {
        let text = "x" + s + "y" + s + "z"
        let re = try GoRegexp.compile(GoRegexp.quoteMeta(s)).get()
        if s.isEmpty { return }
        #expect(re.split(text, -1).joined(separator: s) == text)
    }

    @Test("replacing every match with $0 leaves the text unchanged", arguments: ["a+", "x*", "\\b", "(?i)É", "[[:alpha:]]+", ""])
    func replaceWithWholeMatchIsIdentity(_ pattern: String) throws {
        let re = try GoRegexp.compile(pattern).get()
        for s in SprigRegexPropertyTests.samples {
            #expect(re.replaceAllExpand(s, "${0}") == s)
            #expect(re.replaceAllLiteral(s, "") == re.replaceAllExpand(s, ""))
        }
    }

    @Test("compiling the same pattern twice returns the cached regexp")
    func compileIsCached() throws {
        let a = try GoRegexp.compile("(?P<x>a+)b").get()
        let b = try GoRegexp.compile("(?P<x>a+)b").get()
        #expect(a === b)
    }

    @Test("find-all matches never overlap and appear in order")
    func findAllIsOrdered() throws {
        let re = try GoRegexp.compile("a*|b").get()
        let input = GoRegexp.runes("baaacab")
        var last = -1
        for m in re.allMatches(input, -1) {
            #expect(m[0] >= last)
            #expect(m[1] >= m[0])
            last = m[1]
        }
    }
}
