/// The bodies of Go's reflect-level built-ins (`funcs.go`): `and`, `or`,
/// `not`, `len`, `index`, `slice`, the comparisons and `call`.
enum BuiltinCalls {
    static func call(_ kind: BuiltinKind, _ args: [Operand], nodeText: String, context: Executor?) throws -> Operand {
        let sig = kind.signature
        if args.count < sig.params.count || (sig.variadic == nil && args.count != sig.params.count) {
            throw FunctionError("wrong number of args for \(kind): want \(sig.params.count) got \(args.count)")
        }
        switch kind {
        case .and, .or:
            var v: Operand = .invalid
            for a in args {
                v = a
                if a.concrete.isTrue == (kind == .or) { return a }
            }
            return v
        case .not:
            return .direct(.bool(!(args.first ?? .invalid).concrete.isTrue))
        case .len:
            return .direct(.int(Int64(try length(args.first ?? .invalid)), .int))
        case .index:
            return try index(args.first ?? .invalid, args.dropFirst())
        case .slice:
            return try slice(args.first ?? .invalid, args.dropFirst())
        case .eq:
            return .direct(.bool(try Comparison.eq(args.first ?? .invalid, args.dropFirst())))
        case .ne:
            return .direct(.bool(!(try Comparison.eq(args[0], args[1...]))))
        case .lt:
            return .direct(.bool(try Comparison.lt(args[0], args[1])))
        case .le:
            return .direct(.bool(try Comparison.le(args[0], args[1])))
        case .gt:
            return .direct(.bool(!(try Comparison.le(args[0], args[1]))))
        case .ge:
            return .direct(.bool(!(try Comparison.lt(args[0], args[1]))))
        case .call:
            let fn = (args.first ?? .invalid).concrete
            guard case .value(let v, _) = fn else { throw FunctionError("call of nil") }
            throw FunctionError("non-function \(nodeText) of type \(v.goTypeName)")
        }
    }

    /// Go's `indirect` through interfaces and pointers: nil interface → nil.
    private static func indirect(_ op: Operand) -> (Value?, isNil: Bool) {
        switch op {
        case .invalid: return (nil, false)
        case .value(let v, _):
            if case .null = v { return (nil, true) }
            return (v, false)
        }
    }

    private static func concreteTypeName(_ v: Value) -> String {
        if case .object(let o) = v, o.goTypeName.hasPrefix("*") { return String(o.goTypeName.dropFirst()) }
        return v.goTypeName
    }

    static func length(_ item: Operand) throws -> Int {
        let (v, isNil) = indirect(item)
        if isNil { throw FunctionError("len of nil pointer") }
        guard let value = v else { throw FunctionError("reflect: call of reflect.Value.Type on zero Value") }
        switch value {
        case .string(let s): return GoBytes.count(s)
        case .list(let l): return l.items.count
        case .map(let m): return m.count
        case .bytes(let b): return b.count
        default: throw FunctionError("len of type \(concreteTypeName(value))")
        }
    }

    /// Go's `indexArg`.
    private static func indexArg(_ index: Operand, _ cap: Int) throws -> Int {
        let x: Int64
        switch index.concrete {
        case .invalid:
            throw FunctionError("cannot index slice/array with nil")
        case .value(.int(let i, _), _):
            x = i
        case .value(let v, _):
            throw FunctionError("cannot index slice/array with type \(v.goTypeName)")
        }
        if x < 0 || x > Int64(cap) { throw FunctionError("index out of range: \(x)") }
        return Int(x)
    }

    static func index(_ item: Operand, _ indexes: ArraySlice<Operand>) throws -> Operand {
        var item = item.concrete
        if item.isInvalid { throw FunctionError("index of untyped nil") }
        for idx in indexes {
            let (v, isNil) = indirect(item)
            guard !isNil, let value = v else { throw FunctionError("index of nil pointer") }
            switch value {
            case .list(let l):
                let x = try indexArg(idx, l.items.count)
                if x >= l.items.count { throw FunctionError("reflect: slice index out of range") }
                item = .element(l.items[x], boxed: l.holdsInterfaces)
            case .bytes(let b):
                let x = try indexArg(idx, b.count)
                if x >= b.count { throw FunctionError("reflect: slice index out of range") }
                item = .value(.int(Int64(b[x]), .uint8), boxed: false)
            case .string(let s):
                let byte: UInt8
                if GoBytes.hasEscapes(s) {
                    let u = GoBytes.bytes(s)
                    let x = try indexArg(idx, u.count)
                    if x >= u.count { throw FunctionError("reflect: string index out of range") }
                    byte = u[x]
                } else {
                    let u = s.utf8
                    let x = try indexArg(idx, u.count)
                    if x >= u.count { throw FunctionError("reflect: string index out of range") }
                    byte = u[u.index(u.startIndex, offsetBy: x)]
                }
                item = .value(.int(Int64(byte), .uint8), boxed: false)
            case .map(let m):
                let key: String
                switch idx.concrete {
                case .invalid: throw FunctionError("value is nil; should be of type string")
                case .value(.string(let s), _): key = s
                case .value(let other, _):
                    throw FunctionError("value has type \(other.goTypeName); should be string")
                }
                if let r = m[key] {
                    item = .element(r, boxed: m.holdsInterfaces)
                } else {
                    item = ZeroValue.of(typeName: m.elementTypeName)
                }
            default:
                throw FunctionError("can't index item of type \(concreteTypeName(value))")
            }
        }
        return item
    }

    static func slice(_ item: Operand, _ indexes: ArraySlice<Operand>) throws -> Operand {
        guard case .value(let value, _) = item.concrete else { throw FunctionError("slice of untyped nil") }
        if indexes.count > 3 { throw FunctionError("too many slice indexes: \(indexes.count)") }
        let len: Int
        switch value {
        case .string(let s):
            if indexes.count == 3 { throw FunctionError("cannot 3-index slice a string") }
            len = GoBytes.count(s)
        case .list(let l): len = l.items.count
        case .bytes(let b): len = b.count
        default: throw FunctionError("can't slice item of type \(concreteTypeName(value))")
        }
        var idx = [0, len, len]
        for (i, index) in indexes.enumerated() {
            idx[i] = try indexArg(index, len)
        }
        if idx[0] > idx[1] { throw FunctionError("invalid slice index: \(idx[0]) > \(idx[1])") }
        if indexes.count == 3 && idx[1] > idx[2] {
            throw FunctionError("invalid slice index: \(idx[1]) > \(idx[2])")
        }
        switch value {
        case .string(let s):
            let bytes = GoBytes.bytes(s)[idx[0]..<idx[1]]
            return .direct(.string(GoBytes.string(bytes)))
        case .list(let l):
            return .direct(.list(GoList(Array(l.items[idx[0]..<idx[1]]), typeName: l.typeName,
                                        elementTypeName: l.elementTypeName, methods: l.methods)))
        case .bytes(let b):
            return .direct(.bytes(Array(b[idx[0]..<idx[1]])))
        default:
            return .invalid
        }
    }
}
