import Testing
import TemplateEngine
@testable import ChartModel

/// Coalescing visits map keys in any order; the warnings still come out in
/// the order of the sorted keys, nested tables' warnings inside their key's.
@Suite struct KeyOrderedWarningsTests {
    @Test func blocksAreOrderedByKey() {
        var warnings = ["before"]
        var order = KeyOrderedWarnings(warnings)
        for (key, lines) in [("c", ["c1", "c2"]), ("a", []), ("b", ["b1"]), ("é", ["e1"]), ("B", ["B1"])] {
            let start = warnings.count
            warnings += lines
            order.note(key, from: start, warnings)
        }
        order.finish(&warnings)
        #expect(warnings == ["before", "B1", "b1", "c1", "c2", "e1"])
    }

    @Test func coalescingWarningsFollowSortedKeys() {
        // Swift's hashing is seeded per process, so the loop's own order varies.
        for _ in 0..<20 {
            let dst = GoMap([
                "b": .map(GoMap(["x": .int(1)])), "a": .map(GoMap(["y": .int(1)])), "c": .int(1),
                "d": .map(GoMap(["n": .map(GoMap(["deep": .int(1)])), "m": .map(GoMap(["q": .int(1)]))])),
                "k0": .int(0), "k1": .int(1), "k2": .int(2), "k3": .int(3),
            ])
            let src = GoMap([
                "b": .int(5), "a": .int(7), "c": .map(GoMap(["z": .int(1)])),
                "d": .map(GoMap(["n": .int(3), "m": .int(4)])),
                "k0": .int(9), "k1": .int(9), "k2": .int(9), "k3": .int(9),
            ])
            var warnings: [String] = []
            ValueCoalescing.coalesceTables(dst, src, prefix: "p", merge: false, warnings: &warnings)
            #expect(warnings == [
                "warning: destination for p.a is a table. Ignoring non-table value (7)",
                "warning: destination for p.b is a table. Ignoring non-table value (5)",
                "warning: cannot overwrite table with non table for p.c (map[z:1])",
                "warning: destination for p.d.m is a table. Ignoring non-table value (4)",
                "warning: destination for p.d.n is a table. Ignoring non-table value (3)",
            ])
        }
    }
}
