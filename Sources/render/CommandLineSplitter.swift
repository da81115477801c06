/// Separates a command's own flags from the `render template` flags it
/// passes through (Helm's flag grammar: `--flag=value`, `--flag value`,
/// `-f value`, `-fvalue`; flags anywhere; `--` ends the flags).
struct SplitArguments {
    var values: [String: [String]] = [:]
    var bools: Set<String> = []
    var positional: [String] = []
    var passThrough: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
}

enum CommandLineSplitter {
    struct Failure: Error { let message: String }

    static func split(_ argv: [String], valued: Set<String>, bools: Set<String>) throws -> SplitArguments {
        var result = SplitArguments()
        var i = 0
        while i < argv.count {
            let arg = argv[i]
            i += 1
            if arg == "--" {
                result.positional.append(contentsOf: argv[i...])
                break
            }
            if arg.hasPrefix("--") {
                let body = arg.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                if valued.contains(name) {
                    if let inline {
                        result.values[name, default: []].append(inline)
                    } else if i < argv.count {
                        result.values[name, default: []].append(argv[i])
                        i += 1
                    } else {
                        throw Failure(message: "flag needs an argument: --\(name)")
                    }
                } else if bools.contains(name) {
                    if let inline, inline != "true" {
                        if inline != "false" {
                            throw Failure(message: "invalid argument \"\(inline)\" for \"--\(name)\" flag")
                        }
                    } else {
                        result.bools.insert(name)
                    }
                } else {
                    result.passThrough.append(arg)
                    if inline == nil, takesValue(name), i < argv.count {
                        result.passThrough.append(argv[i])
                        i += 1
                    }
                }
            } else if arg.hasPrefix("-") && arg.count > 1 {
                result.passThrough.append(arg)
                let letters = Array(arg.dropFirst())
                if letters.count == 1, let long = TemplateFlags.shorthands[letters[0]], takesValue(long), i < argv.count {
                    result.passThrough.append(argv[i])
                    i += 1
                }
            } else {
                result.positional.append(arg)
            }
        }
        return result
    }

    /// Whether a `render template` flag consumes the next argument.
    static func takesValue(_ name: String) -> Bool {
        switch TemplateFlags.kinds[name] {
        case .bool?, .optionalValue?, nil: return false
        default: return true
        }
    }
}
