/// A compiled Go regular expression with the `regexp` methods Sprig uses:
/// `MatchString`, `FindString`, `FindAllString`, `ReplaceAllString`
/// (with `$name` expansion), `ReplaceAllLiteralString`, `Split`.
/// Offsets are rune offsets; every match boundary is a rune boundary, so
/// they select the same text as Go's byte offsets.
final class GoRegexp {
    let matcher: RE2Matcher
    /// Capture group names by index (index 0 is the whole match).
    let names: [String?]
    let isEmptyPattern: Bool

    private init(matcher: RE2Matcher, names: [String?], isEmptyPattern: Bool) {
        self.matcher = matcher
        self.names = names
        self.isEmptyPattern = isEmptyPattern
    }

    /// `regexp.Compile`: the regexp, or Go's error text.
    static func compile(_ pattern: String) -> Result<GoRegexp, FunctionError> {
        RegexpCache.shared.lookup(pattern) {
            var parser = RE2Parser(pattern)
            do {
                let node = try parser.parse()
                let program = try RE2Program.compile(node, groups: parser.captureNames.count - 1)
                return .success(GoRegexp(matcher: RE2Matcher(program: program), names: parser.captureNames,
                                         isEmptyPattern: pattern.isEmpty))
            } catch let e as RE2Error {
                return .failure(FunctionError(e.message))
            } catch {
                return .failure(FunctionError(RE2Error(code: "expression too large", expr: pattern).message))
            }
        }
    }

    /// `regexp.MustCompile`'s panic text for a pattern that fails.
    static func mustCompileMessage(_ pattern: String, _ error: FunctionError) -> String {
        "regexp: Compile(" + quote(pattern) + "): " + error.message
    }

    /// Go's `regexp.quote`: backquoted when `strconv.CanBackquote`, else `strconv.Quote`.
    static func quote(_ s: String) -> String {
        GoQuote.canBackquote(Array(s.utf8)) ? "`" + s + "`" : GoStrconv.quote(s)
    }

    static func runes(_ s: String) -> [UInt32] { s.unicodeScalars.map { $0.value } }

    /// What the matcher reads of `runes` (of `s`): Go's regexp decodes a
    /// byte that is not UTF-8 (kept as its `GoBytes` scalar) as U+FFFD;
    /// matched text is still cut from `runes`, so such bytes survive.
    static func matchView(_ runes: [UInt32], of s: String) -> [UInt32] {
        guard GoBytes.hasEscapes(s) else { return runes }
        return runes.map { GoBytes.isEscape($0) ? UTF8Runes.runeError : $0 }
    }

    static func string(_ runes: ArraySlice<UInt32>) -> String {
        var v = String.UnicodeScalarView()
        for r in runes { v.append(Unicode.Scalar(r) ?? "\u{FFFD}") }
        return String(v)
    }

    func matches(_ s: String) -> Bool {
        let input = GoRegexp.runes(s)
        return matcher.match(GoRegexp.matchView(input, of: s), from: 0) != nil
    }

    func find(_ s: String) -> String {
        let input = GoRegexp.runes(s)
        guard let m = matcher.match(GoRegexp.matchView(input, of: s), from: 0) else { return "" }
        return GoRegexp.string(input[m[0]..<m[1]])
    }

    /// Go's `allMatches`: successive matches; an empty match right after
    /// the previous match is skipped. `n < 0` means all.
    func allMatches(_ input: [UInt32], _ inN: Int) -> [[Int]] {
        var n = inN
        if n < 0 { n = input.count + 1 }
        var out: [[Int]] = []
        var pos = 0
        var prevMatchEnd = -1
        while out.count < n && pos <= input.count {
            guard let m = matcher.match(input, from: pos) else { break }
            var accept = true
            if m[1] == pos {
                if m[0] == prevMatchEnd { accept = false }
                pos += 1
            } else {
                pos = m[1]
            }
            prevMatchEnd = m[1]
            if accept { out.append(m) }
        }
        return out
    }

    func findAll(_ s: String, _ n: Int) -> [String] {
        let input = GoRegexp.runes(s)
        return allMatches(GoRegexp.matchView(input, of: s), n).map { GoRegexp.string(input[$0[0]..<$0[1]]) }
    }

    /// Go's `replaceAll`: text between matches copied, `repl` called for
    /// each match except an empty one right after the previous match.
    func replaceAll(_ s: String, _ repl: ([UInt32], [Int], inout [UInt32]) -> Void) -> String {
        let input = GoRegexp.runes(s)
        let scanned = GoRegexp.matchView(input, of: s)
        var out: [UInt32] = []
        var lastMatchEnd = 0
        var searchPos = 0
        while searchPos <= input.count {
            guard let a = matcher.match(scanned, from: searchPos) else { break }
            out.append(contentsOf: input[lastMatchEnd..<a[0]])
            if a[1] > lastMatchEnd || a[0] == 0 { repl(input, a, &out) }
            lastMatchEnd = a[1]
            if searchPos + 1 > a[1] {
                searchPos += 1
            } else {
                searchPos = a[1]
            }
        }
        out.append(contentsOf: input[lastMatchEnd...])
        return GoRegexp.string(out[...])
    }

    func replaceAllLiteral(_ s: String, _ literal: String) -> String {
        let lit = GoRegexp.runes(literal)
        return replaceAll(s) { _, _, out in out.append(contentsOf: lit) }
    }

    func replaceAllExpand(_ s: String, _ template: String) -> String {
        let tmpl = GoRegexp.runes(template)
        return replaceAll(s) { input, m, out in expand(tmpl, input, m, &out) }
    }

    /// Go's `expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`; a name is the
    /// longest run of letters, digits and `_`.
    private func expand(_ template: [UInt32], _ input: [UInt32], _ m: [Int], _ out: inout [UInt32]) {
        var t = template[...]
        while let dollar = t.firstIndex(of: 0x24) {
            out.append(contentsOf: t[t.startIndex..<dollar])
            t = t[(dollar + 1)...]
            if t.first == 0x24 {
                out.append(0x24)
                t = t.dropFirst()
                continue
            }
            guard let (name, num, rest) = GoRegexp.extract(t) else {
                out.append(0x24)
                continue
            }
            t = rest
            if num >= 0 {
                if 2 * num + 1 < m.count && m[2 * num] >= 0 && m[2 * num + 1] >= m[2 * num] {
                    out.append(contentsOf: input[m[2 * num]..<m[2 * num + 1]])
                }
            } else {
                for (i, n) in names.enumerated() where n == name && 2 * i + 1 < m.count && m[2 * i] >= 0 && m[2 * i + 1] >= m[2 * i] {
                    out.append(contentsOf: input[m[2 * i]..<m[2 * i + 1]])
                    break
                }
            }
        }
        out.append(contentsOf: t)
    }

    private static func extract(_ str: ArraySlice<UInt32>) -> (String, Int, ArraySlice<UInt32>)? {
        var s = str
        if s.isEmpty { return nil }
        var brace = false
        if s.first == 0x7B {
            brace = true
            s = s.dropFirst()
        }
        var i = s.startIndex
        while i < s.endIndex {
            guard let r = Unicode.Scalar(s[i]) else { break }
            if !GoUnicode.isLetter(r) && !GoUnicode.isDigit(r) && r != "_" { break }
            i += 1
        }
        if i == s.startIndex { return nil }
        let nameRunes = s[s.startIndex..<i]
        let name = string(nameRunes)
        if brace {
            if i >= s.endIndex || s[i] != 0x7D { return nil }
            i += 1
        }
        var num = 0
        for r in nameRunes {
            if r < 0x30 || r > 0x39 || num >= 100_000_000 { num = -1; break }
            num = num * 10 + Int(r - 0x30)
        }
        if nameRunes.first == 0x30 && nameRunes.count > 1 { num = -1 }
        return (name, num, s[i...])
    }

    /// `Split(s, n)`.
    func split(_ s: String, _ n: Int) -> [String] {
        if n == 0 { return [] }
        if !isEmptyPattern && s.isEmpty { return [""] }
        let input = GoRegexp.runes(s)
        let matches = allMatches(GoRegexp.matchView(input, of: s), n)
        var out: [String] = []
        var beg = 0
        var end = 0
        for m in matches {
            if n > 0 && out.count == n - 1 { break }
            end = m[0]
            if m[1] != 0 { out.append(GoRegexp.string(input[beg..<end])) }
            beg = m[1]
        }
        if end != input.count { out.append(GoRegexp.string(input[beg...])) }
        return out
    }

    /// `regexp.QuoteMeta`.
    static func quoteMeta(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for r in s.unicodeScalars {
            if "\\.+*?()|[]{}^$".unicodeScalars.contains(r) { out.append("\\") }
            out.append(r)
        }
        return String(out)
    }
}
