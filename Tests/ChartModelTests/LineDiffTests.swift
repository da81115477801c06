import Testing
@testable import ChartModel

struct LineDiffTests {
    /// Applying the edit script to `old` yields `new`, and it is minimal in size.
    @Test(arguments: [
        ("", "", 0), ("a", "a", 0), ("a", "", 1), ("", "a", 1), ("abc", "abd", 2),
        ("abcabba", "cbabac", 5), ("xaxbxc", "abc", 3), ("kitten", "sitting", 5),
    ])
    func scriptIsCorrectAndMinimal(_ old: String, _ new: String, _ changes: Int) {
        let a = old.map(String.init), b = new.map(String.init)
        let script = LineDiff.edits(a, b)
        var rebuiltOld: [String] = [], rebuiltNew: [String] = []
        var changed = 0
        for e in script {
            switch e {
            case .same(let s): rebuiltOld.append(s); rebuiltNew.append(s)
            case .removed(let s): rebuiltOld.append(s); changed += 1
            case .added(let s): rebuiltNew.append(s); changed += 1
            }
        }
        #expect(rebuiltOld == a)
        #expect(rebuiltNew == b)
        #expect(changed == changes)
    }

    @Test func unifiedHunks() {
        let old = (1...10).map { "l\($0)" }
        var new = old
        new[4] = "changed"
        new.append("l11")
        #expect(LineDiff.unified(old, new, context: 1) == [
            "@@ -4,3 +4,3 @@", " l4", "-l5", "+changed", " l6",
            "@@ -10,1 +10,2 @@", " l10", "+l11",
        ])
        #expect(LineDiff.unified(old, old).isEmpty)
        #expect(LineDiff.unified([], ["a"]) == ["@@ -0,0 +1,1 @@", "+a"])
    }
}
