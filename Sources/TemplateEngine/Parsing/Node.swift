/// The source a tree was parsed from: the name used in messages (Go's
/// `ParseName`) and the text, for turning byte positions into line:column.
final class SourceInfo {
    let parseName: String
    let bytes: [UInt8]

    init(parseName: String, bytes: [UInt8]) {
        self.parseName = parseName
        self.bytes = bytes
    }

    /// Go's `ErrorContext` location: 1-based line, 0-based byte column.
    func location(of pos: Int) -> (line: Int, column: Int) {
        let end = min(max(pos, 0), bytes.count)
        var line = 1
        var lastNewline = -1
        var i = 0
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                lastNewline = i
            }
            i += 1
        }
        return (line, lastNewline < 0 ? end : end - (lastNewline + 1))
    }
}

enum NodeKind: UInt8 {
    case text, action, list, ifNode, range, with, template, breakNode, continueNode, comment
    case pipe, command, field, chain, identifier, variable, dot, nilNode, bool, number, string
    case end, elseNode
}

/// A node of a parsed template (Go's `parse.Node`). Subclasses are final;
/// the executor switches on `kind`.
class Node {
    let kind: NodeKind
    let pos: Int
    let source: SourceInfo

    init(_ kind: NodeKind, pos: Int, source: SourceInfo) {
        self.kind = kind
        self.pos = pos
        self.source = source
    }

    /// Go's `node.String()`.
    var goString: String {
        var s = ""
        write(to: &s)
        return s
    }

    func write(to s: inout String) {}
}

final class TextNode: Node {
    let text: String
    init(pos: Int, text: String, source: SourceInfo) {
        self.text = text
        super.init(.text, pos: pos, source: source)
    }
    override func write(to s: inout String) { s += text }
}

final class CommentNode: Node {
    let text: String
    init(pos: Int, text: String, source: SourceInfo) {
        self.text = text
        super.init(.comment, pos: pos, source: source)
    }
    override func write(to s: inout String) { s += "{{" + text + "}}" }
}

final class ListNode: Node {
    var nodes: [Node] = []
    init(pos: Int, source: SourceInfo) { super.init(.list, pos: pos, source: source) }
    override func write(to s: inout String) {
        for n in nodes { n.write(to: &s) }
    }
}

final class ActionNode: Node {
    let line: Int
    let pipe: PipeNode
    init(pos: Int, line: Int, pipe: PipeNode, source: SourceInfo) {
        self.line = line
        self.pipe = pipe
        super.init(.action, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        s += "{{"
        pipe.write(to: &s)
        s += "}}"
    }
}

final class PipeNode: Node {
    let line: Int
    var isAssign = false
    var decl: [VariableNode] = []
    var cmds: [CommandNode] = []
    init(pos: Int, line: Int, source: SourceInfo) {
        self.line = line
        super.init(.pipe, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        if !decl.isEmpty {
            for (i, v) in decl.enumerated() {
                if i > 0 { s += ", " }
                v.write(to: &s)
            }
            s += isAssign ? " = " : " := "
        }
        for (i, c) in cmds.enumerated() {
            if i > 0 { s += " | " }
            c.write(to: &s)
        }
    }
}

final class CommandNode: Node {
    var args: [Node] = []
    init(pos: Int, source: SourceInfo) { super.init(.command, pos: pos, source: source) }
    override func write(to s: inout String) {
        for (i, a) in args.enumerated() {
            if i > 0 { s += " " }
            if a.kind == .pipe {
                s += "("
                a.write(to: &s)
                s += ")"
            } else {
                a.write(to: &s)
            }
        }
    }
}

/// A function name, resolved to its entry at parse time.
final class IdentifierNode: Node {
    let ident: String
    let function: TemplateFunction?
    let builtin: BuiltinKind?
    /// The parameter list, computed once.
    let signature: Signature?
    init(pos: Int, ident: String, resolved: ResolvedFunction, source: SourceInfo) {
        self.ident = ident
        self.function = resolved.function
        self.builtin = resolved.builtin
        self.signature = resolved.signature
        super.init(.identifier, pos: pos, source: source)
    }
    override func write(to s: inout String) { s += ident }
}

/// `$x.a.b`: `ident[0]` is the variable name.
final class VariableNode: Node {
    let ident: [String]
    init(pos: Int, ident: [String], source: SourceInfo) {
        self.ident = ident
        super.init(.variable, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        for (i, id) in ident.enumerated() {
            if i > 0 { s += "." }
            s += id
        }
    }
}

final class DotNode: Node {
    init(pos: Int, source: SourceInfo) { super.init(.dot, pos: pos, source: source) }
    override func write(to s: inout String) { s += "." }
}

final class NilNode: Node {
    init(pos: Int, source: SourceInfo) { super.init(.nilNode, pos: pos, source: source) }
    override func write(to s: inout String) { s += "nil" }
}

/// `.a.b.c`
final class FieldNode: Node {
    let ident: [String]
    init(pos: Int, ident: [String], source: SourceInfo) {
        self.ident = ident
        super.init(.field, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        for id in ident { s += "." + id }
    }
}

/// `(pipeline).a.b`
final class ChainNode: Node {
    let node: Node
    var fields: [String] = []
    init(pos: Int, node: Node, source: SourceInfo) {
        self.node = node
        super.init(.chain, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        if node.kind == .pipe {
            s += "("
            node.write(to: &s)
            s += ")"
        } else {
            node.write(to: &s)
        }
        for f in fields { s += "." + f }
    }
}

final class BoolNode: Node {
    let value: Bool
    init(pos: Int, value: Bool, source: SourceInfo) {
        self.value = value
        super.init(.bool, pos: pos, source: source)
    }
    override func write(to s: inout String) { s += value ? "true" : "false" }
}

final class StringNode: Node {
    let quoted: String
    let text: String
    init(pos: Int, quoted: String, text: String, source: SourceInfo) {
        self.quoted = quoted
        self.text = text
        super.init(.string, pos: pos, source: source)
    }
    override func write(to s: inout String) { s += quoted }
}

final class NumberNode: Node {
    let text: String
    var isInt = false
    var isUint = false
    var isFloat = false
    var isComplex = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
    var complexReal: Double = 0
    var complexImag: Double = 0
    init(pos: Int, text: String, source: SourceInfo) {
        self.text = text
        super.init(.number, pos: pos, source: source)
    }
    override func write(to s: inout String) { s += text }
}

/// `if`, `range` and `with`.
final class BranchNode: Node {
    let line: Int
    let pipe: PipeNode
    let list: ListNode
    let elseList: ListNode?
    init(_ kind: NodeKind, pos: Int, line: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?, source: SourceInfo) {
        self.line = line
        self.pipe = pipe
        self.list = list
        self.elseList = elseList
        super.init(kind, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        let name: String
        switch kind {
        case .ifNode: name = "if"
        case .range: name = "range"
        default: name = "with"
        }
        s += "{{" + name + " "
        pipe.write(to: &s)
        s += "}}"
        list.write(to: &s)
        if let e = elseList {
            s += "{{else}}"
            e.write(to: &s)
        }
        s += "{{end}}"
    }
}

final class TemplateNode: Node {
    let line: Int
    let name: String
    let pipe: PipeNode?
    init(pos: Int, line: Int, name: String, pipe: PipeNode?, source: SourceInfo) {
        self.line = line
        self.name = name
        self.pipe = pipe
        super.init(.template, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        s += "{{template " + GoStrconv.quote(name)
        if let p = pipe {
            s += " "
            p.write(to: &s)
        }
        s += "}}"
    }
}

/// `break`, `continue`, and the parser-internal `end` / `else` markers.
final class KeywordNode: Node {
    let line: Int
    init(_ kind: NodeKind, pos: Int, line: Int, source: SourceInfo) {
        self.line = line
        super.init(kind, pos: pos, source: source)
    }
    override func write(to s: inout String) {
        switch kind {
        case .breakNode: s += "{{break}}"
        case .continueNode: s += "{{continue}}"
        case .end: s += "{{end}}"
        default: s += "{{else}}"
        }
    }
}
