@testable import TemplateEngine

/// Small helpers for engine tests: a set with Go's built-ins and values
/// shaped like Helm's (numbers from values files are float64).
enum EngineTestSupport {
    static let table = FunctionTable(GoBuiltins.functions + [
        TemplateFunction("upper", params: [.string]) { a, _ in .string(a[0].stringValue?.uppercased() ?? "") },
        TemplateFunction("fail", params: [.string]) { a, _ in throw FunctionError(a[0].stringValue ?? "") },
        TemplateFunction("include", params: [.string, .any]) { a, ctx in
            .string(try ctx.executeTemplate(named: a[0].stringValue ?? "", data: a[1]))
        },
    ])

    static let name = "c/templates/t.yaml"

    /// The values most snippet cases use (`V` in the case generator).
    static let values: Value = .map([
        "s": .string("hello"),
        "num": .float(3),
        "l": .list([.string("a"), .string("b"), .string("c")]),
        "m": .map(["x": .float(1), "w": .string("two"), "z": .list([.float(1)])]),
        "nested": .map(["a": .map(["b": .map(["c": .string("deep")])])]),
        "nl": .list([.float(1), .null, .float(3)]),
        "el": .list([]),
    ])

    /// Renders `snippet` the way a snippet case's `templates/t.yaml` holds it.
    static func render(_ snippet: String, files: [String: String] = [:]) throws -> String {
        let set = TemplateSet(functions: table)
        for (n, text) in files { try set.parse(name: n, text: text) }
        try set.parse(name: name, text: "out: |-\n  " + snippet)
        return try set.execute(name: name, data: .map(["Values": values]))
    }

    /// The error message rendering `snippet` fails with, or nil.
    static func failure(_ snippet: String, files: [String: String] = [:]) -> TemplateError? {
        do {
            _ = try render(snippet, files: files)
            return nil
        } catch let e as TemplateError {
            return e
        } catch {
            return TemplateError(kind: .exec, message: "\(error)")
        }
    }
}
