/// Sprig's random functions, drawing from the system's secure source.
enum SprigRandom {
    static let functions: [TemplateFunction] = [
        TemplateFunction("randAlphaNum", params: [.int]) { args, _ in
            .string(try RandomString.make(count: intArg(args), from: RandomString.alphaNumeric))
        },
        TemplateFunction("randAlpha", params: [.int]) { args, _ in
            .string(try RandomString.make(count: intArg(args), from: RandomString.alphabetic))
        },
        TemplateFunction("randNumeric", params: [.int]) { args, _ in
            .string(try RandomString.make(count: intArg(args), from: RandomString.numeric))
        },
        TemplateFunction("randAscii", params: [.int]) { args, _ in
            .string(try RandomString.make(count: intArg(args), from: RandomString.printableASCII))
        },
        TemplateFunction("randInt", params: [.int, .int]) { args, _ in
            let lo = intArg(args, 0)
            let hi = intArg(args, 1)
            let span = hi &- lo
            // Go's rand.Intn panics on a non-positive bound.
            guard span > 0 else { throw FunctionError("invalid argument to Intn") }
            var rng = SystemRandomNumberGenerator()
            return .int(Int.random(in: 0..<span, using: &rng) &+ lo)
        },
        TemplateFunction("shuffle", params: [.string]) { args, _ in
            // []rune(s) reads an invalid byte as U+FFFD.
            var scalars = Array(GoBytes.replacingEscapes(args.first?.stringValue ?? "").unicodeScalars)
            var rng = SystemRandomNumberGenerator()
            scalars.shuffle(using: &rng)
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars)
            return .string(String(out))
        },
        TemplateFunction("uuidv4") { _, _ in
            .string(RandomUUID.v4())
        },
    ]

    private static func intArg(_ args: [Value], _ i: Int = 0) -> Int {
        guard i < args.count, case .int(let v, _) = args[i] else { return 0 }
        return Int(truncatingIfNeeded: v)
    }
}
