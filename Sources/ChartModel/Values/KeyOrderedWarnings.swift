import TemplateEngine

/// Lets a coalescing loop visit a map's keys in any order and still log its
/// warnings in the order a loop over the sorted keys would have: each key's
/// warnings (its own and those of the tables under it) form one block, and
/// `finish` puts the blocks in key order. Sorting the keys of every map just
/// for the rare warning would cost more than the coalescing itself.
struct KeyOrderedWarnings {
    private let base: Int
    private var blocks: [(key: String, start: Int)] = []

    /// Starts a loop whose warnings will follow those already in `warnings`.
    init(_ warnings: [String]) { base = warnings.count }

    /// The warnings from `start` on were logged while handling `key`.
    mutating func note(_ key: String, from start: Int, _ warnings: [String]) {
        if warnings.count > start { blocks.append((key, start)) }
    }

    /// Calls `body` with each key of `map` and its value (read when its
    /// turn comes, as Go's range does), in any order, then puts the warnings
    /// `body` logged in key order.
    static func forEachEntry(of map: GoMap, warnings: inout [String],
                             _ body: (String, Value, inout [String]) -> Void) {
        var order = KeyOrderedWarnings(warnings)
        for key in map.storage.keys {
            guard let val = map[key] else { continue }
            let start = warnings.count
            body(key, val, &warnings)
            order.note(key, from: start, warnings)
        }
        order.finish(&warnings)
    }

    /// Puts the blocks of the loop in key order.
    func finish(_ warnings: inout [String]) {
        guard blocks.count > 1 else { return }
        var ranges: [(key: String, range: Range<Int>)] = []
        for (i, b) in blocks.enumerated() {
            let end = i + 1 < blocks.count ? blocks[i + 1].start : warnings.count
            ranges.append((b.key, b.start..<end))
        }
        ranges.sort { goStringLess($0.key, $1.key) }
        var ordered = Array(warnings[..<base])
        for r in ranges { ordered.append(contentsOf: warnings[r.range]) }
        warnings = ordered
    }
}
