/// A parse error with Go's text: `error parsing regexp: CODE: `EXPR``.
struct RE2Error: Error {
    let code: String
    let expr: String
    var message: String { "error parsing regexp: \(code): `\(expr)`" }
}

/// Parses Go regexp syntax (`regexp/syntax` with the `Perl` flags that
/// `regexp.Compile` uses), reporting the errors Go reports for the same
/// input, with the same offending text.
struct RE2Parser {
    /// Deepest group nesting accepted (Go's limit on the parse tree height).
    static let maxNesting = 1000
    /// Largest count in `x{n,m}` and of nested counts multiplied.
    static let maxRepeat = 1000

    private struct Flags {
        var foldCase = false
        var dotNL = false
        var oneLine = true
        var nonGreedy = false
    }

    private let s: [Unicode.Scalar]
    private var i = 0
    private var flags = Flags()
    private var depth = 0
    private(set) var captureNames: [String?] = [nil]

    init(_ pattern: String) {
        s = Array(pattern.unicodeScalars)
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[max(0, from)..<min(to, s.count)])
        return String(v)
    }

    private var whole: String { text(0, s.count) }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    mutating func parse() throws -> RE2Node {
        let node = try parseAlternation()
        if i < s.count { throw RE2Error(code: "unexpected )", expr: whole) }
        return node
    }

    private mutating func parseAlternation() throws -> RE2Node {
        var branches = [try parseConcat()]
        while peek() == "|" {
            i += 1
            branches.append(try parseConcat())
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func parseConcat() throws -> RE2Node {
        var items: [RE2Node] = []
        var lastRepeat: Int?
        while let c = peek(), c != "|", c != ")" {
            var repeatStart: Int?
            switch c {
            case "(":
                if peek(1) == "?" {
                    if let group = try parsePerlFlags() {
                        items.append(group)
                    }
                } else {
                    captureNames.append(nil)
                    let index = captureNames.count - 1
                    i += 1
                    items.append(.capture(index, try parseGroupBody()))
                }
            case "^":
                i += 1
                items.append(.assertion(flags.oneLine ? .beginText : .beginLine))
            case "$":
                i += 1
                items.append(.assertion(flags.oneLine ? .endText : .endLine))
            case ".":
                i += 1
                items.append(flags.dotNL ? .anyChar : .anyCharNotNL)
            case "[":
                items.append(try parseClass())
            case "*", "+", "?":
                let start = i
                i += 1
                let op: (RE2Node, Bool) -> RE2Node
                switch c {
                case "*": op = { .star($0, greedy: $1) }
                case "+": op = { .plus($0, greedy: $1) }
                default: op = { .quest($0, greedy: $1) }
                }
                try applyRepeat(&items, start: start, lastRepeat: lastRepeat) { node, greedy in op(node, greedy) }
                repeatStart = start
            case "{":
                let start = i
                if let (min, max, end) = parseRepeatBraces() {
                    if min < 0 || min > RE2Parser.maxRepeat || max > RE2Parser.maxRepeat || max >= 0 && min > max {
                        throw RE2Error(code: "invalid repeat count", expr: text(start, end))
                    }
                    i = end
                    try applyRepeat(&items, start: start, lastRepeat: lastRepeat, counted: (min, max)) { node, greedy in
                        .repeatCount(node, min: min, max: max, greedy: greedy)
                    }
                    repeatStart = start
                } else {
                    i += 1
                    items.append(literal("{"))
                }
            case "\\":
                try parseBackslash(&items)
            default:
                i += 1
                items.append(literal(c))
            }
            lastRepeat = repeatStart
        }
        if items.isEmpty { return .empty }
        return items.count == 1 ? items[0] : .concat(items)
    }

    private func literal(_ c: Unicode.Scalar) -> RE2Node {
        .literal(c.value, fold: flags.foldCase && RE2CaseFolding.orbit(c.value).count > 1)
    }

    private mutating func parseGroupBody() throws -> RE2Node {
        depth += 1
        if depth > RE2Parser.maxNesting { throw RE2Error(code: "expression nests too deeply", expr: whole) }
        let saved = flags
        let body = try parseAlternation()
        guard peek() == ")" else { throw RE2Error(code: "missing closing )", expr: whole) }
        i += 1
        flags = saved
        depth -= 1
        return body
    }

    /// Applies a repetition operator (whose text starts at `start`, and
    /// ends at `i`) to the last item.
    private mutating func applyRepeat(_ items: inout [RE2Node], start: Int, lastRepeat: Int?,
                                      counted: (Int, Int)? = nil,
                                      _ make: (RE2Node, Bool) -> RE2Node) throws {
        var greedy = !flags.nonGreedy
        if peek() == "?" {
            i += 1
            greedy.toggle()
        }
        if let last = lastRepeat {
            throw RE2Error(code: "invalid nested repetition operator", expr: text(last, i))
        }
        guard let sub = items.popLast() else {
            throw RE2Error(code: "missing argument to repetition operator", expr: text(start, i))
        }
        let node = make(sub, greedy)
        if let (min, max) = counted, min >= 2 || max >= 2, !RE2Parser.repeatIsValid(node, RE2Parser.maxRepeat) {
            throw RE2Error(code: "invalid repeat count", expr: text(start, i))
        }
        items.append(node)
    }

    /// Go's `repeatIsValid`: nested counted repetitions may not multiply
    /// beyond `n` copies.
    static func repeatIsValid(_ node: RE2Node, _ inN: Int) -> Bool {
        var n = inN
        switch node {
        case .repeatCount(let sub, let min, let max, _):
            var m = max
            if m == 0 { return true }
            if m < 0 { m = min }
            if m > n { return false }
            if m > 0 { n /= m }
            return repeatIsValid(sub, n)
        case .capture(_, let sub), .star(let sub, _), .plus(let sub, _), .quest(let sub, _):
            return repeatIsValid(sub, n)
        case .concat(let subs), .alternate(let subs):
            return subs.allSatisfy { repeatIsValid($0, n) }
        default:
            return true
        }
    }

    /// `{min}`, `{min,}` (max -1), `{min,max}`; nil when not of that form
    /// (then `{` is a literal). Too-large numbers give min -1. Returns the
    /// index after `}`.
    private func parseRepeatBraces() -> (Int, Int, Int)? {
        var j = i + 1
        func parseInt() -> Int?? {
            guard j < s.count, s[j].value >= 0x30, s[j].value <= 0x39 else { return nil }
            if j + 1 < s.count && s[j] == "0" && s[j + 1].value >= 0x30 && s[j + 1].value <= 0x39 { return nil }
            var n = 0
            var tooBig = false
            while j < s.count, s[j].value >= 0x30, s[j].value <= 0x39 {
                if n >= 100_000_000 { tooBig = true } else { n = n * 10 + Int(s[j].value - 0x30) }
                j += 1
            }
            return .some(tooBig ? -1 : n)
        }
        guard let minParsed = parseInt(), var min = minParsed else { return nil }
        guard j < s.count else { return nil }
        var max: Int
        if s[j] != "," {
            max = min
        } else {
            j += 1
            guard j < s.count else { return nil }
            if s[j] == "}" {
                max = -1
            } else {
                guard let maxParsed = parseInt(), let m = maxParsed else { return nil }
                max = m
                if max < 0 { min = -1 }
            }
        }
        guard j < s.count, s[j] == "}" else { return nil }
        return (min, max, j + 1)
    }

    /// `(?flags)`, `(?flags:…)`, `(?P<name>…)`, `(?<name>…)`. Returns the
    /// group node, or nil when only flags changed.
    private mutating func parsePerlFlags() throws -> RE2Node? {
        let start = i
        let rest = s.count - i
        let startsWithP = rest > 4 && s[i + 2] == "P" && s[i + 3] == "<"
        let startsWithName = rest > 3 && s[i + 2] == "<"
        if startsWithP || startsWithName {
            let exprStart = i + (startsWithP ? 4 : 3)
            guard let end = s[i...].firstIndex(of: ">") else {
                throw RE2Error(code: "invalid named capture", expr: text(start, s.count))
            }
            let name = text(exprStart, end)
            let valid = !name.isEmpty && name.unicodeScalars.allSatisfy {
                $0 == "_" || ($0.value < 0x80 && RE2UnicodeCategory.isWordChar($0.value))
            }
            if !valid { throw RE2Error(code: "invalid named capture", expr: text(start, end + 1)) }
            captureNames.append(name)
            let index = captureNames.count - 1
            i = end + 1
            return .capture(index, try parseGroupBody())
        }
        i += 2
        var newFlags = flags
        var negate = false
        var sawFlag = false
        while i < s.count {
            let c = s[i]
            i += 1
            switch c {
            case "i": set(&newFlags.foldCase, !negate); sawFlag = true
            case "m": set(&newFlags.oneLine, negate); sawFlag = true
            case "s": set(&newFlags.dotNL, !negate); sawFlag = true
            case "U": set(&newFlags.nonGreedy, !negate); sawFlag = true
            case "-":
                if negate { throw RE2Error(code: "invalid or unsupported Perl syntax", expr: text(start, i)) }
                negate = true
                sawFlag = false
            case ":", ")":
                if negate && !sawFlag {
                    throw RE2Error(code: "invalid or unsupported Perl syntax", expr: text(start, i))
                }
                if c == ":" {
                    let outer = flags
                    flags = newFlags
                    let body = try parseGroupBody()
                    flags = outer
                    return body
                }
                flags = newFlags
                return nil
            default:
                throw RE2Error(code: "invalid or unsupported Perl syntax", expr: text(start, i))
            }
        }
        throw RE2Error(code: "invalid or unsupported Perl syntax", expr: text(start, i))
    }

    private func set(_ flag: inout Bool, _ value: Bool) { flag = value }

    private mutating func parseBackslash(_ items: inout [RE2Node]) throws {
        if let c = peek(1) {
            switch c {
            case "A": i += 2; items.append(.assertion(.beginText)); return
            case "b": i += 2; items.append(.assertion(.wordBoundary)); return
            case "B": i += 2; items.append(.assertion(.noWordBoundary)); return
            case "z": i += 2; items.append(.assertion(.endText)); return
            case "C": throw RE2Error(code: "invalid escape sequence", expr: text(i, i + 2))
            case "Q":
                i += 2
                while i < s.count {
                    if s[i] == "\\" && peek(1) == "E" {
                        i += 2
                        return
                    }
                    items.append(literal(s[i]))
                    i += 1
                }
                return
            default: break
            }
        }
        if let item = try parseUnicodeClass() {
            items.append(.charClass(RE2CharClass(items: [item], negated: false, fold: flags.foldCase)))
            return
        }
        if let c = peek(1), let (ranges, negated) = RE2UnicodeCategory.perlGroup(c) {
            i += 2
            let item = RE2CharClass.Item(ranges: ranges, negated: negated, category: nil)
            items.append(.charClass(RE2CharClass(items: [item], negated: false, fold: flags.foldCase)))
            return
        }
        items.append(literal(try parseEscape()))
    }

    /// `\p{Name}`, `\pL`, `\P…`, `\p{^…}` at `i`, or nil when not there.
    private mutating func parseUnicodeClass() throws -> RE2CharClass.Item? {
        guard peek() == "\\", let p = peek(1), p == "p" || p == "P" else { return nil }
        let start = i
        var negated = p == "P"
        var name: String
        var seqEnd: Int
        if i + 2 < s.count && s[i + 2] == "{" {
            guard let end = s[i...].firstIndex(of: "}") else {
                throw RE2Error(code: "invalid character class range", expr: text(start, s.count))
            }
            name = text(i + 3, end)
            seqEnd = end + 1
        } else {
            seqEnd = min(i + 3, s.count)
            name = text(i + 2, seqEnd)
        }
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        guard let category = RE2UnicodeCategory.named(name) else {
            throw RE2Error(code: "invalid character class range", expr: text(start, seqEnd))
        }
        i = seqEnd
        return RE2CharClass.Item(ranges: [], negated: negated, category: category)
    }

    /// An escape that stands for one rune (Go's `parseEscape`), at `i`.
    private mutating func parseEscape() throws -> Unicode.Scalar {
        let start = i
        i += 1
        guard i < s.count else { throw RE2Error(code: "trailing backslash at end of expression", expr: "") }
        let c = s[i]
        i += 1
        func invalid() -> RE2Error { RE2Error(code: "invalid escape sequence", expr: text(start, i)) }
        func isOctal(_ k: Int) -> Bool { k < s.count && s[k].value >= 0x30 && s[k].value <= 0x37 }
        func unhex(_ r: Unicode.Scalar) -> UInt32? {
            switch r.value {
            case 0x30...0x39: return r.value - 0x30
            case 0x61...0x66: return r.value - 0x61 + 10
            case 0x41...0x46: return r.value - 0x41 + 10
            default: return nil
            }
        }
        switch c {
        case "1", "2", "3", "4", "5", "6", "7", "0":
            if c != "0" && !isOctal(i) { throw invalid() }
            var r = c.value - 0x30
            var k = 1
            while k < 3 && isOctal(i) {
                r = r * 8 + s[i].value - 0x30
                i += 1
                k += 1
            }
            return Unicode.Scalar(r) ?? "\u{FFFD}"
        case "x":
            guard i < s.count else { throw invalid() }
            let c1 = s[i]
            i += 1
            if c1 == "{" {
                var r: UInt32 = 0
                var nhex = 0
                while true {
                    guard i < s.count else { throw invalid() }
                    let d = s[i]
                    i += 1
                    if d == "}" { break }
                    guard let v = unhex(d) else { throw invalid() }
                    r = r * 16 + v
                    if r > 0x10FFFF { throw invalid() }
                    nhex += 1
                }
                if nhex == 0 { throw invalid() }
                return Unicode.Scalar(r) ?? "\u{FFFD}"
            }
            let x = unhex(c1)
            let c2: Unicode.Scalar? = i < s.count ? s[i] : nil
            if c2 != nil { i += 1 }
            guard let hi = x, let d = c2, let lo = unhex(d) else { throw invalid() }
            return Unicode.Scalar(hi * 16 + lo) ?? "\u{FFFD}"
        case "a": return "\u{07}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        default:
            if c.value < 0x80 && !RE2UnicodeCategory.isWordChar(c.value) || c == "_" { return c }
            throw invalid()
        }
    }

    /// A bracketed class at `i` (`[`).
    private mutating func parseClass() throws -> RE2Node {
        let classStart = i
        i += 1
        var cls = RE2CharClass(items: [], negated: false, fold: flags.foldCase)
        if peek() == "^" {
            cls.negated = true
            i += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while i >= s.count || s[i] != "]" || first {
            first = false
            if s.count - i > 2 && s[i] == "[" && s[i + 1] == ":" {
                if let close = findColonBracket(from: i + 2) {
                    let name = text(i, close + 2)
                    guard let (r, neg) = RE2UnicodeCategory.posixGroup(name) else {
                        throw RE2Error(code: "invalid character class range", expr: name)
                    }
                    cls.items.append(.init(ranges: r, negated: neg, category: nil))
                    i = close + 2
                    continue
                }
            }
            if let item = try parseUnicodeClass() {
                cls.items.append(item)
                continue
            }
            if peek() == "\\", let c = peek(1), let (r, neg) = RE2UnicodeCategory.perlGroup(c) {
                cls.items.append(.init(ranges: r, negated: neg, category: nil))
                i += 2
                continue
            }
            let rangeStart = i
            let lo = try parseClassChar(classStart)
            var hi = lo
            if s.count - i >= 2 && s[i] == "-" && s[i + 1] != "]" {
                i += 1
                hi = try parseClassChar(classStart)
                if hi.value < lo.value {
                    throw RE2Error(code: "invalid character class range", expr: text(rangeStart, i))
                }
            }
            ranges.append(lo.value...hi.value)
        }
        i += 1
        if !ranges.isEmpty { cls.items.append(.init(ranges: ranges, negated: false, category: nil)) }
        return .charClass(cls)
    }

    private func findColonBracket(from k: Int) -> Int? {
        var j = k
        while j + 1 < s.count {
            if s[j] == ":" && s[j + 1] == "]" { return j }
            j += 1
        }
        return nil
    }

    private mutating func parseClassChar(_ classStart: Int) throws -> Unicode.Scalar {
        guard i < s.count else {
            throw RE2Error(code: "missing closing ]", expr: text(classStart, s.count))
        }
        if s[i] == "\\" { return try parseEscape() }
        let c = s[i]
        i += 1
        return c
    }
}
