@testable import TemplateEngine

/// Evaluates the simplest snippet cases — one `{{ pipeline }}` of Sprig
/// calls on literal arguments — by calling the Sprig functions directly, so
/// their results can be compared with the oracle's goldens without the
/// template engine. Anything else (values, control structures, functions
/// outside Sprig's families here) is reported as unsupported.
struct SprigSnippetEvaluator {
    struct Unsupported: Error {}

    private let table: [String: TemplateFunction]
    private var tokens: [Token] = []
    private var pos = 0

    enum Token: Equatable {
        case ident(String), string(String), int(Int64), float(Double), open, close, pipe
    }

    init(functions: [TemplateFunction]) {
        var t: [String: TemplateFunction] = [:]
        for f in functions { t[f.name] = f }
        table = t
    }

    /// The rendered text of `snippet`, or the function error message.
    mutating func evaluate(_ snippet: String) throws -> Result<String, FunctionError> {
        guard snippet.hasPrefix("{{ "), snippet.hasSuffix(" }}") else { throw Unsupported() }
        let body = String(snippet.dropFirst(3).dropLast(3))
        if body.contains("{{") || body.contains("}}") || body.contains("$") || body.contains(".Values")
            || body.contains(".Capabilities") || body.contains(".Release") || body.contains(".Chart") || body.contains(".Files") {
            throw Unsupported()
        }
        tokens = try SprigSnippetEvaluator.lex(body)
        pos = 0
        do {
            let v = try pipeline()
            if pos != tokens.count { throw Unsupported() }
            return .success(SprigSnippetEvaluator.print(v))
        } catch let e as FunctionError {
            return .failure(e)
        }
    }

    private mutating func pipeline() throws -> Value {
        var v = try command(nil)
        while pos < tokens.count, tokens[pos] == .pipe {
            pos += 1
            v = try command(v)
        }
        return v
    }

    private mutating func command(_ piped: Value?) throws -> Value {
        guard pos < tokens.count else { throw Unsupported() }
        if case .ident(let name) = tokens[pos] {
            pos += 1
            var args: [Value] = []
            while pos < tokens.count, tokens[pos] != .pipe, tokens[pos] != .close {
                args.append(try operand())
            }
            if let p = piped { args.append(p) }
            return try call(name, args)
        }
        if piped != nil { throw Unsupported() }
        return try operand()
    }

    private mutating func operand() throws -> Value {
        let t = tokens[pos]
        pos += 1
        switch t {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i, .int)
        case .float(let f): return .float(f)
        case .open:
            let v = try pipeline()
            guard pos < tokens.count, tokens[pos] == .close else { throw Unsupported() }
            pos += 1
            return v
        case .ident(let name):
            switch name {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "nil": return .null
            default: return try call(name, [])
            }
        default: throw Unsupported()
        }
    }

    /// Calls a function with Go's argument checks for the simple cases;
    /// argument conversions that need the real executor are unsupported.
    private func call(_ name: String, _ args: [Value]) throws -> Value {
        if name == "len" {
            guard args.count == 1 else { throw Unsupported() }
            switch args[0] {
            case .list(let l): return .int(l.items.count)
            case .map(let m): return .int(m.count)
            case .string(let s): return .int(s.utf8.count)
            default: throw Unsupported()
            }
        }
        guard let f = table[name] else { throw Unsupported() }
        if f.variadic == nil ? args.count != f.params.count : args.count < f.params.count { throw Unsupported() }
        var converted: [Value] = []
        for (i, a) in args.enumerated() {
            let type = i < f.params.count ? f.params[i] : (f.variadic ?? .any)
            converted.append(try SprigSnippetEvaluator.convert(a, type))
        }
        return try f.body(converted, NoContext())
    }

    private static func convert(_ v: Value, _ type: ParamType) throws -> Value {
        switch (type, v) {
        case (.any, _): return v
        case (.string, .string), (.bool, .bool), (.float64, .float): return v
        case (.int, .int(let i, .int)): return .int(i, .int)
        case (.float64, .int(let i, .int)): return .float(Double(i))
        case (.map, .map(let m)) where m.typeName == "map[string]interface {}": return v
        default: throw Unsupported()
        }
    }

    /// `%v` for the values these cases produce.
    static func print(_ v: Value) -> String {
        switch v {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, let t): return t.isUnsigned ? String(UInt64(bitPattern: i)) : String(i)
        case .float(let f): return GoFloat.formatV(f)
        case .string(let s): return s
        case .list(let l): return "[" + l.items.map(print).joined(separator: " ") + "]"
        case .map(let m): return "map[" + m.sortedKeys.map { $0 + ":" + print(m[$0] ?? .null) }.joined(separator: " ") + "]"
        case .bytes(let b): return "[" + b.map(String.init).joined(separator: " ") + "]"
        case .object: return "?"
        }
    }

    static func lex(_ s: String) throws -> [Token] {
        let c = Array(s.unicodeScalars)
        var i = 0
        var out: [Token] = []
        while i < c.count {
            let ch = c[i]
            if ch == " " { i += 1; continue }
            if ch == "(" { out.append(.open); i += 1; continue }
            if ch == ")" { out.append(.close); i += 1; continue }
            if ch == "|" { out.append(.pipe); i += 1; continue }
            if ch == "`" {
                var j = i + 1
                var v = String.UnicodeScalarView()
                while j < c.count && c[j] != "`" { v.append(c[j]); j += 1 }
                guard j < c.count else { throw Unsupported() }
                out.append(.string(String(v)))
                i = j + 1
                continue
            }
            if ch == "\"" {
                var j = i + 1
                var v = String.UnicodeScalarView()
                while j < c.count && c[j] != "\"" {
                    if c[j] == "\\" {
                        j += 1
                        guard j < c.count else { throw Unsupported() }
                        switch c[j] {
                        case "n": v.append("\n")
                        case "t": v.append("\t")
                        case "r": v.append("\r")
                        case "\\": v.append("\\")
                        case "\"": v.append("\"")
                        case "'": v.append("'")
                        case "u":
                            guard j + 4 < c.count, let n = UInt32(String(String.UnicodeScalarView(c[(j + 1)...(j + 4)])), radix: 16),
                                  let r = Unicode.Scalar(n) else { throw Unsupported() }
                            v.append(r)
                            j += 4
                        default: throw Unsupported()
                        }
                    } else {
                        v.append(c[j])
                    }
                    j += 1
                }
                guard j < c.count else { throw Unsupported() }
                out.append(.string(String(v)))
                i = j + 1
                continue
            }
            var j = i
            var word = String.UnicodeScalarView()
            while j < c.count && c[j] != " " && c[j] != ")" && c[j] != "(" && c[j] != "|" { word.append(c[j]); j += 1 }
            let w = String(word)
            if let n = Int64(w) {
                out.append(.int(n))
            } else if w.first.map({ $0.isNumber || $0 == "-" }) == true, let f = Double(w) {
                out.append(.float(f))
            } else if w.first?.isLetter == true {
                out.append(.ident(w))
            } else {
                throw Unsupported()
            }
            i = j
        }
        return out
    }
}

/// An execution context for functions that do not use one.
final class NoContext: ExecutionContext {
    var templateName: String { "t" }
    var options: ExecutionOptions { ExecutionOptions() }
    var renderState: AnyObject? { nil }
    func executeTemplate(named name: String, data: Value) throws -> String { "" }
    func executeText(_ text: String, name: String, data: Value) throws -> String { "" }
}
