import CLibYAML

/// The node tree of one YAML document, as go-yaml v2's parser builds it
/// from libyaml's events (go-yaml is a port of libyaml): scalars, mappings,
/// sequences and aliases, with anchors resolved to node indices. Nodes live
/// in one flat array; children are linked by index.
struct YAMLNodeTree {
    enum Kind: UInt8 { case scalar, mapping, sequence, alias }

    struct Node {
        var kind: Kind
        /// 0-based line of the node's start, as libyaml marks it.
        var line: Int32
        /// The explicit tag (long form), or nil.
        var tag: String?
        /// A scalar's text, or an alias's anchor name.
        var value: String
        /// libyaml's `plain_implicit`.
        var implicit: Bool
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// The anchored node an alias refers to.
        var target: Int32 = -1
        var childCount: Int32 = 0
    }

    var nodes: [Node] = []
    /// Index of the document's root node, or -1 for an empty stream.
    var root: Int32 = -1

    /// go-yaml's limit on flow and block nesting (`max_flow_level`, `max_indents`).
    static let maxDepth = 10_000

    /// Parses the first document of `bytes` (go-yaml's `yaml.Unmarshal`
    /// reads only the first one). Errors carry go-yaml's text
    /// (`yaml: line N: …`).
    static func parse(_ bytes: [UInt8]) throws -> YAMLNodeTree {
        var tree = YAMLNodeTree()
        let input = bytes.isEmpty ? [UInt8(ascii: "\n")] : bytes
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            parser.deallocate()
            event.deallocate()
        }
        guard yaml_parser_initialize(parser) != 0 else { throw YAMLError("yaml: failed to initialize YAML parser") }
        defer { yaml_parser_delete(parser) }
        try input.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            yaml_parser_set_input_string(parser, base, buf.count)
            try tree.build(parser: parser, event: event)
        }
        return tree
    }

    private static func parserFailure(_ p: UnsafeMutablePointer<yaml_parser_t>) -> YAMLError {
        var line = 0
        if p.pointee.problem_mark.line != 0 {
            line = Int(p.pointee.problem_mark.line)
            // Scanner errors don't iterate line before returning error.
            if p.pointee.error == YAML_SCANNER_ERROR { line += 1 }
        } else if p.pointee.context_mark.line != 0 {
            line = Int(p.pointee.context_mark.line)
        }
        let whereText = line != 0 ? "line \(line): " : ""
        var msg = "unknown problem parsing YAML content"
        if let problem = p.pointee.problem, problem.pointee != 0 {
            msg = String(cString: problem)
        }
        return YAMLError("yaml: " + whereText + msg)
    }

    /// go-yaml's scanner ends a plain scalar at `?` inside flow collections
    /// (libyaml 0.2.5 keeps it), so the `?` then starts a key where the
    /// parser expects `,` or the closer: fail as go-yaml does. Parser errors
    /// report the 0-based line.
    private static func checkFlowPlainScalar(_ p: UnsafeMutablePointer<yaml_char_t>?, _ length: Int,
                                             line: Int32, closer: UInt8) throws {
        guard let p, length > 1 else { return }
        let text = UnsafeBufferPointer(start: p, count: length)
        guard text.dropFirst().contains(UInt8(ascii: "?")) else { return }
        let location = line != 0 ? "line \(line): " : ""
        let closerText = String(decoding: [closer], as: UTF8.self)
        throw YAMLError("yaml: " + location + "did not find expected ',' or '\(closerText)'")
    }

    @inline(__always)
    private static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
        guard let p, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: p, count: length), as: UTF8.self)
    }

    @inline(__always)
    private static func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    private mutating func build(parser: UnsafeMutablePointer<yaml_parser_t>,
                                event: UnsafeMutablePointer<yaml_event_t>) throws {
        var anchors: [String: Int32] = [:]
        /// Open collections (node indices) and their flow closers (`]`, `}`, or 0 for block).
        var stack: [Int32] = []
        var closers: [UInt8] = []

        func next() throws {
            guard yaml_parser_parse(parser, event) != 0 else { throw YAMLNodeTree.parserFailure(parser) }
        }

        while true {
            try next()
            defer { yaml_event_delete(event) }
            let e = event.pointee
            let line = Int32(truncatingIfNeeded: e.start_mark.line)
            var newNode: Node?
            var anchor: String?
            switch e.type {
            case YAML_STREAM_START_EVENT:
                continue
            case YAML_STREAM_END_EVENT:
                if stack.isEmpty { return }
                throw YAMLError("yaml: attempted to go past the end of stream; corrupted value?")
            case YAML_DOCUMENT_START_EVENT:
                continue
            case YAML_DOCUMENT_END_EVENT:
                // Only the first document is read.
                return
            case YAML_ALIAS_EVENT:
                let name = YAMLNodeTree.cString(e.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw YAMLError("yaml: unknown anchor '\(name)' referenced")
                }
                var n = Node(kind: .alias, line: line, tag: nil, value: name, implicit: false)
                n.target = target
                newNode = n
            case YAML_SCALAR_EVENT:
                let s = e.data.scalar
                if s.style == YAML_PLAIN_SCALAR_STYLE, let closer = closers.last, closer != 0 {
                    try YAMLNodeTree.checkFlowPlainScalar(s.value, s.length, line: line, closer: closer)
                }
                newNode = Node(kind: .scalar, line: line,
                               tag: YAMLNodeTree.cString(s.tag),
                               value: YAMLNodeTree.string(s.value, s.length),
                               implicit: s.plain_implicit != 0)
                anchor = YAMLNodeTree.cString(s.anchor)
            case YAML_SEQUENCE_START_EVENT:
                newNode = Node(kind: .sequence, line: line, tag: YAMLNodeTree.cString(e.data.sequence_start.tag),
                               value: "", implicit: e.data.sequence_start.implicit != 0)
                anchor = YAMLNodeTree.cString(e.data.sequence_start.anchor)
            case YAML_MAPPING_START_EVENT:
                newNode = Node(kind: .mapping, line: line, tag: YAMLNodeTree.cString(e.data.mapping_start.tag),
                               value: "", implicit: e.data.mapping_start.implicit != 0)
                anchor = YAMLNodeTree.cString(e.data.mapping_start.anchor)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                _ = stack.popLast()
                _ = closers.popLast()
                continue
            default:
                continue
            }
            guard let node = newNode else { continue }
            let index = Int32(nodes.count)
            nodes.append(node)
            if let anchor { anchors[anchor] = index }
            if let parent = stack.last {
                let p = Int(parent)
                if nodes[p].lastChild >= 0 {
                    nodes[Int(nodes[p].lastChild)].nextSibling = index
                } else {
                    nodes[p].firstChild = index
                }
                nodes[p].lastChild = index
                nodes[p].childCount += 1
            } else {
                root = index
            }
            if node.kind == .mapping || node.kind == .sequence {
                stack.append(index)
                var closer: UInt8 = 0
                if node.kind == .sequence, event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE {
                    closer = UInt8(ascii: "]")
                } else if node.kind == .mapping, event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE {
                    closer = UInt8(ascii: "}")
                }
                closers.append(closer)
                if stack.count > YAMLNodeTree.maxDepth {
                    let location = line != 0 ? "line \(line + 1): " : ""
                    throw YAMLError("yaml: " + location + "exceeded max depth of \(YAMLNodeTree.maxDepth)")
                }
            }
        }
    }
}
