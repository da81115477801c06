import TemplateEngine
import Foundation
import TemplateEngine

/// One validation failure as santhosh-tekuri/jsonschema v6 reports it:
/// where in the values, what failed, and nested causes.
struct SchemaError {
    enum Kind {
        /// A keyword failure with its message.
        case message(String)
        /// Several failures at one place: "validation failed".
        case group
        /// A `$ref` that failed; shown only through its causes when it has one.
        case reference
    }

    var location: [String]
    var kind: Kind
    var causes: [SchemaError] = []

    /// `ValidationError.display` below the top-level schema line: each
    /// error on its own line, `- at '<pointer>': <message>`, causes indented.
    func display(into out: inout String, indent: Int) {
        var indent = indent
        let skipped: Bool
        if case .reference = kind, causes.count == 1 { skipped = true } else { skipped = false }
        if !skipped {
            if indent > 0 {
                out += "\n"
                out += String(repeating: "  ", count: indent - 1)
                out += "- "
            }
            indent += 1
            out += "at " + SchemaError.quote(SchemaError.pointer(location)) + ": " + text
        }
        for c in causes { c.display(into: &out, indent: indent) }
    }

    var text: String {
        switch kind {
        case .message(let m): return m
        case .group, .reference: return "validation failed"
        }
    }

    /// A JSON pointer: `/a/b~1c`.
    static func pointer(_ tokens: [String]) -> String {
        var s = ""
        for t in tokens {
            s += "/"
            s += t.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }
        return s
    }

    /// The library's `quote`: Go `%q` with `"` unescaped and `'` escaped, in single quotes.
    static func quote(_ s: String) -> String {
        var q = GoStrconv.quote(s)
        q = String(q.dropFirst().dropLast())
        q = q.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "'", with: "\\'")
        return "'" + q + "'"
    }
}
