/// go-yaml's emitter (a port of libyaml's), reduced to what `yaml.Marshal`
/// of plain data produces: block mappings and sequences, `{}`/`[]` for empty
/// ones, and scalars in plain, single-quoted, double-quoted or literal style;
/// indent 2, unicode on. The v2 flavor folds at 80 columns and writes
/// sequences flush under their key; the v3 flavor (Helm's `toYamlPretty`)
/// never folds, indents sequences under their key and quotes text with tabs.
struct GoYAMLEmitter {
    enum Flavor { case v2, v3 }

    enum Style { case plain, singleQuoted, doubleQuoted, literal }

    /// A node to emit: scalar text with its requested style, or a collection.
    indirect enum Node {
        case scalar(String, Style)
        /// A scalar with an explicit tag written before it (`!!binary …`).
        case taggedScalar(tag: String, String, Style)
        case sequence([Node])
        /// Keys already in go-yaml's sorted order.
        case mapping([(String, Node)])
    }

    static let bestIndent = 2
    /// go-yaml v2's line width; v3 sets no limit.
    static let v2BestWidth = 80
    /// libyaml: keys longer than this are written as `? key`.
    static let maxSimpleKeyLength = 128

    let flavor: Flavor
    let bestWidth: Int
    private(set) var out: [UInt8] = []
    private var column = 0
    private var indent = -1
    private var indents: [Int] = []
    private var whitespace = true
    private var indention = true
    private var flowLevel = 0

    // Node context.
    private var rootContext = false
    private var sequenceContext = false
    private var mappingContext = false
    private var simpleKeyContext = false

    /// A whole document (go-yaml's `marshalDoc`): the node, then the implicit document end.
    init(flavor: Flavor) {
        self.flavor = flavor
        self.bestWidth = flavor == .v2 ? GoYAMLEmitter.v2BestWidth : Int.max
    }

    static func document(_ node: Node, flavor: Flavor = .v2) -> [UInt8] {
        var e = GoYAMLEmitter(flavor: flavor)
        e.out.reserveCapacity(256)
        e.emitNode(node, root: true, sequence: false, mapping: false, simpleKey: false)
        e.writeIndent()
        return e.out
    }

    // MARK: - Structure

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? GoYAMLEmitter.bestIndent : 0
        } else if !indentless {
            if flavor == .v3 && !sequenceContext {
                // v3 aligns everything but sequence items to the indent step.
                indent = GoYAMLEmitter.bestIndent * ((indent + GoYAMLEmitter.bestIndent) / GoYAMLEmitter.bestIndent)
            } else {
                indent += GoYAMLEmitter.bestIndent
            }
        }
    }

    private mutating func popIndent() {
        indent = indents.popLast() ?? -1
    }

    private mutating func emitNode(_ node: Node, root: Bool, sequence: Bool, mapping: Bool, simpleKey: Bool) {
        rootContext = root
        sequenceContext = sequence
        mappingContext = mapping
        simpleKeyContext = simpleKey
        switch node {
        case .scalar(let text, let style):
            emitScalar(Array(text.utf8), requested: style)
        case .taggedScalar(let tag, let text, let style):
            writeIndicator(Array(tag.utf8), needWhitespace: true, isWhitespace: false, isIndention: false)
            emitScalar(Array(text.utf8), requested: style)
        case .sequence(let items):
            if items.isEmpty || flowLevel > 0 {
                emitEmptyFlow(open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
                return
            }
            increaseIndent(flow: false, indentless: flavor == .v2 && mappingContext && !indention)
            for item in items {
                writeIndent()
                writeIndicator([UInt8(ascii: "-")], needWhitespace: true, isWhitespace: false, isIndention: true)
                emitNode(item, root: false, sequence: true, mapping: false, simpleKey: false)
            }
            popIndent()
        case .mapping(let pairs):
            if pairs.isEmpty || flowLevel > 0 {
                emitEmptyFlow(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"))
                return
            }
            increaseIndent(flow: false, indentless: false)
            for (key, value) in pairs {
                writeIndent()
                let keyBytes = Array(key.utf8)
                let analysis = YAMLScalarAnalysis(keyBytes, flavor: flavor)
                let keyNode = flavor == .v3 ? YAMLPrettyEncoder.stringNode(key)
                    : GoYAMLEmitter.Node.scalar(key, GoYAMLEncoding.stringStyle(key))
                if !analysis.multiline && keyBytes.count <= GoYAMLEmitter.maxSimpleKeyLength {
                    emitNode(keyNode, root: false, sequence: false, mapping: true, simpleKey: true)
                    writeIndicator([UInt8(ascii: ":")], needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    writeIndicator([UInt8(ascii: "?")], needWhitespace: true, isWhitespace: false, isIndention: true)
                    emitNode(keyNode, root: false, sequence: false, mapping: true, simpleKey: false)
                    writeIndent()
                    writeIndicator([UInt8(ascii: ":")], needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                emitNode(value, root: false, sequence: false, mapping: true, simpleKey: false)
            }
            popIndent()
        }
    }

    /// `[]` / `{}`: libyaml switches empty collections to flow style.
    private mutating func emitEmptyFlow(open: UInt8, close: UInt8) {
        writeIndicator([open], needWhitespace: true, isWhitespace: true, isIndention: false)
        increaseIndent(flow: true, indentless: false)
        flowLevel += 1
        flowLevel -= 1
        popIndent()
        writeIndicator([close], needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private mutating func emitScalar(_ value: [UInt8], requested: Style) {
        let analysis = YAMLScalarAnalysis(value, flavor: flavor)
        var style = requested
        if simpleKeyContext && analysis.multiline { style = .doubleQuoted }
        if style == .plain {
            if (flowLevel > 0 && !analysis.flowPlainAllowed) || (flowLevel == 0 && !analysis.blockPlainAllowed) {
                style = .singleQuoted
            }
            if value.isEmpty && (flowLevel > 0 || simpleKeyContext) { style = .singleQuoted }
        }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal && (!analysis.blockAllowed || flowLevel > 0 || simpleKeyContext) {
            style = .doubleQuoted
        }
        increaseIndent(flow: true, indentless: false)
        switch style {
        case .plain: writePlain(value, allowBreaks: !simpleKeyContext)
        case .singleQuoted: writeSingleQuoted(value, allowBreaks: !simpleKeyContext)
        case .doubleQuoted: writeDoubleQuoted(value, allowBreaks: !simpleKeyContext)
        case .literal: writeLiteral(value)
        }
        popIndent()
    }

    // MARK: - Output primitives

    @inline(__always) private mutating func put(_ c: UInt8) {
        out.append(c)
        column += 1
    }

    @inline(__always) private mutating func putBreak() {
        out.append(UInt8(ascii: "\n"))
        column = 0
        if flavor == .v3 { indention = true }
    }

    /// Copies one UTF-8 character; the column advances by one.
    @inline(__always) private mutating func write(_ s: [UInt8], _ i: inout Int) {
        let w = min(YAMLBytes.width(s[i]), s.count - i)
        out.append(contentsOf: s[i..<(i + w)])
        column += 1
        i += w
    }

    private mutating func writeBreak(_ s: [UInt8], _ i: inout Int) {
        if s[i] == UInt8(ascii: "\n") {
            putBreak()
            i += 1
        } else {
            write(s, &i)
            column = 0
            if flavor == .v3 { indention = true }
        }
    }

    private mutating func writeIndent() {
        let ind = max(indent, 0)
        if !indention || column > ind || (column == ind && !whitespace) {
            putBreak()
        }
        while column < ind { put(UInt8(ascii: " ")) }
        whitespace = true
        if flavor == .v2 { indention = true }
    }

    private mutating func writeIndicator(_ indicator: [UInt8], needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(UInt8(ascii: " ")) }
        var i = 0
        while i < indicator.count { write(indicator, &i) }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    // MARK: - Scalar writers

    private mutating func writePlain(_ value: [UInt8], allowBreaks: Bool) {
        if !whitespace && (flavor == .v2 || !value.isEmpty) { put(UInt8(ascii: " ")) }
        // ASCII without spaces or breaks is copied one character per column.
        if !value.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: " ") || $0 == 0x0A || $0 == 0x0D }) {
            out.append(contentsOf: value)
            column += value.count
            if flavor == .v2 || !value.isEmpty { whitespace = false }
            indention = false
            return
        }
        var spaces = false
        var breaks = false
        var i = 0
        while i < value.count {
            if value[i] == UInt8(ascii: " ") {
                if allowBreaks && !spaces && column > bestWidth && YAMLBytes.at(value, i + 1) != UInt8(ascii: " ") {
                    writeIndent()
                    i += 1
                } else {
                    write(value, &i)
                }
                spaces = true
            } else if YAMLBytes.isBreak(value, i) {
                if !breaks && value[i] == UInt8(ascii: "\n") { putBreak() }
                writeBreak(value, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(value, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        if flavor == .v2 || !value.isEmpty { whitespace = false }
        indention = false
    }

    private mutating func writeSingleQuoted(_ value: [UInt8], allowBreaks: Bool) {
        writeIndicator([UInt8(ascii: "'")], needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        var i = 0
        while i < value.count {
            if value[i] == UInt8(ascii: " ") {
                if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1
                    && YAMLBytes.at(value, i + 1) != UInt8(ascii: " ") {
                    writeIndent()
                    i += 1
                } else {
                    write(value, &i)
                }
                spaces = true
            } else if YAMLBytes.isBreak(value, i) {
                if !breaks && value[i] == UInt8(ascii: "\n") { putBreak() }
                writeBreak(value, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if value[i] == UInt8(ascii: "'") { put(UInt8(ascii: "'")) }
                write(value, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        writeIndicator([UInt8(ascii: "'")], needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private mutating func writeDoubleQuoted(_ value: [UInt8], allowBreaks: Bool) {
        var spaces = false
        writeIndicator([UInt8(ascii: "\"")], needWhitespace: true, isWhitespace: false, isIndention: false)
        let bom = YAMLBytes.startsWithBOM(value)
        var i = 0
        while i < value.count {
            let c = value[i]
            if !YAMLBytes.isPrintable(value, i) || bom || YAMLBytes.isBreak(value, i)
                || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                var w = 1
                var v: UInt32
                if c & 0x80 == 0 { w = 1; v = UInt32(c & 0x7F) }
                else if c & 0xE0 == 0xC0 { w = 2; v = UInt32(c & 0x1F) }
                else if c & 0xF0 == 0xE0 { w = 3; v = UInt32(c & 0x0F) }
                else if c & 0xF8 == 0xF0 { w = 4; v = UInt32(c & 0x07) }
                else { w = 1; v = UInt32(c) }
                var k = 1
                while k < w {
                    v = (v << 6) + (UInt32(YAMLBytes.at(value, i + k)) & 0x3F)
                    k += 1
                }
                i += w
                put(UInt8(ascii: "\\"))
                switch v {
                case 0x00: put(UInt8(ascii: "0"))
                case 0x07: put(UInt8(ascii: "a"))
                case 0x08: put(UInt8(ascii: "b"))
                case 0x09: put(UInt8(ascii: "t"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0B: put(UInt8(ascii: "v"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0D: put(UInt8(ascii: "r"))
                case 0x1B: put(UInt8(ascii: "e"))
                case 0x22: put(UInt8(ascii: "\""))
                case 0x5C: put(UInt8(ascii: "\\"))
                case 0x85: put(UInt8(ascii: "N"))
                case 0xA0: put(UInt8(ascii: "_"))
                case 0x2028: put(UInt8(ascii: "L"))
                case 0x2029: put(UInt8(ascii: "P"))
                default:
                    let digits: Int
                    if v <= 0xFF { put(UInt8(ascii: "x")); digits = 2 }
                    else if v <= 0xFFFF { put(UInt8(ascii: "u")); digits = 4 }
                    else { put(UInt8(ascii: "U")); digits = 8 }
                    var shift = (digits - 1) * 4
                    while shift >= 0 {
                        put(GoYAMLEmitter.hexDigits[Int((v >> UInt32(shift)) & 0x0F)])
                        shift -= 4
                    }
                }
                spaces = false
            } else if c == UInt8(ascii: " ") {
                if allowBreaks && !spaces && column > bestWidth && i > 0 && i < value.count - 1 {
                    writeIndent()
                    if YAMLBytes.at(value, i + 1) == UInt8(ascii: " ") { put(UInt8(ascii: "\\")) }
                    i += 1
                } else {
                    write(value, &i)
                }
                spaces = true
            } else {
                write(value, &i)
                spaces = false
            }
        }
        writeIndicator([UInt8(ascii: "\"")], needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeBlockScalarHints(_ value: [UInt8]) {
        if value.first == UInt8(ascii: " ") || YAMLBytes.isBreak(value, 0) {
            let hint = UInt8(ascii: "0") + UInt8(GoYAMLEmitter.bestIndent)
            writeIndicator([hint], needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: UInt8 = 0
        if value.isEmpty {
            chomp = UInt8(ascii: "-")
        } else {
            var i = value.count - 1
            while i > 0 && value[i] & 0xC0 == 0x80 { i -= 1 }
            if !YAMLBytes.isBreak(value, i) {
                chomp = UInt8(ascii: "-")
            } else if i == 0 {
                chomp = UInt8(ascii: "+")
            } else {
                i -= 1
                while i > 0 && value[i] & 0xC0 == 0x80 { i -= 1 }
                if YAMLBytes.isBreak(value, i) { chomp = UInt8(ascii: "+") }
            }
        }
        if chomp != 0 {
            writeIndicator([chomp], needWhitespace: false, isWhitespace: false, isIndention: false)
        }
    }

    private mutating func writeLiteral(_ value: [UInt8]) {
        writeIndicator([UInt8(ascii: "|")], needWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(value)
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var i = 0
        while i < value.count {
            if YAMLBytes.isBreak(value, i) {
                writeBreak(value, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(value, &i)
                indention = false
                breaks = false
            }
        }
    }
}
