import Testing
@testable import ChartModel

/// `.helmignore` lines that are a plain name or `*` plus a plain suffix are
/// matched without the glob engine; they must decide exactly as the glob
/// engine does. Each rule is compared with the same rule made to need the
/// glob engine (one byte written as a one-byte class).
@Suite struct HelmIgnoreShapeTests {
    static let paths = ["a.swp", "dir/a.swp", ".git", "sub/.git", ".gitx", "x.git", "templates/a.yaml",
                        "templates", "swp", ".swp", "a.swp/b", "values.yaml", "charts/sub/values.yaml", "a~"]

    @Test(arguments: [
        ("*.swp", "*[.]swp"), (".git", "[.]git"), ("/values.yaml", "/[v]alues.yaml"), ("*~", "*[~]"),
        ("templates", "[t]emplates"), ("!*.swp", "!*[.]swp"), ("/*.swp", "/*[.]swp"),
        ("values.yaml", "[v]alues.yaml"), (".git/", "[.]git/"),
    ])
    func plainRulesDecideLikeGlobs(_ plain: String, _ glob: String) throws {
        var a = HelmIgnore()
        try a.add(rule: plain)
        var b = HelmIgnore()
        try b.add(rule: glob)
        for path in Self.paths {
            for dir in [false, true] {
                #expect(a.ignores(path, isDirectory: dir) == b.ignores(path, isDirectory: dir), "\(plain) on \(path)")
            }
        }
    }

    @Test(arguments: [
        ("*.swp", "a.swp", true), ("*.swp", "dir/a.swp", true), ("/*.swp", "dir/a.swp", false),
        ("/*.swp", "a.swp", true), ("*", "anything", true), ("!*.swp", "a.yaml", true), ("!*.swp", "a.swp", false),
        (".git", "sub/.git", true), ("/.git", "sub/.git", false), ("x/.git", "x/.git", true),
    ])
    func plainRules(_ rule: String, _ path: String, _ ignored: Bool) throws {
        var h = HelmIgnore()
        try h.add(rule: rule)
        #expect(h.ignores(path, isDirectory: false) == ignored)
    }
}
