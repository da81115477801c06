/// Go's `pp.printArg` / `pp.printValue`: one operand under one verb,
/// recursing into lists and maps like Go's reflection-based printer.
extension GoPrinter {
    mutating func printArg(_ arg: Value, verb: UInt32) {
        if case .null = arg {
            if verb == Verb.T || verb == Verb.v {
                padString("<nil>")
            } else {
                badVerb(arg, verb: verb)
            }
            return
        }
        if verb == Verb.T {
            fmtS(arg.goTypeName)
            return
        }
        if verb == Verb.p {
            fmtPointer(arg, verb: verb)
            return
        }
        switch arg {
        case .bytes(let b):
            fmtBytes(b, verb: verb, typeString: "[]byte", original: arg)
        default:
            printValue(arg, verb: verb, depth: 0)
        }
    }

    /// Prints `value`; `depth` > 0 inside a list or map.
    mutating func printValue(_ value: Value, verb: UInt32, depth: Int, elementTypeName: String = "interface {}") {
        switch value {
        case .null:
            if depth == 0 {
                printArg(value, verb: verb)
            } else if flags.sharpV {
                buf.append(contentsOf: elementTypeName.utf8)
                buf.append(contentsOf: "(nil)".utf8)
            } else {
                buf.append(contentsOf: "<nil>".utf8)
            }
        case .bool(let b):
            if verb == UInt32(UInt8(ascii: "t")) || verb == Verb.v {
                fmtBoolean(b)
            } else {
                badVerb(value, verb: verb)
            }
        case .int(let v, let type):
            fmtInteger(UInt64(bitPattern: v), signed: !type.isUnsigned, verb: verb, original: value)
        case .float(let f):
            fmtFloat(f, verb: verb, original: value)
        case .string(let s):
            fmtString(s, verb: verb, original: value)
        case .bytes(let b):
            if verb == UInt32(UInt8(ascii: "s")) || verb == UInt32(UInt8(ascii: "q")) || verb == UInt32(UInt8(ascii: "x")) || verb == UInt32(UInt8(ascii: "X")) {
                fmtBytes(b, verb: verb, typeString: "[]uint8", original: value)
            } else {
                printSequence(b.map { Value.int(Int64($0), .uint8) }, typeName: "[]uint8",
                              elementTypeName: "uint8", verb: verb, depth: depth)
            }
        case .list(let list):
            if list.elementTypeName == "uint8",
               verb == UInt32(UInt8(ascii: "s")) || verb == UInt32(UInt8(ascii: "q")) || verb == UInt32(UInt8(ascii: "x")) || verb == UInt32(UInt8(ascii: "X")) {
                var bytes: [UInt8] = []
                for item in list.items {
                    if case .int(let v, _) = item { bytes.append(UInt8(truncatingIfNeeded: v)) }
                }
                fmtBytes(bytes, verb: verb, typeString: list.typeName, original: value)
                return
            }
            if flags.sharpV && list.isNil {
                buf.append(contentsOf: list.typeName.utf8)
                buf.append(contentsOf: "(nil)".utf8)
                return
            }
            guard enterContainer(ObjectIdentifier(list), depth: depth) else { return }
            printSequence(list.items, typeName: list.typeName, elementTypeName: list.elementTypeName,
                          verb: verb, depth: depth)
            leaveContainer(ObjectIdentifier(list), depth: depth)
        case .map(let map):
            if flags.sharpV && map.isNil {
                buf.append(contentsOf: map.typeName.utf8)
                buf.append(contentsOf: "(nil)".utf8)
                return
            }
            guard enterContainer(ObjectIdentifier(map), depth: depth) else { return }
            if flags.sharpV {
                buf.append(contentsOf: map.typeName.utf8)
                buf.append(UInt8(ascii: "{"))
            } else {
                buf.append(contentsOf: "map[".utf8)
            }
            for (index, key) in map.sortedKeys.enumerated() {
                if index > 0 {
                    if flags.sharpV { buf.append(contentsOf: ", ".utf8) } else { buf.append(UInt8(ascii: " ")) }
                }
                fmtString(key, verb: verb, original: .string(key))
                buf.append(UInt8(ascii: ":"))
                printValue(map[key] ?? .null, verb: verb, depth: depth + 1, elementTypeName: map.elementTypeName)
            }
            buf.append(flags.sharpV ? UInt8(ascii: "}") : UInt8(ascii: "]"))
            leaveContainer(ObjectIdentifier(map), depth: depth)
        case .object(let object):
            if erroring || verb == Verb.v || verb == UInt32(UInt8(ascii: "s")) {
                padString(object.formatted)
            } else {
                badVerb(value, verb: verb)
            }
        }
    }

    /// Go's fmt recurses forever into a map or slice that contains itself
    /// (and the process dies); deep paths are checked so that such a value
    /// prints `<cycle>` at the repeat instead.
    private mutating func enterContainer(_ id: ObjectIdentifier, depth: Int) -> Bool {
        guard depth >= goFormatCycleCheckDepth else { return true }
        if !cyclePath.insert(id).inserted {
            buf.append(contentsOf: "<cycle>".utf8)
            return false
        }
        return true
    }

    private mutating func leaveContainer(_ id: ObjectIdentifier, depth: Int) {
        if depth >= goFormatCycleCheckDepth { cyclePath.remove(id) }
    }

    private mutating func printSequence(_ items: [Value], typeName: String, elementTypeName: String,
                                        verb: UInt32, depth: Int) {
        if flags.sharpV {
            buf.append(contentsOf: typeName.utf8)
            buf.append(UInt8(ascii: "{"))
            for (index, item) in items.enumerated() {
                if index > 0 { buf.append(contentsOf: ", ".utf8) }
                printValue(item, verb: verb, depth: depth + 1, elementTypeName: elementTypeName)
            }
            buf.append(UInt8(ascii: "}"))
        } else {
            buf.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { buf.append(UInt8(ascii: " ")) }
                printValue(item, verb: verb, depth: depth + 1, elementTypeName: elementTypeName)
            }
            buf.append(UInt8(ascii: "]"))
        }
    }

    /// `%!verb(type=value)`.
    private mutating func badVerb(_ value: Value, verb: UInt32) {
        erroring = true
        buf.append(contentsOf: "%!".utf8)
        UTF8Runes.append(verb, to: &buf)
        buf.append(UInt8(ascii: "("))
        if case .null = value {
            buf.append(contentsOf: "<nil>".utf8)
        } else {
            buf.append(contentsOf: value.goTypeName.utf8)
            buf.append(UInt8(ascii: "="))
            printArg(value, verb: Verb.v)
        }
        buf.append(UInt8(ascii: ")"))
        erroring = false
    }

    private mutating func fmtInteger(_ v: UInt64, signed: Bool, verb: UInt32, original: Value) {
        switch verb {
        case Verb.v:
            if flags.sharpV && !signed {
                let sharp = flags.sharp
                flags.sharp = true
                fmtInteger(v, base: 16, signed: false, verb: verb)
                flags.sharp = sharp
            } else {
                fmtInteger(v, base: 10, signed: signed, verb: verb)
            }
        case UInt32(UInt8(ascii: "d")): fmtInteger(v, base: 10, signed: signed, verb: verb)
        case UInt32(UInt8(ascii: "b")): fmtInteger(v, base: 2, signed: signed, verb: verb)
        case UInt32(UInt8(ascii: "o")), UInt32(UInt8(ascii: "O")): fmtInteger(v, base: 8, signed: signed, verb: verb)
        case UInt32(UInt8(ascii: "x")): fmtInteger(v, base: 16, signed: signed, verb: verb)
        case UInt32(UInt8(ascii: "X")): fmtInteger(v, base: 16, signed: signed, verb: verb, upper: true)
        case UInt32(UInt8(ascii: "c")): fmtC(v)
        case UInt32(UInt8(ascii: "q")): fmtQc(v)
        case UInt32(UInt8(ascii: "U")): fmtUnicode(v)
        default: badVerb(original, verb: verb)
        }
    }

    private mutating func fmtFloat(_ f: Double, verb: UInt32, original: Value) {
        switch verb {
        case Verb.v: fmtFloat(f, verb: UInt8(ascii: "g"), prec: -1)
        case UInt32(UInt8(ascii: "b")), UInt32(UInt8(ascii: "g")), UInt32(UInt8(ascii: "G")), UInt32(UInt8(ascii: "x")), UInt32(UInt8(ascii: "X")):
            fmtFloat(f, verb: UInt8(truncatingIfNeeded: verb), prec: -1)
        case UInt32(UInt8(ascii: "f")), UInt32(UInt8(ascii: "e")), UInt32(UInt8(ascii: "E")):
            fmtFloat(f, verb: UInt8(truncatingIfNeeded: verb), prec: 6)
        case UInt32(UInt8(ascii: "F")): fmtFloat(f, verb: UInt8(ascii: "f"), prec: 6)
        default: badVerb(original, verb: verb)
        }
    }

    private mutating func fmtString(_ s: String, verb: UInt32, original: Value) {
        switch verb {
        case Verb.v:
            if flags.sharpV { fmtQ(GoBytes.bytes(s)) } else { fmtS(s) }
        case UInt32(UInt8(ascii: "s")): fmtS(s)
        case UInt32(UInt8(ascii: "x")): fmtSbx(GoBytes.bytes(s), upper: false)
        case UInt32(UInt8(ascii: "X")): fmtSbx(GoBytes.bytes(s), upper: true)
        case UInt32(UInt8(ascii: "q")): fmtQ(GoBytes.bytes(s))
        default: badVerb(original, verb: verb)
        }
    }

    private mutating func fmtBytes(_ v: [UInt8], verb: UInt32, typeString: String, original: Value) {
        switch verb {
        case Verb.v, UInt32(UInt8(ascii: "d")):
            if flags.sharpV {
                buf.append(contentsOf: typeString.utf8)
                buf.append(UInt8(ascii: "{"))
                for (index, c) in v.enumerated() {
                    if index > 0 { buf.append(contentsOf: ", ".utf8) }
                    let sharp = flags.sharp
                    flags.sharp = true
                    fmtInteger(UInt64(c), base: 16, signed: false, verb: Verb.v)
                    flags.sharp = sharp
                }
                buf.append(UInt8(ascii: "}"))
            } else {
                buf.append(UInt8(ascii: "["))
                for (index, c) in v.enumerated() {
                    if index > 0 { buf.append(UInt8(ascii: " ")) }
                    fmtInteger(UInt64(c), base: 10, signed: false, verb: verb)
                }
                buf.append(UInt8(ascii: "]"))
            }
        case UInt32(UInt8(ascii: "s")): fmtBs(v)
        case UInt32(UInt8(ascii: "x")): fmtSbx(v, upper: false)
        case UInt32(UInt8(ascii: "X")): fmtSbx(v, upper: true)
        case UInt32(UInt8(ascii: "q")): fmtQ(v)
        default:
            printValue(.list(GoList(v.map { .int(Int64($0), .uint8) }, typeName: "[]uint8",
                                    elementTypeName: "uint8")), verb: verb, depth: 0)
        }
    }

    /// `%p`: Go prints an address; ours is a stable stand-in for lists,
    /// maps, byte slices and pointer objects.
    private mutating func fmtPointer(_ value: Value, verb: UInt32) {
        switch value {
        case .list, .map, .bytes:
            break
        case .object(let o) where o.goKind == "ptr":
            break
        default:
            badVerb(value, verb: verb)
            return
        }
        let sharp = flags.sharp
        flags.sharp = !sharp
        fmtInteger(0xc000010000, base: 16, signed: false, verb: Verb.v)
        flags.sharp = sharp
    }
}
