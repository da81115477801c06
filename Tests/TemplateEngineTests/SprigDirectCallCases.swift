import Foundation
@testable import TemplateEngine

/// The Sprig snippet cases (fixtures/snippets/sprig-{crypto,date,semver,random})
/// that are one call with literal or nested-call arguments, e.g.
/// `{{ date "2006" (toDate "2006" "2020") }}`,
/// run straight against the function table and checked against the golden
/// that real Helm produced for the whole snippet.
struct SprigDirectCallCase: CustomStringConvertible, Sendable {
    var id: String
    var function: String
    var arguments: [Literal]
    var expectedExit: Int
    var expectedStdout: String
    var expectedStderr: String

    enum Literal: Sendable {
        case string(String)
        case int(Int64)
        case float(Double)
        case null
        /// A parenthesized call `(name args…)`.
        indirect case call(String, [Literal])
    }

    var description: String { id }

    static let families = ["sprig-crypto", "sprig-date", "sprig-semver", "sprig-random"]

    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func loadAll() -> [SprigDirectCallCase] {
        var all: [SprigDirectCallCase] = []
        for family in families {
            let dir = repoRoot.appendingPathComponent("fixtures/snippets")
            let goldens = Dictionary(jsonLines(dir.appendingPathComponent(family + ".golden.jsonl")).compactMap {
                obj -> (String, [String: Any])? in
                guard let id = obj["id"] as? String else { return nil }
                return (id, obj)
            }, uniquingKeysWith: { a, _ in a })
            for obj in jsonLines(dir.appendingPathComponent(family + ".jsonl")) {
                guard let id = obj["id"] as? String, let snippet = obj["snippet"] as? String,
                      obj["values"] == nil, obj["args"] == nil, let golden = goldens[id],
                      let (name, args) = parseCall(snippet) else { continue }
                all.append(SprigDirectCallCase(
                    id: id, function: name, arguments: args, expectedExit: golden["exit"] as? Int ?? -1,
                    expectedStdout: golden["stdout"] as? String ?? "", expectedStderr: golden["stderr"] as? String ?? ""))
            }
        }
        return all
    }

    /// The one output line Helm printed for a snippet case, from its golden.
    static func goldenLine(_ id: String) -> String? {
        let family = String(id.prefix { $0 != "/" })
        let url = repoRoot.appendingPathComponent("fixtures/snippets/\(family).golden.jsonl")
        guard let obj = jsonLines(url).first(where: { $0["id"] as? String == id }),
              let out = obj["stdout"] as? String else { return nil }
        let header = "---\n# Source: c/templates/t.yaml\nout: |-\n  "
        guard out.hasPrefix(header), out.hasSuffix("\n") else { return nil }
        return String(out.dropFirst(header.count).dropLast())
    }

    private static func jsonLines(_ url: URL) -> [[String: Any]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    /// `{{ name arg … }}` where each argument is a string, number or nil
    /// literal or a parenthesized call of the same form.
    static func parseCall(_ snippet: String) -> (String, [Literal])? {
        var s = Substring(snippet)
        guard s.hasPrefix("{{ "), s.hasSuffix(" }}") else { return nil }
        s = s.dropFirst(3).dropLast(3)
        guard let (name, args) = parseInner(&s), s.isEmpty else { return nil }
        return (name, args)
    }

    private static func parseInner(_ rest: inout Substring) -> (String, [Literal])? {
        var name = ""
        while let c = rest.first, c.isLetter || c.isNumber || c == "_" {
            name.append(c)
            rest = rest.dropFirst()
        }
        guard !name.isEmpty, name.first?.isLetter == true else { return nil }
        var args: [Literal] = []
        while let first = rest.first, first != ")" {
            guard first == " " else { return nil }
            rest = rest.drop { $0 == " " }
            guard let c = rest.first else { break }
            if c == "(" {
                rest = rest.dropFirst()
                guard let (inner, innerArgs) = parseInner(&rest), rest.first == ")" else { return nil }
                rest = rest.dropFirst()
                args.append(.call(inner, innerArgs))
            } else if c == "\"" {
                var out = ""
                rest = rest.dropFirst()
                var closed = false
                while let d = rest.first {
                    rest = rest.dropFirst()
                    if d == "\"" { closed = true; break }
                    if d == "\\" {
                        guard let e = rest.first else { return nil }
                        rest = rest.dropFirst()
                        switch e {
                        case "n": out.append("\n")
                        case "t": out.append("\t")
                        case "\\": out.append("\\")
                        case "\"": out.append("\"")
                        default: return nil
                        }
                    } else {
                        out.append(d)
                    }
                }
                guard closed else { return nil }
                args.append(.string(out))
            } else {
                var word = ""
                while let d = rest.first, d != " ", d != ")" {
                    word.append(d)
                    rest = rest.dropFirst()
                }
                if word == "nil" {
                    args.append(.null)
                } else if let i = Int64(word) {
                    args.append(.int(i))
                } else if word.contains("."), let f = Double(word) {
                    args.append(.float(f))
                } else {
                    return nil
                }
            }
        }
        return (name, args)
    }
}

/// A stand-in for the executor's context: these functions never call back.
final class SprigTestContext: ExecutionContext {
    var templateName: String { "c/templates/t.yaml" }
    var options: ExecutionOptions { ExecutionOptions() }
    var renderState: AnyObject? { nil }
    func executeTemplate(named name: String, data: Value) throws -> String { "" }
    func executeText(_ text: String, name: String, data: Value) throws -> String { "" }
}

/// Calls Sprig functions by name as the executor would after argument
/// conversion, and renders results as Go's text/template prints them.
enum SprigCaller {
    static let table = FunctionTable(SprigLibrary.functions)

    static func setUTC() {
        setenv("TZ", "UTC", 1)
    }

    /// Evaluates literal arguments and nested calls; nil when a nested
    /// function is not Sprig's or an argument does not already have its
    /// parameter's type (the direct call skips the executor's conversions).
    static func evaluate(_ name: String, _ args: [SprigDirectCallCase.Literal]) throws -> Value? {
        guard let f = table.lookup(name), f.variadic == nil, f.params.count == args.count else { return nil }
        var values: [Value] = []
        for (p, a) in zip(f.params, args) {
            let v: Value
            switch a {
            case .string(let s): v = .string(s)
            case .int(let i): v = .int(i, .int)
            case .float(let d): v = .float(d)
            case .null: v = .null
            case .call(let n, let inner):
                guard let r = try evaluate(n, inner) else { return nil }
                v = r
            }
            switch (p, v) {
            case (.any, _), (.string, .string), (.int, .int(_, .int)), (.float64, .float): values.append(v)
            case (.uint32, .int(let i, .int)) where i >= 0: values.append(.int(Int64(UInt32(truncatingIfNeeded: i)), .uint32))
            case (.named(let n), .object(let o)) where o.goTypeName == n: values.append(v)
            default: return nil
            }
        }
        return try f.body(values, SprigTestContext())
    }

    /// Whether every nested function of a call is one of Sprig's and the
    /// literal arguments already have their parameter types.
    static func canEvaluate(_ name: String, _ args: [SprigDirectCallCase.Literal]) -> Bool {
        guard let f = table.lookup(name), f.variadic == nil, f.params.count == args.count else { return false }
        for (p, a) in zip(f.params, args) {
            switch (p, a) {
            case (.any, .call(let n, let inner)), (.string, .call(let n, let inner)), (.named, .call(let n, let inner)):
                if !canEvaluate(n, inner) { return false }
            case (.any, _), (.string, .string), (.int, .int), (.float64, .float), (.uint32, .int): continue
            default: return false
            }
        }
        return true
    }

    static func render(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, _): return String(i)
        case .object(let o): return o.formatted
        default: return GoFormat.sprint([v])
        }
    }
}
