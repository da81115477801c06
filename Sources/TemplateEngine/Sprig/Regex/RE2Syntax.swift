/// The parsed form of a Go (RE2) regular expression.
indirect enum RE2Node {
    case empty
    /// One rune; `fold` compares case-insensitively (Go's simple folding).
    case literal(UInt32, fold: Bool)
    case charClass(RE2CharClass)
    /// `.` with `(?s)`.
    case anyChar
    /// `.`: any rune but `\n`.
    case anyCharNotNL
    case assertion(RE2Assertion)
    /// A capturing group: its index (1-based) and body.
    case capture(Int, RE2Node)
    case concat([RE2Node])
    case alternate([RE2Node])
    case star(RE2Node, greedy: Bool)
    case plus(RE2Node, greedy: Bool)
    case quest(RE2Node, greedy: Bool)
    /// `x{min,max}`; max -1 means unbounded.
    case repeatCount(RE2Node, min: Int, max: Int, greedy: Bool)
}

/// Zero-width assertions.
enum RE2Assertion {
    case beginLine, endLine, beginText, endText, wordBoundary, noWordBoundary
}

/// A character class: a union of items, each a set of rune ranges, maybe
/// complemented; the whole class may be negated (`[^…]`). With `fold`,
/// every item is closed under case folding, as Go builds it.
struct RE2CharClass {
    struct Item {
        var ranges: [ClosedRange<UInt32>]
        var negated: Bool
        /// A Unicode category test (`\pL`) instead of ranges.
        var category: RE2UnicodeCategory?
    }

    var items: [Item] = []
    var negated = false
    var fold = false

    func matches(_ r: UInt32) -> Bool {
        var hit = false
        for item in items where itemMatches(item, r) {
            hit = true
            break
        }
        return hit != negated
    }

    private func itemMatches(_ item: Item, _ r: UInt32) -> Bool {
        if fold {
            let any = RE2CaseFolding.orbit(r).contains { rawContains(item, $0) }
            return any != item.negated
        }
        return rawContains(item, r) != item.negated
    }

    private func rawContains(_ item: Item, _ r: UInt32) -> Bool {
        if let c = item.category { return c.contains(r) }
        for range in item.ranges where range.contains(r) { return true }
        return false
    }
}
