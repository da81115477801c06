/// One execution of a template (Go's `text/template` `state`): walks the
/// parsed tree, evaluates pipelines with Go's semantics and appends output
/// to one buffer. It is the `ExecutionContext` functions see.
final class Executor: ExecutionContext {
    let namespace: TemplateNamespace
    let functions: FunctionTable
    let options: ExecutionOptions
    let renderState: AnyObject?
    let rootName: String

    private var out = ""
    /// The variable stack of every template being executed; the current
    /// template's variables start at `varBase` (Go gives each template call
    /// a fresh stack, `$` first).
    private var vars: [(name: String, value: Operand)] = []
    private var varBase = 0
    /// Height of the stack of executing templates, shared by nested
    /// executions started from functions (`include`, `tpl`).
    private var depth = 0
    private var tree: ParsedTree
    /// The node being evaluated, for error locations (Go's `state.node`).
    /// Always a node of `tree` or of a tree the namespace holds, so it
    /// needs no reference count of its own.
    private unowned(unsafe) var node: Node?
    /// Nodes left to walk before execution stops; nil means no limit (Go
    /// has none). Tests use it to bound randomly generated templates.
    var walkBudget: Int?
    /// Asked whether to stop each time the walk budget runs out, which then
    /// starts again (see `TemplateSet.interruption`).
    var interruption: (() -> Bool)?
    /// Field nodes whose missing keys are probes (`ExecutionOptions.missingKeyProbes`).
    private var probes: [Node] = []
    /// Told of each map key read by field access, when set.
    var readObserver: MapReadObserver?
    /// Outputs of earlier runs to reuse, when the set's user allows it.
    var memo: TemplateMemo?

    private enum Flow { case normal, breakLoop, continueLoop }
    static let noArgs: ArraySlice<Node> = []

    init(namespace: TemplateNamespace, functions: FunctionTable, options: ExecutionOptions,
         renderState: AnyObject?, rootName: String, tree: ParsedTree) {
        self.namespace = namespace
        self.functions = functions
        self.options = options
        self.renderState = renderState
        self.rootName = rootName
        self.tree = tree
    }

    var templateName: String { tree.name }

    // MARK: - Entry points

    /// Executes `tree` with `data` as dot and `$`, returning the output.
    func run(_ tree: ParsedTree, data: Value) throws -> String {
        let savedOut = out, savedTree = self.tree, savedNode = node, savedBase = varBase, savedCount = vars.count
        defer {
            out = savedOut
            pop(savedCount)
            varBase = savedBase
            self.tree = savedTree
            node = savedNode
        }
        out = ""
        let dot: Operand = data.isNull ? .invalid : .value(data, boxed: false)
        varBase = vars.count
        vars.append(("$", dot))
        self.tree = tree
        node = nil
        _ = try walk(dot, tree.root)
        return out
    }

    func executeTemplate(named name: String, data: Value) throws -> String {
        guard let t = namespace.lookup(name) else {
            throw TemplateError(kind: .exec,
                                message: "template: no template \(GoStrconv.quote(name)) associated with template \(GoStrconv.quote(rootName))",
                                templateName: name)
        }
        if depth >= options.maxExecDepth {
            throw TemplateError(kind: .exec, message: "template: \(name): exceeded maximum template depth (\(options.maxExecDepth))",
                                templateName: name)
        }
        depth += 1
        defer { depth -= 1 }
        return try runReusing(t, data: data)
    }

    /// Runs `tree` with `data`, or reuses the output of an earlier run (`TemplateMemo`).
    func runReusing(_ t: ParsedTree, data: Value) throws -> String {
        guard let memo, namespace.parent == nil, let object = TemplateMemo.object(of: data) else {
            memo?.enter(depth: depth)
            return try run(t, data: data)
        }
        if let output = memo.output(of: t, data: object, namespace: namespace, depth: depth) { return output }
        let mark = memo.mark(depth: depth, namespace: namespace)
        let output: String
        do {
            output = try run(t, data: data)
        } catch {
            memo.abandon(mark)
            throw error
        }
        memo.store(output, tree: t, data: object, since: mark)
        return output
    }

    func executeText(_ text: String, name: String, data: Value) throws -> String {
        let overlay = TemplateNamespace(parent: namespace)
        guard let t = try overlay.parse(name: name, source: Array(text.utf8), functions: functions) else {
            return ""
        }
        let sub = Executor(namespace: overlay, functions: functions, options: options, renderState: renderState,
                           rootName: rootName, tree: t)
        sub.readObserver = readObserver
        sub.memo = memo
        sub.depth = depth + 1
        memo?.enter(depth: sub.depth)
        sub.walkBudget = walkBudget
        sub.interruption = interruption
        if sub.depth > options.maxExecDepth {
            throw TemplateError(kind: .exec, message: "template: \(name): exceeded maximum template depth (\(options.maxExecDepth))",
                                templateName: name)
        }
        return try sub.run(t, data: data)
    }

    // MARK: - Errors

    /// Go's `state.errorf`: `template: LOC: executing "NAME" at <NODE>: MSG`.
    func error(_ message: String) -> TemplateError {
        let quotedName = GoStrconv.quote(tree.name)
        guard let n = node else {
            return TemplateError(kind: .exec, message: "template: \(tree.name): \(message)", templateName: tree.name)
        }
        let (line, col) = n.source.location(of: n.pos)
        let context = n.goString
        let location = "\(n.source.parseName):\(line):\(col)"
        return TemplateError(kind: .exec,
                             message: "template: \(location): executing \(quotedName) at <\(context)>: \(message)",
                             templateName: n.source.parseName, line: line, column: col, nodeText: context)
    }

    // MARK: - Variables

    private func push(_ name: String, _ value: Operand) { vars.append((name, value)) }

    private func pop(_ mark: Int) {
        if vars.count > mark { vars.removeSubrange(mark...) }
    }

    private func setVar(_ name: String, _ value: Operand) throws {
        var i = vars.count - 1
        while i >= varBase {
            if vars[i].name == name {
                vars[i].value = value
                return
            }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }

    private func setTopVar(_ n: Int, _ value: Operand) {
        let i = vars.count - n
        if i >= varBase && i < vars.count { vars[i].value = value }
    }

    private func varValue(_ name: String) throws -> Operand {
        var i = vars.count - 1
        while i >= varBase {
            if vars[i].name == name { return vars[i].value }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }

    // MARK: - Walk

    private func walk(_ dot: Operand, _ n: Node) throws -> Flow {
        node = n
        if let b = walkBudget {
            if b <= 0 {
                guard let interruption else { throw error("walk budget exhausted") }
                if interruption() { throw error("execution interrupted") }
                walkBudget = TemplateSet.interruptionInterval
            } else {
                walkBudget = b - 1
            }
        }
        switch n.kind {
        case .action:
            let a = unsafeDowncast(n, to: ActionNode.self)
            let val = try evalPipeline(dot, a.pipe)
            if a.pipe.decl.isEmpty { printValue(n, val) }
        case .breakNode:
            return .breakLoop
        case .continueNode:
            return .continueLoop
        case .comment:
            break
        case .ifNode, .with:
            return try walkIfOrWith(dot, unsafeDowncast(n, to: BranchNode.self))
        case .list:
            for child in unsafeDowncast(n, to: ListNode.self).nodes {
                let f = try walk(dot, child)
                if f != .normal { return f }
            }
        case .range:
            try walkRange(dot, unsafeDowncast(n, to: BranchNode.self))
        case .template:
            try walkTemplate(dot, unsafeDowncast(n, to: TemplateNode.self))
        case .text:
            out.append(unsafeDowncast(n, to: TextNode.self).text)
        default:
            throw error("unknown node: \(n.goString)")
        }
        return .normal
    }

    private func walkIfOrWith(_ dot: Operand, _ b: BranchNode) throws -> Flow {
        let mark = vars.count
        defer { pop(mark) }
        let val: Operand
        if options.missingKeyProbes {
            let savedProbes = probes
            probes += probedNodes(b.pipe)
            defer { probes = savedProbes }
            val = try evalPipeline(dot, b.pipe)
        } else {
            val = try evalPipeline(dot, b.pipe)
        }
        if val.isTrue {
            return try walk(b.kind == .with ? val : dot, b.list)
        } else if let e = b.elseList {
            return try walk(dot, e)
        }
        return .normal
    }

    /// The field chains an `if`/`with` pipeline only tests: its single
    /// operand, or the operands of a single `and`/`or`/`not` call.
    private func probedNodes(_ pipe: PipeNode?) -> [Node] {
        guard let pipe, pipe.decl.isEmpty, pipe.cmds.count == 1, let cmd = pipe.cmds.first else { return [] }
        if cmd.args.count == 1 { return cmd.args.filter(isFieldChain) }
        guard let id = cmd.args.first as? IdentifierNode, id.builtin == .and || id.builtin == .or || id.builtin == .not
        else { return [] }
        return cmd.args.dropFirst().filter(isFieldChain)
    }

    private func isFieldChain(_ n: Node) -> Bool {
        n.kind == .field || n.kind == .chain || n.kind == .variable
    }

    private func walkRange(_ dot: Operand, _ r: BranchNode) throws {
        node = r
        let outerMark = vars.count
        defer { pop(outerMark) }
        let val = try evalPipeline(dot, r.pipe)
        let mark = vars.count
        let decl = r.pipe.decl
        // Returns false when the loop must stop ({{break}}).
        func oneIteration(_ index: Operand, _ elem: Operand) throws -> Bool {
            if !decl.isEmpty {
                if r.pipe.isAssign {
                    try setVar(decl[0].ident[0], decl.count > 1 ? index : elem)
                } else {
                    setTopVar(1, elem)
                }
            }
            if decl.count > 1 {
                if r.pipe.isAssign {
                    try setVar(decl[1].ident[0], elem)
                } else {
                    setTopVar(2, index)
                }
            }
            defer { pop(mark) }
            return try walk(elem, r.list) != .breakLoop
        }
        switch val {
        case .value(.list(let l), _):
            if l.items.isEmpty { break }
            let boxed = l.holdsInterfaces
            var i = 0
            while i < l.items.count {
                if try !oneIteration(.value(.int(Int64(i), .int), boxed: false), .element(l.items[i], boxed: boxed)) { return }
                i += 1
            }
            return
        case .value(.bytes(let b), _):
            if b.isEmpty { break }
            for (i, byte) in b.enumerated() {
                if try !oneIteration(.value(.int(Int64(i), .int), boxed: false), .value(.int(Int64(byte), .uint8), boxed: false)) { return }
            }
            return
        case .value(.map(let m), _):
            if m.count == 0 { break }
            let boxed = m.holdsInterfaces
            let keys = m.sortedKeys
            let values = keys.map { m[$0] ?? .null }
            for (k, v) in zip(keys, values) {
                if try !oneIteration(.value(.string(k), boxed: false), .element(v, boxed: boxed)) { return }
            }
            return
        case .value(.int(let n, let t), _):
            if decl.count > 1 {
                throw error("can't use \(GoFormat.format(.int(n, t))) to iterate over more than one variable")
            }
            var ran = false
            if t.isUnsigned {
                let limit = UInt64(bitPattern: n)
                var i: UInt64 = 0
                while i < limit {
                    ran = true
                    let v = Operand.value(.int(Int64(bitPattern: i), t), boxed: false)
                    if try !oneIteration(v, v) { return }
                    i += 1
                }
            } else {
                var i: Int64 = 0
                while i < n {
                    ran = true
                    let v = Operand.value(.int(i, t), boxed: false)
                    if try !oneIteration(v, v) { return }
                    i += 1
                }
            }
            if ran { return }
        case .invalid:
            break
        case .value(let v, _):
            throw error("range can't iterate over \(GoFormat.format(v))")
        }
        if let e = r.elseList {
            _ = try walk(dot, e)
        }
    }

    private func walkTemplate(_ dot: Operand, _ t: TemplateNode) throws {
        node = t
        guard let target = namespace.lookup(t.name) else {
            throw error("template \(GoStrconv.quote(t.name)) not defined")
        }
        if depth >= options.maxExecDepth {
            throw error("exceeded maximum template depth (\(options.maxExecDepth))")
        }
        let newDot = try evalPipeline(dot, t.pipe)
        let savedTree = tree, savedNode = node, savedBase = varBase, savedCount = vars.count
        depth += 1
        memo?.enter(depth: depth)
        varBase = vars.count
        vars.append(("$", newDot))
        tree = target
        defer {
            depth -= 1
            pop(savedCount)
            varBase = savedBase
            tree = savedTree
            node = savedNode
        }
        _ = try walk(newDot, target.root)
    }

    // MARK: - Printing

    private func printValue(_ n: Node, _ v: Operand) {
        node = n
        switch v {
        case .invalid:
            out.append("<no value>")
        case .value(let value, _):
            switch value {
            case .string(let s): out.append(s)
            case .null: out.append("<nil>")
            default: out.append(GoFormat.format(value))
            }
        }
    }

    // MARK: - Pipelines and commands

    func evalPipeline(_ dot: Operand, _ pipe: PipeNode?) throws -> Operand {
        guard let pipe = pipe else { return .invalid }
        node = pipe
        var value: Operand? = nil
        for (i, cmd) in pipe.cmds.enumerated() {
            // `X | default Y`: X is a probe.
            if options.missingKeyProbes, i + 1 < pipe.cmds.count, cmd.args.count == 1, isFieldChain(cmd.args[0]),
               (pipe.cmds[i + 1].args.first as? IdentifierNode)?.ident == "default" {
                probes.append(cmd.args[0])
                defer { probes.removeLast() }
                value = try evalCommand(dot, cmd, final: value).concrete
                continue
            }
            let v = try evalCommand(dot, cmd, final: value)
            value = v.concrete
        }
        let result = value ?? .invalid
        for v in pipe.decl {
            if pipe.isAssign {
                try setVar(v.ident[0], result)
            } else {
                push(v.ident[0], result)
            }
        }
        return result
    }

    private func notAFunction(_ args: ArraySlice<Node>, _ final: Operand?) throws {
        if args.count > 1 || final != nil {
            throw error("can't give argument to non-function \(args[args.startIndex].goString)")
        }
    }

    private func evalCommand(_ dot: Operand, _ cmd: CommandNode, final: Operand?) throws -> Operand {
        let args = cmd.args[...]
        let first = cmd.args[0]
        switch first.kind {
        case .field:
            return try evalFieldNode(dot, unsafeDowncast(first, to: FieldNode.self), args, final)
        case .chain:
            return try evalChainNode(dot, unsafeDowncast(first, to: ChainNode.self), args, final)
        case .identifier:
            return try evalFunction(dot, unsafeDowncast(first, to: IdentifierNode.self), cmd, args, final)
        case .pipe:
            try notAFunction(args, final)
            return try evalPipeline(dot, unsafeDowncast(first, to: PipeNode.self))
        case .variable:
            return try evalVariableNode(dot, unsafeDowncast(first, to: VariableNode.self), args, final)
        default:
            break
        }
        node = first
        try notAFunction(args, final)
        switch first.kind {
        case .bool:
            return .value(.bool(unsafeDowncast(first, to: BoolNode.self).value), boxed: false)
        case .dot:
            return dot
        case .nilNode:
            throw error("nil is not a command")
        case .number:
            return try idealConstant(unsafeDowncast(first, to: NumberNode.self))
        case .string:
            return .value(.string(unsafeDowncast(first, to: StringNode.self).text), boxed: false)
        default:
            throw error("can't evaluate command \(GoStrconv.quote(first.goString))")
        }
    }

    /// Go's `idealConstant`: a number literal in a context with no type.
    private func idealConstant(_ c: NumberNode) throws -> Operand {
        node = c
        if c.isComplex {
            return .value(.object(GoComplex(real: c.complexReal, imag: c.complexImag)), boxed: false)
        }
        let text = c.text.utf8
        let isHexInt = text.count > 2 && text.first == 0x30
            && (Array(text)[1] == 0x78 || Array(text)[1] == 0x58) && !text.contains(0x70) && !text.contains(0x50)
        let isRuneInt = text.first == 0x27
        if c.isFloat && !isHexInt && !isRuneInt
            && text.contains(where: { $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x70 || $0 == 0x50 }) {
            return .value(.float(c.float64), boxed: false)
        }
        if c.isInt { return .value(.int(c.int64, .int), boxed: false) }
        if c.isUint { throw error("\(c.text) overflows int") }
        return .invalid
    }

    private func evalFieldNode(_ dot: Operand, _ field: FieldNode, _ args: ArraySlice<Node>, _ final: Operand?) throws -> Operand {
        node = field
        return try evalFieldChain(dot, dot, field, field.ident[...], args, final)
    }

    private func evalChainNode(_ dot: Operand, _ chain: ChainNode, _ args: ArraySlice<Node>, _ final: Operand?) throws -> Operand {
        node = chain
        if chain.fields.isEmpty { throw error("internal error: no fields in evalChainNode") }
        if chain.node.kind == .nilNode { throw error("indirection through explicit nil in \(chain.goString)") }
        let pipe = try evalArg(dot, .reflectValue, chain.node)
        return try evalFieldChain(dot, pipe, chain, chain.fields[...], args, final)
    }

    private func evalVariableNode(_ dot: Operand, _ v: VariableNode, _ args: ArraySlice<Node>, _ final: Operand?) throws -> Operand {
        node = v
        let value = try varValue(v.ident[0])
        if v.ident.count == 1 {
            try notAFunction(args, final)
            return value
        }
        return try evalFieldChain(dot, value, v, v.ident[1...], args, final)
    }

    private func evalFieldChain(_ dot: Operand, _ receiver: Operand, _ n: Node, _ ident: ArraySlice<String>,
                                _ args: ArraySlice<Node>, _ final: Operand?) throws -> Operand {
        var receiver = receiver
        var i = ident.startIndex
        let last = ident.endIndex - 1
        while i < last {
            receiver = try evalField(dot, ident[i], n, Executor.noArgs, nil, receiver)
            i += 1
        }
        return try evalField(dot, ident[last], n, args, final, receiver)
    }

    private func evalFunction(_ dot: Operand, _ id: IdentifierNode, _ cmd: Node, _ args: ArraySlice<Node>,
                              _ final: Operand?) throws -> Operand {
        node = id
        guard let f = id.function else {
            throw error("\(GoStrconv.quote(id.ident)) is not a defined function")
        }
        return try evalCall(dot, f, id.builtin, cmd, id.ident, args, final, signature: id.signature)
    }

    /// Go's `evalField`: `.Name` on a map, a host object or a method.
    private func evalField(_ dot: Operand, _ fieldName: String, _ n: Node, _ args: ArraySlice<Node>,
                           _ final: Operand?, _ receiver: Operand) throws -> Operand {
        guard case .value(let v, let boxed) = receiver else {
            if options.missingKey == .error && !isProbe(n) {
                throw error("nil data; no entry for key \(GoStrconv.quote(fieldName))")
            }
            return .invalid
        }
        var typeName: String { boxed ? "interface {}" : v.goTypeName }
        var methods: MethodProvider?
        switch v {
        case .null:
            throw error("nil pointer evaluating \(typeName).\(fieldName)")
        case .map(let m): methods = m.methods
        case .list(let l): methods = l.methods
        case .object(let o): methods = o.methods
        default: break
        }
        if let m = methods, let f = m.method(fieldName, receiver: v) {
            return try evalCall(dot, f, nil, n, fieldName, args, final)
        }
        let hasArgs = args.count > 1 || final != nil
        switch v {
        case .map(let m):
            if hasArgs { throw error("\(fieldName) is not a method but has arguments") }
            if let r = m[fieldName] {
                readObserver?.didRead(m, key: fieldName)
                return .element(r, boxed: m.holdsInterfaces)
            }
            switch options.missingKey {
            case .default: return .invalid
            case .zero: return ZeroValue.of(typeName: m.elementTypeName)
            case .error:
                if isProbe(n) { return ZeroValue.of(typeName: m.elementTypeName) }
                throw error("map has no entry for key \(GoStrconv.quote(fieldName))")
            }
        case .object(let o):
            if let r = o.field(fieldName) {
                if hasArgs { throw error("\(fieldName) has arguments but cannot be invoked as function") }
                return .direct(r)
            }
        default:
            break
        }
        throw error("can't evaluate field \(fieldName) in type \(typeName)")
    }

    private func isProbe(_ n: Node) -> Bool { probes.contains { $0 === n } }

    // MARK: - Calls

    /// Go's `evalCall` for a function or method. `args[0]` is the function's
    /// own node (as in a command); `final` is the piped-in value.
    private func evalCall(_ dot: Operand, _ f: TemplateFunction, _ builtin: BuiltinKind?, _ callNode: Node,
                          _ name: String, _ allArgs: ArraySlice<Node>, _ final: Operand?,
                          signature known: Signature? = nil) throws -> Operand {
        let args = allArgs.isEmpty ? allArgs : allArgs.dropFirst()
        let signature = known ?? builtin.map { $0.signature } ?? Signature(f)
        var numIn = args.count
        if final != nil { numIn += 1 }
        var numFixed = args.count
        if let _ = signature.variadic {
            numFixed = signature.params.count
            if numIn < numFixed {
                throw error("wrong number of args for \(name): want at least \(numFixed) got \(args.count)")
            }
        } else if numIn != signature.params.count {
            throw error("wrong number of args for \(name): want \(signature.params.count) got \(numIn)")
        }

        if let b = builtin, b == .and || b == .or {
            var v: Operand = .invalid
            for arg in args {
                v = try evalArg(dot, .reflectValue, arg)
                if v.concrete.isTrue == (b == .or) { return v }
            }
            if let fin = final { v = fin }
            return v
        }

        if builtin == nil {
            return try callFunction(dot, f, callNode, name, args, final, signature, numIn: numIn, numFixed: numFixed)
        }
        var argv: [Operand] = []
        argv.reserveCapacity(numIn)
        var i = args.startIndex
        var k = 0
        while k < numFixed && i < args.endIndex {
            argv.append(try evalArg(dot, signature.params[k], args[i]))
            i += 1
            k += 1
        }
        if let vt = signature.variadic {
            while i < args.endIndex {
                argv.append(try evalArg(dot, vt, args[i]))
                i += 1
            }
        }
        if let fin = final {
            var t: ArgType
            if let vt = signature.variadic {
                t = numIn - 1 < numFixed ? signature.params[numIn - 1] : vt
            } else {
                t = signature.params[signature.params.count - 1]
            }
            argv.append(try validateType(fin, t))
        }
        do {
            return try BuiltinCalls.call(builtin ?? .call, argv, nodeText: args.first?.goString ?? "", context: self)
        } catch let e as FunctionError {
            node = callNode
            throw error("error calling \(name): \(e.message)")
        }
    }

    /// `evalCall` for a table function: arguments are evaluated straight
    /// into the `[Value]` the function receives.
    private func callFunction(_ dot: Operand, _ f: TemplateFunction, _ callNode: Node, _ name: String,
                              _ args: ArraySlice<Node>, _ final: Operand?, _ signature: Signature,
                              numIn: Int, numFixed: Int) throws -> Operand {
        var savedProbes: [Node]?
        if options.missingKeyProbes, name == "default" {
            savedProbes = probes
            probes += args.filter(isFieldChain)
        }
        defer { if let savedProbes { probes = savedProbes } }
        var values: [Value] = []
        values.reserveCapacity(numIn)
        var i = args.startIndex
        var k = 0
        while k < numFixed && i < args.endIndex {
            values.append(try evalArg(dot, signature.params[k], args[i]).value)
            i += 1
            k += 1
        }
        if let vt = signature.variadic {
            while i < args.endIndex {
                values.append(try evalArg(dot, vt, args[i]).value)
                i += 1
            }
        }
        if let fin = final {
            let t: ArgType
            if let vt = signature.variadic {
                t = numIn - 1 < numFixed ? signature.params[numIn - 1] : vt
            } else {
                t = signature.params[signature.params.count - 1]
            }
            values.append(try validateType(fin, t).value)
        }
        if f.effect != .pure { memo?.noteCall(f.effect) }
        do {
            return .direct(try f.body(values, self))
        } catch let e as FunctionError {
            node = callNode
            throw error("error calling \(name): \(e.message)")
        } catch let e as TemplateError {
            node = callNode
            throw error("error calling \(name): \(e.message)")
        } catch {
            node = callNode
            throw self.error("error calling \(name): \(error)")
        }
    }

    /// Go's `validateType`: checks (and for `interface {}` values unwraps)
    /// a computed value against a parameter type.
    private func validateType(_ value: Operand, _ type: ArgType) throws -> Operand {
        guard case .param(let p) = type else { return value }
        guard case .value(let v, let boxed) = value else {
            switch p {
            case .any: return .value(.null, boxed: true)
            case .list: return .direct(.list(GoList([], isNil: true)))
            case .stringList: return .direct(.list(GoList.strings([], isNil: true)))
            case .map: return .direct(.map(GoMap(isNil: true)))
            case .bytes: return .direct(.bytes([]))
            default: throw error("invalid value; expected \(p.goName)")
            }
        }
        if ArgumentTypes.assignable(v, to: p) { return value }
        let got = (boxed && v.isNull) ? "interface {}" : v.goTypeName
        throw error("wrong type for value; expected \(p.goName); got \(got)")
    }

    /// Go's `evalArg`: evaluates one argument node for a parameter type.
    private func evalArg(_ dot: Operand, _ type: ArgType, _ n: Node) throws -> Operand {
        node = n
        switch n.kind {
        case .dot:
            return try validateType(dot, type)
        case .nilNode:
            switch type {
            case .reflectValue: return .invalid
            case .param(let p):
                switch p {
                case .any: return .value(.null, boxed: true)
                case .list: return .direct(.list(GoList([], isNil: true)))
                case .stringList: return .direct(.list(GoList.strings([], isNil: true)))
                case .map: return .direct(.map(GoMap(isNil: true)))
                case .bytes: return .direct(.bytes([]))
                default: throw error("cannot assign nil to \(p.goName)")
                }
            }
        case .field:
            let f = unsafeDowncast(n, to: FieldNode.self)
            return try validateType(try evalFieldNode(dot, f, Executor.noArgs, nil), type)
        case .variable:
            return try validateType(try evalVariableNode(dot, unsafeDowncast(n, to: VariableNode.self), Executor.noArgs, nil), type)
        case .pipe:
            return try validateType(try evalPipeline(dot, unsafeDowncast(n, to: PipeNode.self)), type)
        case .identifier:
            let id = unsafeDowncast(n, to: IdentifierNode.self)
            return try validateType(try evalFunction(dot, id, id, Executor.noArgs, nil), type)
        case .chain:
            return try validateType(try evalChainNode(dot, unsafeDowncast(n, to: ChainNode.self), Executor.noArgs, nil), type)
        default:
            break
        }
        switch type {
        case .reflectValue:
            return try evalEmptyInterface(dot, n)
        case .param(let p):
            switch p {
            case .any:
                return try evalEmptyInterface(dot, n)
            case .bool:
                if n.kind == .bool { return .value(.bool(unsafeDowncast(n, to: BoolNode.self).value), boxed: false) }
                throw error("expected bool; found \(n.goString)")
            case .string:
                if n.kind == .string { return .value(.string(unsafeDowncast(n, to: StringNode.self).text), boxed: false) }
                throw error("expected string; found \(n.goString)")
            case .int, .int64:
                if n.kind == .number {
                    let num = unsafeDowncast(n, to: NumberNode.self)
                    if num.isInt { return .value(.int(num.int64, p == .int ? .int : .int64), boxed: false) }
                }
                throw error("expected integer; found \(n.goString)")
            case .float64:
                if n.kind == .number {
                    let num = unsafeDowncast(n, to: NumberNode.self)
                    if num.isFloat { return .value(.float(num.float64), boxed: false) }
                }
                throw error("expected float; found \(n.goString)")
            case .uint32:
                // Go's evalUnsignedInteger: SetUint truncates to the width.
                if n.kind == .number {
                    let num = unsafeDowncast(n, to: NumberNode.self)
                    if num.isUint { return .value(.int(Int64(UInt32(truncatingIfNeeded: num.uint64)), .uint32), boxed: false) }
                }
                throw error("expected unsigned integer; found \(n.goString)")
            case .list, .map, .stringList, .bytes, .named:
                throw error("can't handle \(n.goString) for arg of type \(p.goName)")
            }
        }
    }

    private func evalEmptyInterface(_ dot: Operand, _ n: Node) throws -> Operand {
        node = n
        switch n.kind {
        case .bool: return .value(.bool(unsafeDowncast(n, to: BoolNode.self).value), boxed: false)
        case .number: return try idealConstant(unsafeDowncast(n, to: NumberNode.self))
        case .string: return .value(.string(unsafeDowncast(n, to: StringNode.self).text), boxed: false)
        default: throw error("can't handle assignment of \(n.goString) to empty interface argument")
        }
    }
}
