/// Sprig's arithmetic (`numeric.go` and the math entries of `genericMap`):
/// integer functions convert with `cast.ToInt64` and wrap like Go's int64;
/// float functions use exact decimals.
enum SprigMath {
    /// Longest list `until`/`untilStep`/`seq` build.
    static let maxSequenceLength = 10_000_000

    static let functions: [TemplateFunction] = [
        .sprig("add1", [.any]) { a in .int64(GoCast.toInt64(a[0]) &+ 1) },
        .sprig("add", [], variadic: .any) { a in .int64(a.reduce(Int64(0)) { $0 &+ GoCast.toInt64($1) }) },
        .sprig("sub", [.any, .any]) { a in .int64(GoCast.toInt64(a[0]) &- GoCast.toInt64(a[1])) },
        .sprig("div", [.any, .any]) { a in
            let x = GoCast.toInt64(a[0]), y = GoCast.toInt64(a[1])
            if y == 0 { throw FunctionError("runtime error: integer divide by zero") }
            return .int64(x.dividedReportingOverflow(by: y).partialValue)
        },
        .sprig("mod", [.any, .any]) { a in
            let x = GoCast.toInt64(a[0]), y = GoCast.toInt64(a[1])
            if y == 0 { throw FunctionError("runtime error: integer divide by zero") }
            return .int64(x.remainderReportingOverflow(dividingBy: y).partialValue)
        },
        .sprig("mul", [.any], variadic: .any) { a in
            .int64(a.dropFirst().reduce(GoCast.toInt64(a[0])) { $0 &* GoCast.toInt64($1) })
        },
        .sprig("add1f", [.any]) { a in try decimalOp(a[0], [.int(1)]) { $0 + $1 } },
        .sprig("addf", [], variadic: .any) { a in try decimalOp(.float(0), a) { $0 + $1 } },
        .sprig("subf", [.any], variadic: .any) { a in try decimalOp(a[0], Array(a.dropFirst())) { $0 - $1 } },
        .sprig("divf", [.any], variadic: .any) { a in try decimalOp(a[0], Array(a.dropFirst())) { try $0.divided(by: $1) } },
        .sprig("mulf", [.any], variadic: .any) { a in try decimalOp(a[0], Array(a.dropFirst())) { $0 * $1 } },
        .sprig("biggest", [.any], variadic: .any) { a in .int64(a.map(GoCast.toInt64).dropFirst().reduce(GoCast.toInt64(a[0])) { Swift.max($0, $1) }) },
        .sprig("max", [.any], variadic: .any) { a in .int64(a.map(GoCast.toInt64).dropFirst().reduce(GoCast.toInt64(a[0])) { Swift.max($0, $1) }) },
        .sprig("min", [.any], variadic: .any) { a in .int64(a.map(GoCast.toInt64).dropFirst().reduce(GoCast.toInt64(a[0])) { Swift.min($0, $1) }) },
        .sprig("maxf", [.any], variadic: .any) { a in .float(a.dropFirst().reduce(GoCast.toFloat64(a[0])) { goMax($0, GoCast.toFloat64($1)) }) },
        .sprig("minf", [.any], variadic: .any) { a in .float(a.dropFirst().reduce(GoCast.toFloat64(a[0])) { goMin($0, GoCast.toFloat64($1)) }) },
        .sprig("ceil", [.any]) { a in .float(GoCast.toFloat64(a[0]).rounded(.up)) },
        .sprig("floor", [.any]) { a in .float(GoCast.toFloat64(a[0]).rounded(.down)) },
        .sprig("round", [.any, .int], variadic: .float64) { a in
            let roundOn = a.count > 2 ? a[2].floatArgument : 0.5
            let val = GoCast.toFloat64(a[0])
            let pow = GoMathPow.pow10(Double(a[1].intArgument))
            let digit = pow * val
            let frac = digit.isInfinite ? Double.nan : digit - digit.rounded(.towardZero)
            let r = frac >= roundOn ? digit.rounded(.up) : digit.rounded(.down)
            return .float(r / pow)
        },
        .sprig("until", [.int]) { a in
            let count = a[0].intArgument
            return GoValues.ints(try untilStep(0, count, count < 0 ? -1 : 1))
        },
        .sprig("untilStep", [.int, .int, .int]) { a in
            GoValues.ints(try untilStep(a[0].intArgument, a[1].intArgument, a[2].intArgument))
        },
        .sprig("seq", [], variadic: .int) { a in .string(try seq(a.map { $0.intArgument })) },
    ]

    static func decimalOp(_ first: Value, _ rest: [Value], _ f: (GoDecimal, GoDecimal) throws -> GoDecimal) throws -> Value {
        var acc = try GoDecimal(GoCast.toFloat64(first))
        for x in rest { acc = try f(acc, GoDecimal(GoCast.toFloat64(x))) }
        return .float(acc.doubleValue)
    }

    /// Go's `math.Max`.
    static func goMax(_ x: Double, _ y: Double) -> Double {
        if x == .infinity || y == .infinity { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? y : x }
        return x > y ? x : y
    }

    /// Go's `math.Min`.
    static func goMin(_ x: Double, _ y: Double) -> Double {
        if x == -.infinity || y == -.infinity { return -.infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? x : y }
        return x < y ? x : y
    }

    static func untilStep(_ start: Int, _ stop: Int, _ step: Int) throws -> [Int] {
        var v: [Int] = []
        if stop < start {
            if step >= 0 { return v }
            var i = start
            while i > stop {
                v.append(i)
                if v.count > maxSequenceLength { throw FunctionError("sequence longer than \(maxSequenceLength) elements") }
                let (n, o) = i.addingReportingOverflow(step)
                if o { break }
                i = n
            }
            return v
        }
        if step <= 0 { return v }
        var i = start
        while i < stop {
            v.append(i)
            if v.count > maxSequenceLength { throw FunctionError("sequence longer than \(maxSequenceLength) elements") }
            let (n, o) = i.addingReportingOverflow(step)
            if o { break }
            i = n
        }
        return v
    }

    static func seq(_ params: [Int]) throws -> String {
        var increment = 1
        let list: [Int]
        switch params.count {
        case 1:
            let start = 1, end = params[0]
            if end < start { increment = -1 }
            list = try untilStep(start, end &+ increment, increment)
        case 3:
            let start = params[0], end = params[2], step = params[1]
            if end < start {
                increment = -1
                if step > 0 { return "" }
            }
            list = try untilStep(start, end &+ increment, step)
        case 2:
            let start = params[0], end = params[1]
            let step = end < start ? -1 : 1
            list = try untilStep(start, end &+ step, step)
        default:
            return ""
        }
        return list.map(String.init).joined(separator: " ")
    }
}
