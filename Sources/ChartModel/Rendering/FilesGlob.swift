/// The glob syntax of `.Files.Glob` (github.com/gobwas/glob with `/` as the
/// separator): `*` any run without `/`, `**` any run, `?` one character but
/// `/`, `[abc]` `[a-z]` `[!x]` classes, `{a,b}` alternatives, `\` escapes.
/// A pattern that does not compile matches everything, as Helm falls back to `**`.
struct FilesGlob {
    indirect enum Node {
        case literal(Unicode.Scalar)
        case any            // ?
        case star           // *
        case superStar      // **
        case charClass([(Unicode.Scalar, Unicode.Scalar)], negated: Bool)
        case alternatives([[Node]])
    }

    let nodes: [Node]?

    init(_ pattern: String) {
        var scalars = Array(pattern.unicodeScalars)[...]
        nodes = FilesGlob.parse(&scalars, inAlternative: false)
    }

    func matches(_ name: String) -> Bool {
        guard let nodes else { return true }
        return FilesGlob.match(nodes[...], Array(name.unicodeScalars)[...])
    }

    /// Parses up to the end (or, inside `{}`, up to `,` or `}`); nil on a syntax error.
    static func parse(_ s: inout ArraySlice<Unicode.Scalar>, inAlternative: Bool) -> [Node]? {
        var out: [Node] = []
        while let c = s.first {
            if inAlternative && (c == "," || c == "}") { return out }
            s = s.dropFirst()
            switch c {
            case "\\":
                guard let e = s.first else { return nil }
                s = s.dropFirst()
                out.append(.literal(e))
            case "?":
                out.append(.any)
            case "*":
                if s.first == "*" {
                    s = s.dropFirst()
                    out.append(.superStar)
                } else {
                    out.append(.star)
                }
            case "[":
                var negated = false
                if s.first == "!" {
                    negated = true
                    s = s.dropFirst()
                }
                var ranges: [(Unicode.Scalar, Unicode.Scalar)] = []
                var closed = false
                while let r = s.first {
                    s = s.dropFirst()
                    if r == "]" { closed = true; break }
                    var lo = r
                    if lo == "\\" {
                        guard let e = s.first else { return nil }
                        s = s.dropFirst()
                        lo = e
                    }
                    if s.first == "-", s.count >= 2, let hi = s.dropFirst().first, hi != "]" {
                        s = s.dropFirst(2)
                        ranges.append((lo, hi))
                    } else {
                        ranges.append((lo, lo))
                    }
                }
                if !closed || ranges.isEmpty { return nil }
                out.append(.charClass(ranges, negated: negated))
            case "{":
                var alternatives: [[Node]] = []
                while true {
                    guard let alt = parse(&s, inAlternative: true) else { return nil }
                    alternatives.append(alt)
                    guard let sep = s.first else { return nil }
                    s = s.dropFirst()
                    if sep == "}" { break }
                }
                out.append(.alternatives(alternatives))
            default:
                out.append(.literal(c))
            }
        }
        return inAlternative ? nil : out
    }

    static func match(_ p: ArraySlice<Node>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let node = p.first else { return s.isEmpty }
        let rest = p.dropFirst()
        switch node {
        case .literal(let c):
            guard s.first == c else { return false }
            return match(rest, s.dropFirst())
        case .any:
            guard let c = s.first, c != "/" else { return false }
            return match(rest, s.dropFirst())
        case .star, .superStar:
            let crossesSeparator: Bool
            if case .superStar = node { crossesSeparator = true } else { crossesSeparator = false }
            var t = s
            while true {
                if match(rest, t) { return true }
                guard let c = t.first else { return false }
                if c == "/" && !crossesSeparator { return false }
                t = t.dropFirst()
            }
        case .charClass(let ranges, let negated):
            guard let c = s.first else { return false }
            let inClass = ranges.contains { $0.0 <= c && c <= $0.1 }
            guard inClass != negated else { return false }
            return match(rest, s.dropFirst())
        case .alternatives(let alternatives):
            for alt in alternatives where match(ArraySlice(alt + Array(rest)), s) { return true }
            return false
        }
    }
}
