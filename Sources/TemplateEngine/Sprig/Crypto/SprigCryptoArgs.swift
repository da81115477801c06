/// Reads arguments the executor has already converted to the declared Go
/// parameter types.
enum SprigCryptoArgs {
    static func string(_ args: [Value], _ i: Int) -> String {
        guard i < args.count, case .string(let s) = args[i] else { return "" }
        return s
    }

    static func bytes(_ args: [Value], _ i: Int) -> [UInt8] {
        GoBytes.bytes(string(args, i))
    }

    static func int(_ args: [Value], _ i: Int) -> Int {
        guard i < args.count else { return 0 }
        switch args[i] {
        case .int(let v, _): return Int(truncatingIfNeeded: v)
        case .float(let f) where f.isFinite && f.rounded() == f && abs(f) < 9.0e18: return Int(f)
        default: return 0
        }
    }

    static func list(_ args: [Value], _ i: Int) -> GoList? {
        guard i < args.count else { return nil }
        return args[i].listValue
    }

    /// A Go `uint32` parameter, which the shared parameter types do not
    /// name: integers of any Go integer type in range pass, everything else
    /// fails the way Go's reflect call does.
    static func uint32(_ args: [Value], _ i: Int) throws -> UInt32 {
        guard i < args.count else { throw FunctionError("wrong number of args") }
        switch args[i] {
        case .int(let v, _) where v >= 0 && v <= Int64(UInt32.max):
            return UInt32(v)
        case .float(let f) where f >= 0 && f <= Double(UInt32.max) && f.rounded() == f:
            return UInt32(f)
        default:
            throw FunctionError("wrong type for value; expected uint32; got \(args[i].goTypeName)")
        }
    }
}
