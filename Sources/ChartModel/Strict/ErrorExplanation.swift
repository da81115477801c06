/// `--explain`: the failing template line with a caret under the failing
/// action, then the include/tpl chain that led there, innermost first:
///
///     c/templates/_helpers.tpl:3:12
///       3 | app: {{ .Values.nme }}
///         |            ^
///       included from c/templates/t.yaml:2:4 (include "c.labels" .)
public enum ErrorExplanation {
    /// `sources` gives a template's text by name (`c/templates/t.yaml`).
    public static func text(for chain: ErrorChain, sources: (String) -> String?) -> String {
        guard let failing = chain.frames.last else { return "" }
        var out = "\(failing.file):\(failing.line):\(failing.column)\n"
        if let source = sources(failing.file), let line = sourceLine(source, failing.line) {
            let number = String(failing.line)
            let gutter = String(repeating: " ", count: number.count)
            out += "  \(number) | \(line)\n"
            out += "  \(gutter) | \(caretPad(line, column: failing.column))^\n"
        }
        for frame in chain.frames.dropLast().reversed() {
            out += "  included from \(frame.file):\(frame.line):\(frame.column) (\(frame.node))\n"
        }
        return out
    }

    /// Line `n` (1-based) of `text`.
    static func sourceLine(_ text: String, _ n: Int) -> Substring? {
        guard n >= 1 else { return nil }
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == n { return line }
            current += 1
        }
        return nil
    }

    /// Spaces up to byte column `column` (Go's columns are byte offsets
    /// from the line start); tabs are kept as tabs so the caret lines up.
    static func caretPad(_ line: Substring, column: Int) -> String {
        var pad = ""
        var bytes = 0
        for ch in line {
            if bytes >= column { break }
            pad.append(ch == "\t" ? "\t" : " ")
            bytes += ch.utf8.count
        }
        return pad
    }
}
