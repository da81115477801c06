/// Go's comparison built-ins `eq`, `lt`, `le` on basic kinds, with Go's errors.
enum Comparison {
    private enum Kind { case invalid, bool, int, uint, float, complex, string }

    static let badComparisonType = "invalid type for comparison"
    static let badComparison = "incompatible types for comparison"
    static let noComparison = "missing argument for comparison"

    private static func basicKind(_ op: Operand) -> Kind {
        guard case .value(let v, _) = op else { return .invalid }
        switch v {
        case .bool: return .bool
        case .int(_, let t): return t.isUnsigned ? .uint : .int
        case .float: return .float
        case .string: return .string
        case .object(let o) where o is GoComplex: return .complex
        default: return .invalid
        }
    }

    private static func intValue(_ op: Operand) -> Int64 {
        if case .value(.int(let i, _), _) = op { return i }
        return 0
    }

    private static func uintValue(_ op: Operand) -> UInt64 {
        if case .value(.int(let i, _), _) = op { return UInt64(bitPattern: i) }
        return 0
    }

    private static func floatValue(_ op: Operand) -> Double {
        if case .value(.float(let f), _) = op { return f }
        return 0
    }

    private static func stringValue(_ op: Operand) -> String {
        if case .value(.string(let s), _) = op { return s }
        return ""
    }

    private static func boolValue(_ op: Operand) -> Bool {
        if case .value(.bool(let b), _) = op { return b }
        return false
    }

    private static func complexValue(_ op: Operand) -> (Double, Double) {
        if case .value(.object(let o), _) = op, let c = o as? GoComplex { return (c.real, c.imag) }
        return (0, 0)
    }

    /// Go's reflect kind name, for `canCompare`.
    private static func reflectKind(_ op: Operand) -> String {
        guard case .value(let v, _) = op else { return "invalid" }
        return v.goKindName
    }

    private static func isNil(_ op: Operand) -> Bool {
        guard case .value(let v, _) = op else { return true }
        return v.isNull
    }

    static func eq(_ a1: Operand, _ rest: ArraySlice<Operand>) throws -> Bool {
        let arg1 = a1.concrete
        if rest.isEmpty { throw FunctionError(noComparison) }
        let k1 = basicKind(arg1)
        for a in rest {
            let arg = a.concrete
            let k2 = basicKind(arg)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint):
                    truth = intValue(arg1) >= 0 && UInt64(intValue(arg1)) == uintValue(arg)
                case (.uint, .int):
                    truth = intValue(arg) >= 0 && uintValue(arg1) == UInt64(intValue(arg))
                default:
                    if !arg1.isInvalid && !arg.isInvalid { throw incompatible(arg1, arg) }
                }
            } else {
                switch k1 {
                case .bool: truth = boolValue(arg1) == boolValue(arg)
                case .complex: truth = complexValue(arg1) == complexValue(arg)
                case .float: truth = floatValue(arg1) == floatValue(arg)
                case .int: truth = intValue(arg1) == intValue(arg)
                case .string: truth = stringValue(arg1).utf8.elementsEqual(stringValue(arg).utf8)
                case .uint: truth = uintValue(arg1) == uintValue(arg)
                case .invalid:
                    let kind1 = reflectKind(arg1), kind2 = reflectKind(arg)
                    if !(kind1 == kind2 || kind1 == "invalid" || kind2 == "invalid") {
                        throw FunctionError("non-comparable types \(describe(arg1)): \(arg1.value.goTypeName), \(arg.value.goTypeName): \(describeV(arg))")
                    }
                    if isNil(arg1) || isNil(arg) {
                        truth = isNil(arg) == isNil(arg1)
                    } else {
                        switch (arg1.value, arg.value) {
                        case (.object(let o1), .object(let o2)):
                            truth = o1 === o2
                        default:
                            throw FunctionError("non-comparable type \(describe(arg)): \(arg.value.goTypeName)")
                        }
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    /// `%s` of a reflect.Value argument in Go's error texts.
    /// Go 1.26's `incompatible types for comparison: T1 and T2`.
    private static func incompatible(_ a: Operand, _ b: Operand) -> FunctionError {
        FunctionError("\(badComparison): \(a.value.goTypeName) and \(b.value.goTypeName)")
    }

    private static func describe(_ op: Operand) -> String {
        guard case .value(let v, _) = op else { return "<invalid reflect.Value>" }
        return GoFormat.sprintf("%s", [v])
    }

    /// `%v` of a reflect.Value argument.
    private static func describeV(_ op: Operand) -> String {
        guard case .value(let v, _) = op else { return "<invalid reflect.Value>" }
        return GoFormat.format(v)
    }

    static func lt(_ a1: Operand, _ a2: Operand) throws -> Bool {
        let arg1 = a1.concrete
        let k1 = basicKind(arg1)
        if k1 == .invalid { throw FunctionError(badComparisonType) }
        let arg2 = a2.concrete
        let k2 = basicKind(arg2)
        if k2 == .invalid { throw FunctionError(badComparisonType) }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint):
                return intValue(arg1) < 0 || UInt64(intValue(arg1)) < uintValue(arg2)
            case (.uint, .int):
                return intValue(arg2) >= 0 && uintValue(arg1) < UInt64(intValue(arg2))
            default:
                throw incompatible(arg1, arg2)
            }
        }
        switch k1 {
        case .bool, .complex, .invalid: throw FunctionError(badComparisonType)
        case .float: return floatValue(arg1) < floatValue(arg2)
        case .int: return intValue(arg1) < intValue(arg2)
        case .string: return goStringLess(stringValue(arg1), stringValue(arg2))
        case .uint: return uintValue(arg1) < uintValue(arg2)
        }
    }

    static func le(_ a1: Operand, _ a2: Operand) throws -> Bool {
        if try lt(a1, a2) { return true }
        return try eq(a1, [a2][...])
    }
}
