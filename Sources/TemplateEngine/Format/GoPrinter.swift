/// Go's `fmt.pp`: prints operands of our `Value` model the way Go's `fmt`
/// prints the Go values they stand for (`Sprint`, `Sprintln`, `Sprintf`).
struct GoPrinter {
    var buf: [UInt8] = []
    var flags = GoFormatFlags()
    /// The format used `%[n]` indexes (then unused operands are not reported).
    private var reordered = false
    /// The last `%[n]` index was valid.
    private var goodArgNum = true
    /// Printing a `%!verb(...)` error: host objects print without methods.
    var erroring = false
    /// Lists and maps on the current path below `goFormatCycleCheckDepth`.
    var cyclePath: Set<ObjectIdentifier> = []

    init() {
        buf.reserveCapacity(64)
    }

    var result: String { GoBytes.string(buf) }

    // MARK: - Print, Println

    /// `fmt.Sprint`: a space between operands when neither is a string.
    mutating func doPrint(_ args: [Value]) {
        var previousIsString = false
        for (index, arg) in args.enumerated() {
            let isString: Bool
            if case .string = arg { isString = true } else { isString = false }
            if index > 0 && !isString && !previousIsString { buf.append(UInt8(ascii: " ")) }
            printArg(arg, verb: Verb.v)
            previousIsString = isString
        }
    }

    /// `fmt.Sprintln`: spaces between all operands and a newline.
    mutating func doPrintln(_ args: [Value]) {
        for (index, arg) in args.enumerated() {
            if index > 0 { buf.append(UInt8(ascii: " ")) }
            printArg(arg, verb: Verb.v)
        }
        buf.append(UInt8(ascii: "\n"))
    }

    // MARK: - Printf

    mutating func doPrintf(_ formatText: String, _ args: [Value]) {
        let format = Array(formatText.utf8)
        let end = format.count
        var argNum = 0
        var afterIndex = false
        reordered = false
        var i = 0
        formatLoop: while i < end {
            goodArgNum = true
            let last = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > last { buf.append(contentsOf: format[last..<i]) }
            if i >= end { break }
            i += 1
            flags = GoFormatFlags()
            simpleFormat: while i < end {
                let c = format[i]
                switch c {
                case UInt8(ascii: "#"): flags.sharp = true
                case UInt8(ascii: "0"): flags.zero = true
                case UInt8(ascii: "+"): flags.plus = true
                case UInt8(ascii: "-"): flags.minus = true
                case UInt8(ascii: " "): flags.space = true
                default:
                    if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && argNum < args.count {
                        if c == UInt8(ascii: "v") || c == UInt8(ascii: "w") {
                            flags.sharpV = flags.sharp
                            flags.sharp = false
                            flags.plusV = flags.plus
                            flags.plus = false
                        }
                        printArg(args[argNum], verb: UInt32(c))
                        argNum += 1
                        i += 1
                        continue formatLoop
                    }
                    break simpleFormat
                }
                i += 1
            }

            (argNum, i, afterIndex) = argNumber(argNum, format, i, args.count)

            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                (flags.wid, flags.widPresent, argNum) = intFromArg(args, argNum)
                if !flags.widPresent { buf.append(contentsOf: "%!(BADWIDTH)".utf8) }
                if flags.wid < 0 {
                    flags.wid = -flags.wid
                    flags.minus = true
                    flags.zero = false
                }
                afterIndex = false
            } else {
                (flags.wid, flags.widPresent, i) = parseNumber(format, i, end)
                if afterIndex && flags.widPresent { goodArgNum = false }
            }

            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgNum = false }
                (argNum, i, afterIndex) = argNumber(argNum, format, i, args.count)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    (flags.prec, flags.precPresent, argNum) = intFromArg(args, argNum)
                    if flags.prec < 0 {
                        flags.prec = 0
                        flags.precPresent = false
                    }
                    if !flags.precPresent { buf.append(contentsOf: "%!(BADPREC)".utf8) }
                    afterIndex = false
                } else {
                    (flags.prec, flags.precPresent, i) = parseNumber(format, i, end)
                    if !flags.precPresent {
                        flags.prec = 0
                        flags.precPresent = true
                    }
                }
            }

            if !afterIndex {
                (argNum, i, afterIndex) = argNumber(argNum, format, i, args.count)
            }

            if i >= end {
                buf.append(contentsOf: "%!(NOVERB)".utf8)
                break
            }

            let (verb, size) = format.withUnsafeBufferPointer { UTF8Runes.decode($0, at: i) }
            i += size

            if verb == UInt32(UInt8(ascii: "%")) {
                buf.append(UInt8(ascii: "%"))
            } else if !goodArgNum {
                writeBang(verb)
                buf.append(contentsOf: "(BADINDEX)".utf8)
            } else if argNum >= args.count {
                writeBang(verb)
                buf.append(contentsOf: "(MISSING)".utf8)
            } else {
                if verb == Verb.v || verb == UInt32(UInt8(ascii: "w")) {
                    flags.sharpV = flags.sharp
                    flags.sharp = false
                    flags.plusV = flags.plus
                    flags.plus = false
                }
                printArg(args[argNum], verb: verb)
                argNum += 1
            }
        }

        if !reordered && argNum < args.count {
            flags = GoFormatFlags()
            buf.append(contentsOf: "%!(EXTRA ".utf8)
            for (index, arg) in args[argNum...].enumerated() {
                if index > 0 { buf.append(contentsOf: ", ".utf8) }
                if case .null = arg {
                    buf.append(contentsOf: "<nil>".utf8)
                } else {
                    buf.append(contentsOf: arg.goTypeName.utf8)
                    buf.append(UInt8(ascii: "="))
                    printArg(arg, verb: Verb.v)
                }
            }
            buf.append(UInt8(ascii: ")"))
        }
    }

    private mutating func writeBang(_ verb: UInt32) {
        buf.append(contentsOf: "%!".utf8)
        UTF8Runes.append(verb, to: &buf)
    }

    /// Go's `parsenum`: a decimal number, or none; overlong numbers are none.
    private func parseNumber(_ s: [UInt8], _ start: Int, _ end: Int) -> (Int, Bool, Int) {
        if start >= end { return (0, false, end) }
        var num = 0
        var isNum = false
        var i = start
        while i < end && s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9") {
            if num > goFormatMaxWidth || num < -goFormatMaxWidth { return (0, false, end) }
            num = num * 10 + Int(s[i] - UInt8(ascii: "0"))
            isNum = true
            i += 1
        }
        return (num, isNum, i)
    }

    /// Go's `argNumber`: an explicit `[n]` operand index at `i`, if any.
    private mutating func argNumber(_ argNum: Int, _ format: [UInt8], _ i: Int,
                                    _ numArgs: Int) -> (Int, Int, Bool) {
        if format.count <= i || format[i] != UInt8(ascii: "[") { return (argNum, i, false) }
        reordered = true
        let (index, width, ok) = parseArgNumber(format, i)
        if ok && index >= 0 && index < numArgs { return (index, i + width, true) }
        goodArgNum = false
        return (argNum, i + width, ok)
    }

    private func parseArgNumber(_ format: [UInt8], _ start: Int) -> (Int, Int, Bool) {
        if format.count - start < 3 { return (0, 1, false) }
        var i = start + 1
        while i < format.count {
            if format[i] == UInt8(ascii: "]") {
                let (width, ok, newi) = parseNumber(format, start + 1, i)
                if !ok || newi != i { return (0, i - start + 1, false) }
                return (width - 1, i - start + 1, true)
            }
            i += 1
        }
        return (0, 1, false)
    }

    /// Go's `intFromArg`: a `*` width or precision operand.
    private func intFromArg(_ args: [Value], _ argNum: Int) -> (Int, Bool, Int) {
        guard argNum < args.count else { return (0, false, argNum) }
        var num = 0
        var isInt = false
        if case .int(let v, let type) = args[argNum] {
            if type.isUnsigned {
                if v >= 0 {
                    num = Int(v)
                    isInt = true
                }
            } else {
                num = Int(v)
                isInt = true
            }
        }
        if num > goFormatMaxWidth || num < -goFormatMaxWidth {
            num = 0
            isInt = false
        }
        return (num, isInt, argNum + 1)
    }
}

/// Verb code points used by name.
enum Verb {
    static let v = UInt32(UInt8(ascii: "v"))
    static let T = UInt32(UInt8(ascii: "T"))
    static let p = UInt32(UInt8(ascii: "p"))
}
