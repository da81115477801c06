import TemplateEngine

/// Turns a YAML node tree into values the way sigs.k8s.io/yaml does:
/// go-yaml v2 decodes into `interface{}` (aliases re-decoded, merge keys
/// applied in order, duplicate keys last-wins), then the result goes
/// through JSON: map keys become strings, every number becomes float64,
/// and NaN/±Inf are rejected.
struct YAMLTreeDecoder {
    private let nodes: [YAMLNodeTree.Node]

    // go-yaml v2's alias-expansion accounting ("excessive aliasing").
    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0
    private var activeAliases: Set<Int32> = []

    /// The first error of the YAML→JSON conversion step (reported only if
    /// go-yaml's own decoding succeeded).
    private var conversionError: String?
    private var sawNonFinite = false

    /// go-yaml v2: up to 400,000 decode operations, 99% may come from alias expansion…
    static let aliasRatioRangeLow = 400_000
    /// …falling to 10% at 4,000,000 decode operations.
    static let aliasRatioRangeHigh = 4_000_000

    init(tree: YAMLNodeTree) {
        self.nodes = tree.nodes
    }

    /// Decodes the tree's root into JSON-shaped values; `.null` for an empty document.
    static func decode(_ tree: YAMLNodeTree) throws -> Value {
        guard tree.root >= 0 else { return .null }
        var d = YAMLTreeDecoder(tree: tree)
        let v = try d.unmarshal(tree.root)
        if let e = d.conversionError { throw YAMLError(e) }
        if d.sawNonFinite, let bad = firstNonFinite(v) {
            throw YAMLError("json: unsupported value: " + GoFloatText.formatG(bad))
        }
        return v
    }

    /// The first NaN/±Inf `json.Marshal` meets (maps in sorted key order).
    private static func firstNonFinite(_ v: Value) -> Double? {
        switch v {
        case .float(let f): return f.isFinite ? nil : f
        case .list(let l):
            for item in l.items { if let f = firstNonFinite(item) { return f } }
            return nil
        case .map(let m):
            for k in m.sortedKeys { if let item = m[k], let f = firstNonFinite(item) { return f } }
            return nil
        default: return nil
        }
    }

    private static func allowedAliasRatio(_ decodeCount: Int) -> Double {
        if decodeCount <= aliasRatioRangeLow { return 0.99 }
        if decodeCount >= aliasRatioRangeHigh { return 0.10 }
        let range = Double(aliasRatioRangeHigh - aliasRatioRangeLow)
        return 0.99 - 0.89 * (Double(decodeCount - aliasRatioRangeLow) / range)
    }

    @inline(__always)
    private mutating func count() throws {
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100 && decodeCount > 1000
            && Double(aliasCount) / Double(decodeCount) > YAMLTreeDecoder.allowedAliasRatio(decodeCount) {
            throw YAMLError("yaml: document contains excessive aliasing")
        }
    }

    private mutating func enterAlias(_ i: Int32) throws {
        if activeAliases.contains(i) {
            throw YAMLError("yaml: anchor '\(nodes[Int(i)].value)' value contains itself")
        }
        activeAliases.insert(i)
        aliasDepth += 1
    }

    private mutating func leaveAlias(_ i: Int32) {
        aliasDepth -= 1
        activeAliases.remove(i)
    }

    // MARK: - Values

    private mutating func unmarshal(_ i: Int32) throws -> Value {
        try count()
        let node = nodes[Int(i)]
        switch node.kind {
        case .alias:
            try enterAlias(i)
            let v = try unmarshal(node.target)
            leaveAlias(i)
            return v
        case .scalar:
            return try scalarValue(node)
        case .sequence:
            var items: [Value] = []
            items.reserveCapacity(Int(node.childCount))
            var c = node.firstChild
            while c >= 0 {
                items.append(try unmarshal(c))
                c = nodes[Int(c)].nextSibling
            }
            return .list(GoList(items))
        case .mapping:
            var dict: [String: Value] = [:]
            dict.reserveCapacity(Int(node.childCount / 2))
            try mapping(node, into: &dict)
            return .map(GoMap(dict))
        }
    }

    private mutating func scalarValue(_ node: YAMLNodeTree.Node) throws -> Value {
        switch try resolveScalar(node) {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .float(Double(i))
        case .uint(let u): return .float(Double(u))
        case .float(let f):
            if !f.isFinite { sawNonFinite = true }
            return .float(f)
        case .string(let s): return .string(s)
        }
    }

    /// go-yaml's `d.scalar` resolution: untagged quoted text is a string;
    /// otherwise `resolve`, with `!!binary` base64-decoded.
    private func resolveScalar(_ node: YAMLNodeTree.Node) throws -> YAMLScalarResolver.Scalar {
        if node.tag == nil && !node.implicit { return .string(node.value) }
        let tag = node.tag.map(YAMLScalarResolver.Tag.init(longTag:))
        let (rtag, resolved) = try YAMLScalarResolver.resolve(tag: tag, node.value)
        if rtag == .binary {
            guard let data = GoBase64.decodeStd(node.value) else {
                throw YAMLError("yaml: !!binary value contains invalid base64 data")
            }
            return .string(String(decoding: data, as: UTF8.self))
        }
        return resolved
    }

    private func isMerge(_ node: YAMLNodeTree.Node) -> Bool {
        node.kind == .scalar && node.value == "<<"
            && (node.implicit || node.tag == "tag:yaml.org,2002:merge")
    }

    private mutating func mapping(_ node: YAMLNodeTree.Node, into dict: inout [String: Value]) throws {
        var k = node.firstChild
        while k >= 0 {
            let v = nodes[Int(k)].nextSibling
            guard v >= 0 else { break }
            if isMerge(nodes[Int(k)]) {
                try merge(v, into: &dict)
            } else {
                let key = try unmarshalKey(k)
                let value = try unmarshal(v)
                switch key {
                case .string(let s): dict[s] = value
                case .unsupported(let typeName, let keyText):
                    if conversionError == nil {
                        conversionError = "unsupported map key of type: \(typeName), key: \(keyText), value: \(GoSyntax.format(value))"
                    }
                }
            }
            k = nodes[Int(v)].nextSibling
        }
    }

    private mutating func merge(_ i: Int32, into dict: inout [String: Value]) throws {
        let node = nodes[Int(i)]
        switch node.kind {
        case .mapping:
            try count()
            try mapping(node, into: &dict)
        case .alias:
            if nodes[Int(node.target)].kind != .mapping { throw YAMLTreeDecoder.wantMap }
            try mergeAlias(i, into: &dict)
        case .sequence:
            // Step backwards as earlier nodes take precedence.
            var children: [Int32] = []
            var c = node.firstChild
            while c >= 0 { children.append(c); c = nodes[Int(c)].nextSibling }
            for child in children.reversed() {
                let n = nodes[Int(child)]
                if n.kind == .alias {
                    if nodes[Int(n.target)].kind != .mapping { throw YAMLTreeDecoder.wantMap }
                    try mergeAlias(child, into: &dict)
                } else if n.kind == .mapping {
                    try count()
                    try mapping(n, into: &dict)
                } else {
                    throw YAMLTreeDecoder.wantMap
                }
            }
        case .scalar:
            throw YAMLTreeDecoder.wantMap
        }
    }

    private mutating func mergeAlias(_ i: Int32, into dict: inout [String: Value]) throws {
        try count()
        try enterAlias(i)
        try count()
        try mapping(nodes[Int(nodes[Int(i)].target)], into: &dict)
        leaveAlias(i)
    }

    private static let wantMap = YAMLError("yaml: map merge requires map or sequence of maps as the value")

    // MARK: - go-yaml's own values

    /// The node as go-yaml v2 decodes it into `interface{}` (typed keys, merges
    /// applied, duplicate keys last-wins). Only for a node that decoded
    /// without error already, so aliases cannot loop.
    private func interfaceValue(_ i: Int32) -> GoYAMLInterfaceValue {
        let node = nodes[Int(i)]
        switch node.kind {
        case .alias:
            return interfaceValue(node.target)
        case .scalar:
            switch (try? resolveScalar(node)) ?? .string(node.value) {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let n): return .int(n)
            case .uint(let u): return .uint(u)
            case .float(let f): return .float(f)
            case .string(let s): return .string(s)
            }
        case .sequence:
            var items: [GoYAMLInterfaceValue] = []
            var c = node.firstChild
            while c >= 0 {
                items.append(interfaceValue(c))
                c = nodes[Int(c)].nextSibling
            }
            return .list(items)
        case .mapping:
            var entries: [(key: GoYAMLInterfaceValue, value: GoYAMLInterfaceValue)] = []
            interfaceEntries(node, into: &entries)
            return .map(entries)
        }
    }

    private func interfaceEntries(_ node: YAMLNodeTree.Node,
                                  into entries: inout [(key: GoYAMLInterfaceValue, value: GoYAMLInterfaceValue)]) {
        var k = node.firstChild
        while k >= 0 {
            let v = nodes[Int(k)].nextSibling
            guard v >= 0 else { break }
            if isMerge(nodes[Int(k)]) {
                interfaceMerge(v, into: &entries)
            } else {
                let key = interfaceValue(k)
                let value = interfaceValue(v)
                if let at = entries.firstIndex(where: { $0.key.isSameKey(as: key) }) {
                    entries[at].value = value
                } else {
                    entries.append((key, value))
                }
            }
            k = nodes[Int(v)].nextSibling
        }
    }

    private func interfaceMerge(_ i: Int32,
                                into entries: inout [(key: GoYAMLInterfaceValue, value: GoYAMLInterfaceValue)]) {
        var node = nodes[Int(i)]
        if node.kind == .alias { node = nodes[Int(node.target)] }
        switch node.kind {
        case .mapping:
            interfaceEntries(node, into: &entries)
        case .sequence:
            // Earlier maps take precedence: merged last.
            var children: [Int32] = []
            var c = node.firstChild
            while c >= 0 { children.append(c); c = nodes[Int(c)].nextSibling }
            for child in children.reversed() { interfaceMerge(child, into: &entries) }
        case .scalar, .alias:
            break
        }
    }

    // MARK: - Keys

    private enum Key {
        case string(String)
        /// A key JSON cannot hold (null, a uint64 beyond int64).
        case unsupported(typeName: String, text: String)
    }

    /// Decodes a map key and converts it to its JSON string as sigs.k8s.io/yaml does.
    private mutating func unmarshalKey(_ i: Int32) throws -> Key {
        try count()
        let node = nodes[Int(i)]
        switch node.kind {
        case .alias:
            try enterAlias(i)
            let k = try unmarshalKey(node.target)
            leaveAlias(i)
            return k
        case .mapping, .sequence:
            // Decoding the key first reports what go-yaml meets inside it first.
            if node.kind == .mapping {
                var dict: [String: Value] = [:]
                try mapping(node, into: &dict)
            } else {
                decodeCount -= 1
                if aliasDepth > 0 { aliasCount -= 1 }
                _ = try unmarshal(i)
            }
            throw YAMLError("yaml: invalid map key: " + interfaceValue(i).goSyntax)
        case .scalar:
            switch try resolveScalar(node) {
            case .null: return .unsupported(typeName: "%!s(<nil>)", text: "<nil>")
            case .bool(let b): return .string(b ? "true" : "false")
            case .int(let n): return .string(String(n))
            case .uint(let u): return .unsupported(typeName: "uint64", text: "0x" + String(u, radix: 16))
            case .float(let f):
                switch GoFloatText.formatG32(f) {
                case "+Inf": return .string(".inf")
                case "-Inf": return .string("-.inf")
                case "NaN": return .string(".nan")
                case let s: return .string(s)
                }
            case .string(let s): return .string(s)
            }
        }
    }
}
