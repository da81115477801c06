import Testing
@testable import TemplateEngine

@Suite struct EngineLexerTests {
    private func tokens(_ text: String) -> [(TokenKind, String)] {
        var lexer = Lexer(Array(text.utf8))
        var out: [(TokenKind, String)] = []
        while true {
            let t = lexer.nextToken()
            out.append((t.kind, lexer.text(of: t)))
            if t.kind == .eof || t.kind == .error { break }
        }
        return out
    }

    @Test func actionTokens() {
        let t = tokens("a {{- .x.y | printf \"%d\" 3 -}} b")
        #expect(t.map(\.0) == [.text, .leftDelim, .field, .field, .space, .pipe, .space, .identifier, .space,
                               .string, .space, .number, .rightDelim, .text, .eof])
        #expect(t[0].1 == "a")
        #expect(t[13].1 == "b")
    }

    @Test func trimMarkerNeedsSpace() {
        #expect(tokens("{{-3}}").map(\.1) == ["{{", "-3", "}}", ""])
        #expect(tokens("{{3 -}}").map(\.0) == [.leftDelim, .number, .rightDelim, .eof])
    }

    @Test func commentsVanish() {
        #expect(tokens("a {{- /* c */ -}} b").map(\.1) == ["a", "b", ""])
    }

    @Test(arguments: [
        ("{{ 1_000 }}", "1_000"), ("{{ 0x1p4 }}", "0x1p4"), ("{{ 0o17 }}", "0o17"), ("{{ 1+2i }}", "1+2i"),
        ("{{ 'a' }}", "'a'"), ("{{ `r` }}", "`r`"), ("{{ \"s\\n\" }}", "\"s\\n\""),
    ])
    func literalTokens(_ text: String, _ literal: String) {
        #expect(tokens(text).contains { $0.1 == literal })
    }

    @Test(arguments: [
        ("{{ \"abc }}", "unterminated quoted string"), ("{{ 'a }}", "unterminated character constant"),
        ("{{ `a", "unterminated raw quoted string"), ("{{ 1", "unclosed action"), ("{{ (1 }}", "unclosed left paren"),
        ("{{ a#b }}", "bad character U+0023 '#'"), ("{{ 1x }}", "bad number syntax: \"1x\""),
        ("{{/* x", "unclosed comment"), ("{{/* x */ }}", "comment ends before closing delimiter"),
    ])
    func lexErrors(_ text: String, _ message: String) {
        #expect(tokens(text).last?.1 == message)
    }

    /// Finding `{{` in text (a jump to each `{`) and `}}`, `/*` at the
    /// edges of the input, next to lone braces and multi-byte text.
    @Test(arguments: [
        ("{", ["{", ""]), ("a{", ["a{", ""]), ("a{{", ["a", "{{", "unclosed action"]),
        ("{a{{.}}b}", ["{a", "{{", ".", "}}", "b}", ""]), ("é{{.}}", ["é", "{{", ".", "}}", ""]),
        ("{{.}}}", ["{{", ".", "}}", "}", ""]), ("{{/**/}}x", ["x", ""]), ("{{- /**/ -}} y", ["y", ""]),
        ("a {{- . -}}", ["a", "{{", ".", "}}", ""]), ("{{.}", ["{{", ".", "}", "unclosed action"]),
    ])
    func delimitersAtEdges(_ text: String, _ expected: [String]) {
        #expect(tokens(text).filter { $0.0 != .space }.map(\.1) == expected)
    }

    /// The line of each token that is not a space.
    private func lines(_ text: String) -> [Int] {
        var lexer = Lexer(Array(text.utf8))
        var lines: [Int] = []
        while true {
            let t = lexer.nextToken()
            if t.kind == .eof { break }
            if t.kind != .space { lines.append(t.line) }
        }
        return lines
    }

    @Test func lineNumbers() {
        #expect(lines("a\nb\n{{ 1\n }}") == [1, 3, 3, 4])
        #expect(lines("a\n\n{{- 1 -}}\n\nb\n{{ 2 }}") == [1, 3, 3, 3, 5, 6, 6, 6])
    }
}
