/// The frames of a Go template execution error: each
/// `template: LOC: executing "NAME" at <NODE>: ` link, outermost first
/// (the template Helm rendered) down to the action that failed, and the
/// innermost message (`map has no entry for key "x"`).
public struct ErrorChain: Equatable {
    public struct Frame: Equatable {
        /// `c/templates/t.yaml`, `gotpl` for `tpl` text.
        public var file: String
        public var line: Int
        public var column: Int
        /// The failing action's source text (`include "c.labels" .`).
        public var node: String

        public init(file: String, line: Int, column: Int, node: String) {
            self.file = file
            self.line = line
            self.column = column
            self.node = node
        }
    }

    public var frames: [Frame]
    /// What the innermost frame reports.
    public var message: String

    public init(frames: [Frame], message: String) {
        self.frames = frames
        self.message = message
    }

    static let framePrefix = "template: "
    static let executing = ": executing \""
    static let at = "\" at <"
    static let nodeEnd = ">: "

    /// Reads the frames of a raw `TemplateError.message`; nil when it has none.
    public static func parse(_ text: String) -> ErrorChain? {
        var frames: [Frame] = []
        var rest = Substring(text)
        var message = ""
        while let start = rest.range(of: framePrefix) {
            let afterPrefix = rest[start.upperBound...]
            guard let exec = afterPrefix.range(of: executing) else { break }
            let location = afterPrefix[..<exec.lowerBound]
            let afterName = afterPrefix[exec.upperBound...]
            guard let atRange = afterName.range(of: at) else { break }
            let afterAt = afterName[atRange.upperBound...]
            guard let end = afterAt.range(of: nodeEnd), let frame = frame(location, node: afterAt[..<end.lowerBound])
            else { break }
            frames.append(frame)
            rest = afterAt[end.upperBound...]
            message = String(rest)
        }
        return frames.isEmpty ? nil : ErrorChain(frames: frames, message: message)
    }

    /// `FILE:LINE:COL` (the file name may itself hold colons).
    static func frame(_ location: Substring, node: Substring) -> Frame? {
        let parts = location.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1])
        else { return nil }
        let file = parts[..<(parts.count - 2)].joined(separator: ":")
        return Frame(file: file, line: line, column: column, node: String(node))
    }
}
