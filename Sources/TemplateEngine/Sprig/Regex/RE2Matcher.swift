/// A Pike VM over the runes of the input, as Go's `regexp` NFA runs:
/// threads in priority order, the first thread to reach `match` wins and
/// cuts the lower-priority ones (leftmost-first), no backtracking.
struct RE2Matcher {
    let program: RE2Program

    private struct Thread {
        var pc: Int
        var caps: [Int]
    }

    /// A queue of threads with a sparse set of the pcs already on it.
    private struct Queue {
        var threads: [Thread] = []
        var mark: [Int]
        var generation = 1

        init(size: Int) { mark = [Int](repeating: 0, count: size) }

        mutating func reset() {
            threads.removeAll(keepingCapacity: true)
            generation += 1
        }

        mutating func visit(_ pc: Int) -> Bool {
            if mark[pc] == generation { return false }
            mark[pc] = generation
            return true
        }
    }

    /// The leftmost-first match starting at or after `from`: capture slots
    /// (rune offsets, -1 when unset), or nil.
    func match(_ input: [UInt32], from: Int) -> [Int]? {
        let size = program.insts.count
        var runq = Queue(size: size)
        var nextq = Queue(size: size)
        var matched: [Int]?
        var pos = from
        let empty = [Int](repeating: -1, count: program.slotCount)
        while true {
            if runq.threads.isEmpty && matched != nil { break }
            if matched == nil {
                if runq.threads.isEmpty && anchoredAtStart && pos != 0 { break }
                addThread(&runq, program.start, pos, empty, input)
            }
            if runq.threads.isEmpty && matched == nil && pos >= input.count { break }
            let c: UInt32? = pos < input.count ? input[pos] : nil
            nextq.reset()
            var j = 0
            while j < runq.threads.count {
                let t = runq.threads[j]
                j += 1
                switch program.insts[t.pc] {
                case .match:
                    var caps = t.caps
                    caps[1] = pos
                    matched = caps
                    j = runq.threads.count
                case .rune(let r, let fold, let next):
                    if let c = c, c == r || (fold && RE2CaseFolding.equivalent(c, r)) {
                        addThread(&nextq, next, pos + 1, t.caps, input)
                    }
                case .charClass(let k, let next):
                    if let c = c, program.classes[k].matches(c) {
                        addThread(&nextq, next, pos + 1, t.caps, input)
                    }
                case .anyChar(let next):
                    if c != nil { addThread(&nextq, next, pos + 1, t.caps, input) }
                case .anyCharNotNL(let next):
                    if let c = c, c != 0x0A { addThread(&nextq, next, pos + 1, t.caps, input) }
                default:
                    break
                }
            }
            if pos >= input.count { break }
            pos += 1
            swap(&runq, &nextq)
        }
        return matched
    }

    /// Whether the program can only match at the start of the text (`^…`
    /// without `(?m)`, `\A…`).
    private var anchoredAtStart: Bool {
        var pc = program.start
        while true {
            switch program.insts[pc] {
            case .save(_, let next): pc = next
            case .assert(.beginText, _): return true
            default: return false
            }
        }
    }

    /// Follows empty transitions from `pc` at `pos` in priority order,
    /// queueing the threads that wait on a rune or match.
    private func addThread(_ q: inout Queue, _ pc0: Int, _ pos: Int, _ caps0: [Int], _ input: [UInt32]) {
        var stack: [(Int, [Int])] = [(pc0, caps0)]
        while let (pc, caps) = stack.popLast() {
            guard q.visit(pc) else { continue }
            switch program.insts[pc] {
            case .jump(let next):
                stack.append((next, caps))
            case .split(let a, let b):
                stack.append((b, caps))
                stack.append((a, caps))
            case .save(let n, let next):
                var c = caps
                if n < c.count { c[n] = pos }
                stack.append((next, c))
            case .assert(let a, let next):
                if holds(a, pos, input) { stack.append((next, caps)) }
            default:
                q.threads.append(Thread(pc: pc, caps: caps))
            }
        }
    }

    private func holds(_ a: RE2Assertion, _ pos: Int, _ input: [UInt32]) -> Bool {
        let before: UInt32? = pos > 0 ? input[pos - 1] : nil
        let after: UInt32? = pos < input.count ? input[pos] : nil
        switch a {
        case .beginText: return pos == 0
        case .endText: return pos == input.count
        case .beginLine: return before == nil || before == 0x0A
        case .endLine: return after == nil || after == 0x0A
        case .wordBoundary, .noWordBoundary:
            let w1 = before.map(RE2UnicodeCategory.isWordChar) ?? false
            let w2 = after.map(RE2UnicodeCategory.isWordChar) ?? false
            return (w1 != w2) == (a == .wordBoundary)
        }
    }
}
