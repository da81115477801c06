/// A compiled regular expression: instructions for the Pike VM, built the
/// way Go's `regexp/syntax` compiler builds them (so that thread priorities,
/// and thus leftmost-first submatches, come out the same).
struct RE2Program {
    enum Inst {
        case rune(UInt32, fold: Bool, next: Int)
        case charClass(Int, next: Int)
        case anyChar(next: Int)
        case anyCharNotNL(next: Int)
        /// Try `first`, then `second`.
        case split(Int, Int)
        case jump(Int)
        case save(Int, next: Int)
        case assert(RE2Assertion, next: Int)
        case match
    }

    /// Largest program accepted (Go's `maxSize`: 128 MB of instructions).
    static let maxInstructions = 128 << 20 / 40

    var insts: [Inst] = []
    var classes: [RE2CharClass] = []
    var start = 0
    /// Number of capture slots: 2 × (groups + 1).
    var slotCount = 2

    struct TooLarge: Error {}

    /// A fragment: entry point, the holes to patch to its continuation, and
    /// whether it can match the empty string.
    private struct Fragment {
        var entry: Int
        var holes: [Hole]
        var nullable: Bool
    }

    private enum Hole {
        case next(Int)
        case splitFirst(Int)
        case splitSecond(Int)
    }

    static func compile(_ node: RE2Node, groups: Int) throws -> RE2Program {
        var p = RE2Program()
        p.slotCount = 2 * (groups + 1)
        let body = try p.emit(.capture(0, node))
        let m = p.append(.match)
        p.patch(body.holes, to: m)
        p.start = body.entry
        return p
    }

    private mutating func append(_ inst: Inst) -> Int {
        insts.append(inst)
        return insts.count - 1
    }

    private mutating func patch(_ holes: [Hole], to target: Int) {
        for h in holes {
            switch h {
            case .next(let pc):
                switch insts[pc] {
                case .rune(let r, let f, _): insts[pc] = .rune(r, fold: f, next: target)
                case .charClass(let c, _): insts[pc] = .charClass(c, next: target)
                case .anyChar: insts[pc] = .anyChar(next: target)
                case .anyCharNotNL: insts[pc] = .anyCharNotNL(next: target)
                case .jump: insts[pc] = .jump(target)
                case .save(let n, _): insts[pc] = .save(n, next: target)
                case .assert(let a, _): insts[pc] = .assert(a, next: target)
                default: break
                }
            case .splitFirst(let pc):
                if case .split(_, let b) = insts[pc] { insts[pc] = .split(target, b) }
            case .splitSecond(let pc):
                if case .split(let a, _) = insts[pc] { insts[pc] = .split(a, target) }
            }
        }
    }

    private mutating func single(_ inst: Inst) throws -> Fragment {
        if insts.count >= RE2Program.maxInstructions { throw TooLarge() }
        let pc = append(inst)
        return Fragment(entry: pc, holes: [.next(pc)], nullable: false)
    }

    private mutating func emit(_ node: RE2Node) throws -> Fragment {
        switch node {
        case .empty:
            let pc = append(.jump(-1))
            return Fragment(entry: pc, holes: [.next(pc)], nullable: true)
        case .literal(let r, let fold):
            return try single(.rune(r, fold: fold, next: -1))
        case .charClass(let c):
            classes.append(c)
            return try single(.charClass(classes.count - 1, next: -1))
        case .anyChar:
            return try single(.anyChar(next: -1))
        case .anyCharNotNL:
            return try single(.anyCharNotNL(next: -1))
        case .assertion(let a):
            var f = try single(.assert(a, next: -1))
            f.nullable = true
            return f
        case .capture(let n, let sub):
            let open = append(.save(2 * n, next: -1))
            let body = try emit(sub)
            patch([.next(open)], to: body.entry)
            let close = append(.save(2 * n + 1, next: -1))
            patch(body.holes, to: close)
            return Fragment(entry: open, holes: [.next(close)], nullable: body.nullable)
        case .concat(let subs):
            var first: Fragment?
            var holes: [Hole] = []
            var nullable = true
            for sub in subs {
                let f = try emit(sub)
                if first == nil { first = f } else { patch(holes, to: f.entry) }
                holes = f.holes
                nullable = nullable && f.nullable
            }
            guard let f = first else { return try emit(.empty) }
            return Fragment(entry: f.entry, holes: holes, nullable: nullable)
        case .alternate(let subs):
            // a|b|c compiles as a|(b|c), first alternative preferred
            var fragments: [Fragment] = []
            for sub in subs { fragments.append(try emit(sub)) }
            var acc = fragments[fragments.count - 1]
            for f in fragments.dropLast().reversed() {
                let pc = append(.split(f.entry, acc.entry))
                acc = Fragment(entry: pc, holes: f.holes + acc.holes, nullable: f.nullable || acc.nullable)
            }
            return acc
        case .quest(let sub, let greedy):
            return quest(try emit(sub), greedy)
        case .star(let sub, let greedy):
            let f = try emit(sub)
            if f.nullable { return quest(plus(f, greedy), greedy) }
            return loop(f, greedy)
        case .plus(let sub, let greedy):
            return plus(try emit(sub), greedy)
        case .repeatCount(let sub, let min, let max, let greedy):
            return try repeatCount(sub, min, max, greedy)
        }
    }

    private mutating func quest(_ f: Fragment, _ greedy: Bool) -> Fragment {
        let pc = append(.split(-1, -1))
        if greedy {
            patch([.splitFirst(pc)], to: f.entry)
            return Fragment(entry: pc, holes: f.holes + [.splitSecond(pc)], nullable: true)
        }
        patch([.splitSecond(pc)], to: f.entry)
        return Fragment(entry: pc, holes: f.holes + [.splitFirst(pc)], nullable: true)
    }

    /// x+ : x then a split back to x.
    private mutating func plus(_ f: Fragment, _ greedy: Bool) -> Fragment {
        let l = loop(f, greedy)
        return Fragment(entry: f.entry, holes: l.holes, nullable: f.nullable)
    }

    /// x* : a split entering x, x looping back to the split.
    private mutating func loop(_ f: Fragment, _ greedy: Bool) -> Fragment {
        let pc = append(.split(-1, -1))
        patch(f.holes, to: pc)
        if greedy {
            patch([.splitFirst(pc)], to: f.entry)
            return Fragment(entry: pc, holes: [.splitSecond(pc)], nullable: true)
        }
        patch([.splitSecond(pc)], to: f.entry)
        return Fragment(entry: pc, holes: [.splitFirst(pc)], nullable: true)
    }

    /// Go's simplification of x{n,m}: n copies, then x* (no max) or nested
    /// optional copies `(x(x)?)?`.
    private mutating func repeatCount(_ sub: RE2Node, _ min: Int, _ max: Int, _ greedy: Bool) throws -> Fragment {
        if max == -1 {
            if min == 0 { return try emit(.star(sub, greedy: greedy)) }
            if min == 1 { return try emit(.plus(sub, greedy: greedy)) }
            var parts = [RE2Node](repeating: sub, count: min - 1)
            parts.append(.plus(sub, greedy: greedy))
            return try emit(.concat(parts))
        }
        if min == 0 && max == 0 { return try emit(.empty) }
        if min == 1 && max == 1 { return try emit(sub) }
        var parts = [RE2Node](repeating: sub, count: min)
        if max > min {
            var suffix: RE2Node = .quest(sub, greedy: greedy)
            if max - min > 1 {
                for _ in (min + 1)..<max {
                    suffix = .quest(.concat([sub, suffix]), greedy: greedy)
                }
            }
            parts.append(suffix)
        }
        return try emit(parts.count == 1 ? parts[0] : .concat(parts))
    }
}
