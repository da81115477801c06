/// A parsed template: Go's `parse.Tree` after parsing.
final class ParsedTree {
    let name: String
    let root: ListNode
    let source: SourceInfo

    init(name: String, root: ListNode, source: SourceInfo) {
        self.name = name
        self.root = root
        self.source = source
        isEmpty = ParsedTree.isEmpty(root)
    }

    /// Go's `parse.IsEmptyTree` (worked out once, when parsed).
    let isEmpty: Bool
    /// Outputs of earlier runs that `memoOwner` may reuse (see `TemplateMemo`).
    var memoEntries: [TemplateMemo.Entry] = []
    var memoOwner: TemplateMemo?

    static func isEmpty(_ n: Node) -> Bool {
        switch n.kind {
        case .comment: return true
        case .list:
            for c in unsafeDowncast(n, to: ListNode.self).nodes where !isEmpty(c) { return false }
            return true
        case .text:
            // `len(bytes.TrimSpace(text)) == 0`
            return unsafeDowncast(n, to: TextNode.self).text.unicodeScalars.allSatisfy(GoWhitespace.isSpace)
        default:
            return false
        }
    }
}

/// A parse error: Go's message without the `template: NAME:LINE: ` prefix.
struct ParseFailure: Error {
    let message: String
}

/// Shared lexer state for the trees parsed from one text (`define` and
/// `block` bodies read from the same lexer as their parent).
final class TokenSource {
    var lexer: Lexer
    init(_ lexer: Lexer) { self.lexer = lexer }
}

/// Go's recursive-descent template parser (`text/template/parse/parse.go`).
final class TreeParser {
    /// Go's `maxStackDepth` for nested parenthesised pipelines.
    static let maxStackDepth = 10_000
    /// Go's `maxPipelineCmds`.
    static let maxPipelineCmds = 100_000

    private(set) var name: String
    let parseName: String
    let source: SourceInfo
    private let tokens: TokenSource
    private let functions: FunctionTable
    /// Trees defined so far in this parse (Go's `treeSet`), in definition order.
    private let treeSet: TreeSet
    /// Go's three-token lookahead buffer (`token[0]`, `token[1]`, `token[2]`).
    private var token0 = Token(kind: .eof, pos: 0, end: 0, line: 0)
    private var token1 = Token(kind: .eof, pos: 0, end: 0, line: 0)
    private var token2 = Token(kind: .eof, pos: 0, end: 0, line: 0)
    private var peekCount = 0
    private var vars: [String] = ["$"]
    private var actionLine = 0
    private var rangeDepth = 0
    private var stackDepth = 0
    private(set) var root: ListNode?

    final class TreeSet {
        var trees: [String: ParsedTree] = [:]
        var order: [String] = []
    }

    init(name: String, parseName: String, source: SourceInfo, tokens: TokenSource,
         functions: FunctionTable, treeSet: TreeSet) {
        self.name = name
        self.parseName = parseName
        self.source = source
        self.tokens = tokens
        self.functions = functions
        self.treeSet = treeSet
    }

    /// Go's `parse.Parse(name, text, …)`: the trees of `text`, the top-level
    /// one named `name`. Throws `TemplateError` with Go's message.
    static func parse(name: String, source bytes: [UInt8], functions: FunctionTable) throws -> TreeSet {
        let source = SourceInfo(parseName: name, bytes: bytes)
        let set = TreeSet()
        let p = TreeParser(name: name, parseName: name, source: source, tokens: TokenSource(Lexer(bytes)),
                           functions: functions, treeSet: set)
        try p.parseTopLevel()
        try p.add()
        return set
    }

    // MARK: - Token buffer

    private func next() -> Token {
        if peekCount > 0 {
            peekCount -= 1
        } else {
            token0 = tokens.lexer.nextToken()
        }
        return buffered(peekCount)
    }

    private func backup() { peekCount += 1 }

    @inline(__always)
    private func buffered(_ i: Int) -> Token {
        switch i {
        case 0: return token0
        case 1: return token1
        default: return token2
        }
    }

    private func backup2(_ t1: Token) {
        token1 = t1
        peekCount = 2
    }

    private func backup3(_ t2: Token, _ t1: Token) {
        token1 = t1
        token2 = t2
        peekCount = 3
    }

    private func peek() -> Token {
        if peekCount > 0 { return buffered(peekCount - 1) }
        peekCount = 1
        token0 = tokens.lexer.nextToken()
        return token0
    }

    private func nextNonSpace() -> Token {
        var t: Token
        repeat { t = next() } while t.kind == .space
        return t
    }

    private func peekNonSpace() -> Token {
        let t = nextNonSpace()
        backup()
        return t
    }

    // MARK: - Errors

    private func errorf(_ message: String) -> TemplateError {
        let line = token0.line
        return TemplateError(kind: .parse, message: "template: \(parseName):\(line): \(message)",
                             templateName: parseName, line: line)
    }

    private func expect(_ kind: TokenKind, _ context: String) throws -> Token {
        let t = nextNonSpace()
        if t.kind != kind { throw unexpected(t, context) }
        return t
    }

    private func expectOneOf(_ k1: TokenKind, _ k2: TokenKind, _ context: String) throws -> Token {
        let t = nextNonSpace()
        if t.kind != k1 && t.kind != k2 { throw unexpected(t, context) }
        return t
    }

    private func unexpected(_ t: Token, _ context: String) -> TemplateError {
        if t.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != t.line {
                extra = " in action started at \(parseName):\(actionLine)"
                if text(t).hasSuffix(" action") {
                    extra = String(extra.dropFirst(" in action".count))
                }
            }
            return errorf(describe(t) + extra)
        }
        return errorf("unexpected \(describe(t)) in \(context)")
    }

    /// A token's text (an error token's message).
    private func text(_ t: Token) -> String {
        if t.kind == .error { return tokens.lexer.errorMessage }
        // Read from the source directly: going through the lexer would copy it.
        return GoBytes.string(source.bytes[t.pos..<t.end])
    }

    /// Go's `item.String()`, used in parse error messages.
    private func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "EOF"
        case .error: return text(t)
        default:
            let value = text(t)
            if t.kind > .keyword { return "<\(value)>" }
            if value.unicodeScalars.count > 10 {
                return GoStrconv.quote(String(String.UnicodeScalarView(value.unicodeScalars.prefix(10)))) + "..."
            }
            return GoStrconv.quote(value)
        }
    }

    // MARK: - Trees

    /// Go's `Tree.add`.
    func add() throws {
        guard let root = root else { return }
        let tree = ParsedTree(name: name, root: root, source: source)
        if let existing = treeSet.trees[name], !existing.isEmpty {
            if !tree.isEmpty {
                throw errorf("template: multiple definition of template \(GoStrconv.quote(name))")
            }
            return
        }
        if treeSet.trees[name] == nil { treeSet.order.append(name) }
        treeSet.trees[name] = tree
    }

    private func parseTopLevel() throws {
        let list = ListNode(pos: peek().pos, source: source)
        root = list
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delim = next()
                if nextNonSpace().kind == .define {
                    let sub = TreeParser(name: "definition", parseName: parseName, source: source, tokens: tokens,
                                         functions: functions, treeSet: treeSet)
                    try sub.parseDefinition()
                    continue
                }
                backup2(delim)
            }
            let n = try textOrAction()
            if n.kind == .end || n.kind == .elseNode {
                throw errorf("unexpected \(n.goString)")
            }
            list.nodes.append(n)
        }
    }

    private func parseDefinition() throws {
        let context = "define clause"
        let nameToken = try expectOneOf(.string, .rawString, context)
        do {
            name = try GoUnquote.unquote(text(nameToken))
        } catch {
            throw errorf("invalid syntax")
        }
        _ = try expect(.rightDelim, context)
        let (list, end) = try itemList()
        root = list
        if end.kind != .end {
            throw errorf("unexpected \(end.goString) in \(context)")
        }
        try add()
    }

    private func itemList() throws -> (ListNode, Node) {
        let list = ListNode(pos: peekNonSpace().pos, source: source)
        while peekNonSpace().kind != .eof {
            let n = try textOrAction()
            if n.kind == .end || n.kind == .elseNode { return (list, n) }
            list.nodes.append(n)
        }
        throw errorf("unexpected EOF")
    }

    private func textOrAction() throws -> Node {
        let t = nextNonSpace()
        switch t.kind {
        case .text:
            return TextNode(pos: t.pos, text: text(t), source: source)
        case .leftDelim:
            actionLine = t.line
            defer { actionLine = 0 }
            return try action()
        case .comment:
            return CommentNode(pos: t.pos, text: text(t), source: source)
        default:
            throw unexpected(t, "input")
        }
    }

    private func action() throws -> Node {
        let t = nextNonSpace()
        switch t.kind {
        case .block: return try blockControl()
        case .breakKeyword: return try breakOrContinue(t, .breakNode, "{{break}}")
        case .continueKeyword: return try breakOrContinue(t, .continueNode, "{{continue}}")
        case .elseKeyword: return try elseControl()
        case .end: return KeywordNode(.end, pos: try expect(.rightDelim, "end").pos, line: t.line, source: source)
        case .ifKeyword: return try branchControl(.ifNode, "if")
        case .range: return try branchControl(.range, "range")
        case .template: return try templateControl()
        case .with: return try branchControl(.with, "with")
        default: break
        }
        backup()
        let first = peek()
        return ActionNode(pos: first.pos, line: first.line, pipe: try pipeline("command", end: .rightDelim), source: source)
    }

    private func breakOrContinue(_ t: Token, _ kind: NodeKind, _ word: String) throws -> Node {
        let n = nextNonSpace()
        if n.kind != .rightDelim { throw unexpected(n, word) }
        if rangeDepth == 0 { throw errorf("\(word) outside {{range}}") }
        return KeywordNode(kind, pos: t.pos, line: t.line, source: source)
    }

    private func pipeline(_ context: String, end: TokenKind) throws -> PipeNode {
        let first = peekNonSpace()
        let pipe = PipeNode(pos: first.pos, line: first.line, source: source)
        decls: while true {
            let v = peekNonSpace()
            guard v.kind == .variable else { break }
            _ = next()
            let tokenAfterVariable = peek()
            let nxt = peekNonSpace()
            if nxt.kind == .assign || nxt.kind == .declare {
                pipe.isAssign = nxt.kind == .assign
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: splitDotted(v), source: source))
                vars.append(text(v))
            } else if nxt.kind == .char && nxt.end == nxt.pos + 1 && source.bytes[nxt.pos] == 0x2C {
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: splitDotted(v), source: source))
                vars.append(text(v))
                if context == "range" && pipe.decl.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen:
                        continue decls
                    default:
                        throw errorf("range can only initialize variables")
                    }
                }
                throw errorf("too many declarations in \(context)")
            } else if tokenAfterVariable.kind == .space {
                backup3(v, tokenAfterVariable)
            } else {
                backup2(v)
            }
            break
        }
        while true {
            let t = nextNonSpace()
            switch t.kind {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword,
                 .rawString, .string, .variable, .leftParen:
                backup()
                pipe.cmds.append(try command())
                if pipe.cmds.count > TreeParser.maxPipelineCmds { throw errorf("pipeline too long") }
            default:
                throw unexpected(t, context)
            }
        }
    }

    private func checkPipeline(_ pipe: PipeNode, _ context: String) throws {
        if pipe.cmds.isEmpty { throw errorf("missing value for \(context)") }
        for (i, c) in pipe.cmds.enumerated() where i > 0 {
            switch c.args[0].kind {
            case .bool, .dot, .nilNode, .number, .string:
                throw errorf("non executable command in pipeline stage \(i + 1)")
            default:
                break
            }
        }
    }

    private func branchControl(_ kind: NodeKind, _ context: String) throws -> Node {
        let mark = vars.count
        defer { vars.removeSubrange(mark...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        let (list, firstEnd) = try itemList()
        var nextNode = firstEnd
        if context == "range" { rangeDepth -= 1 }
        var elseList: ListNode?
        if nextNode.kind == .elseNode {
            if context == "if" && peek().kind == .ifKeyword {
                _ = next()
                let l = ListNode(pos: nextNode.pos, source: source)
                l.nodes.append(try branchControl(.ifNode, "if"))
                elseList = l
            } else if context == "with" && peek().kind == .with {
                _ = next()
                let l = ListNode(pos: nextNode.pos, source: source)
                l.nodes.append(try branchControl(.with, "with"))
                elseList = l
            } else {
                let (l, n) = try itemList()
                nextNode = n
                if n.kind != .end { throw errorf("expected end; found \(n.goString)") }
                elseList = l
            }
        }
        return BranchNode(kind, pos: pipe.pos, line: pipe.line, pipe: pipe, list: list, elseList: elseList, source: source)
    }

    private func elseControl() throws -> Node {
        let p = peekNonSpace()
        if p.kind == .ifKeyword || p.kind == .with {
            return KeywordNode(.elseNode, pos: p.pos, line: p.line, source: source)
        }
        let t = try expect(.rightDelim, "else")
        return KeywordNode(.elseNode, pos: t.pos, line: t.line, source: source)
    }

    private func blockControl() throws -> Node {
        let context = "block clause"
        let t = nextNonSpace()
        let name = try parseTemplateName(t, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let block = TreeParser(name: name, parseName: parseName, source: source, tokens: tokens,
                               functions: functions, treeSet: treeSet)
        let (list, end) = try block.itemList()
        block.root = list
        if end.kind != .end { throw errorf("unexpected \(end.goString) in \(context)") }
        try block.add()
        return TemplateNode(pos: t.pos, line: t.line, name: name, pipe: pipe, source: source)
    }

    private func templateControl() throws -> Node {
        let context = "template clause"
        let t = nextNonSpace()
        let name = try parseTemplateName(t, context)
        var pipe: PipeNode?
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return TemplateNode(pos: t.pos, line: t.line, name: name, pipe: pipe, source: source)
    }

    private func parseTemplateName(_ t: Token, _ context: String) throws -> String {
        switch t.kind {
        case .string, .rawString:
            do {
                return try GoUnquote.unquote(text(t))
            } catch {
                throw errorf("invalid syntax")
            }
        default:
            throw unexpected(t, context)
        }
    }

    private func command() throws -> CommandNode {
        let cmd = CommandNode(pos: peekNonSpace().pos, source: source)
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { cmd.args.append(operand) }
            let t = next()
            switch t.kind {
            case .space:
                continue
            case .rightDelim, .rightParen:
                backup()
            case .pipe:
                break
            default:
                throw unexpected(t, "operand")
            }
            break
        }
        if cmd.args.isEmpty { throw errorf("empty command") }
        return cmd
    }

    private func operand() throws -> Node? {
        guard let node = try term() else { return nil }
        if peek().kind == .field {
            let chain = ChainNode(pos: peek().pos, node: node, source: source)
            while peek().kind == .field {
                let f = next()
                chain.fields.append(String(decoding: source.bytes[(f.pos + 1)..<f.end], as: UTF8.self))
            }
            switch node.kind {
            case .field:
                guard let f = node as? FieldNode else { return chain }
                return FieldNode(pos: chain.pos, ident: f.ident + chain.fields, source: source)
            case .variable:
                guard let v = node as? VariableNode else { return chain }
                return VariableNode(pos: chain.pos, ident: v.ident + chain.fields, source: source)
            case .bool, .string, .number, .nilNode, .dot:
                throw errorf("unexpected . after term \(GoStrconv.quote(node.goString))")
            default:
                return chain
            }
        }
        return node
    }

    private func term() throws -> Node? {
        let t = nextNonSpace()
        switch t.kind {
        case .identifier:
            let name = text(t)
            guard let resolved = functions.resolved(name) else {
                throw errorf("function \(GoStrconv.quote(name)) not defined")
            }
            return IdentifierNode(pos: t.pos, ident: name, resolved: resolved, source: source)
        case .dot:
            return DotNode(pos: t.pos, source: source)
        case .nilKeyword:
            return NilNode(pos: t.pos, source: source)
        case .variable:
            let v = VariableNode(pos: t.pos, ident: splitDotted(t), source: source)
            if !vars.contains(v.ident[0]) {
                throw errorf("undefined variable \(GoStrconv.quote(v.ident[0]))")
            }
            return v
        case .field:
            return FieldNode(pos: t.pos, ident: splitDotted(t).filter { !$0.isEmpty }, source: source)
        case .bool:
            return BoolNode(pos: t.pos, value: source.bytes[t.pos] == 0x74, source: source)
        case .charConstant, .complex, .number:
            let n = NumberNode(pos: t.pos, text: text(t), source: source)
            do {
                try NumberLiteral.make(n, kind: t.kind)
            } catch let f as NumberLiteral.Failure {
                throw errorf(f.message)
            }
            return n
        case .leftParen:
            if stackDepth >= TreeParser.maxStackDepth { throw errorf("max expression depth exceeded") }
            stackDepth += 1
            defer { stackDepth -= 1 }
            return try pipeline("parenthesized pipeline", end: .rightParen)
        case .string, .rawString:
            do {
                let quoted = text(t)
                let s = try GoUnquote.unquote(quoted)
                return StringNode(pos: t.pos, quoted: quoted, text: s, source: source)
            } catch {
                throw errorf("invalid syntax")
            }
        default:
            backup()
            return nil
        }
    }

    /// The dot-separated parts of a variable or field token's text.
    private func splitDotted(_ t: Token) -> [String] {
        var parts: [String] = []
        let bytes = source.bytes
        var start = t.pos
        var i = t.pos
        while i < t.end {
            if bytes[i] == 0x2E {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = i + 1
            }
            i += 1
        }
        parts.append(String(decoding: bytes[start..<t.end], as: UTF8.self))
        return parts
    }
}
