import Testing
@testable import ChartModel

/// Go's `filepath.Match` table (`path/filepath/match_test.go`); a malformed
/// pattern counts as no match, as Helm's `--show-only` ignores the error.
@Suite struct GoPathMatchTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var pattern: String
        var name: String
        var match: Bool
        var testDescription: String { "\(pattern) ~ \(name)" }
    }

    static let cases: [Case] = [
        Case(pattern: "abc", name: "abc", match: true),
        Case(pattern: "*", name: "abc", match: true),
        Case(pattern: "*c", name: "abc", match: true),
        Case(pattern: "a*", name: "a", match: true),
        Case(pattern: "a*", name: "abc", match: true),
        Case(pattern: "a*", name: "ab/c", match: false),
        Case(pattern: "a*/b", name: "abc/b", match: true),
        Case(pattern: "a*/b", name: "a/c/b", match: false),
        Case(pattern: "a*b*c*d*e*/f", name: "axbxcxdxe/f", match: true),
        Case(pattern: "a*b*c*d*e*/f", name: "axbxcxdxexxx/f", match: true),
        Case(pattern: "a*b*c*d*e*/f", name: "axbxcxdxe/xxx/f", match: false),
        Case(pattern: "a*b*c*d*e*/f", name: "axbxcxdxexxx/fff", match: false),
        Case(pattern: "a*b?c*x", name: "abxbbxdbxebxczzx", match: true),
        Case(pattern: "a*b?c*x", name: "abxbbxdbxebxczzy", match: false),
        Case(pattern: "ab[c]", name: "abc", match: true),
        Case(pattern: "ab[b-d]", name: "abc", match: true),
        Case(pattern: "ab[e-g]", name: "abc", match: false),
        Case(pattern: "ab[^c]", name: "abc", match: false),
        Case(pattern: "ab[^b-d]", name: "abc", match: false),
        Case(pattern: "ab[^e-g]", name: "abc", match: true),
        Case(pattern: "a\\*b", name: "a*b", match: true),
        Case(pattern: "a\\*b", name: "ab", match: false),
        Case(pattern: "a?b", name: "a☺b", match: true),
        Case(pattern: "a[^a]b", name: "a☺b", match: true),
        Case(pattern: "a???b", name: "a☺b", match: false),
        Case(pattern: "[a-ζ]*", name: "α", match: true),
        Case(pattern: "*[a-ζ]", name: "A", match: false),
        Case(pattern: "a?b", name: "a/b", match: false),
        Case(pattern: "a*b", name: "a/b", match: false),
        Case(pattern: "[\\]a]", name: "]", match: true),
        Case(pattern: "[\\-]", name: "-", match: true),
        Case(pattern: "[x\\-]", name: "-", match: true),
        Case(pattern: "[x\\-]", name: "z", match: false),
        Case(pattern: "[]a]", name: "]", match: false),
        Case(pattern: "[-]", name: "-", match: false),
        Case(pattern: "[x-]", name: "x", match: false),
        Case(pattern: "[", name: "a", match: false),
        Case(pattern: "*x", name: "xxx", match: true),
    ]

    @Test(arguments: cases)
    func matchesLikeGo(_ c: Case) {
        #expect(((try? GoPathMatch.match(c.pattern, c.name)) ?? false) == c.match)
    }
}
