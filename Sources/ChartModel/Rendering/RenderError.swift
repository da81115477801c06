import TemplateEngine

/// A failed render with Helm's message (what follows `Error: `).
public struct RenderError: Error, CustomStringConvertible {
    public let message: String
    /// The engine's error behind an execution failure, for strict mode and `--explain`.
    public var templateError: TemplateError?
    public init(_ message: String, templateError: TemplateError? = nil) {
        self.message = message
        self.templateError = templateError
    }
    public var description: String { message }

    /// The caller's `stopRequested` said to stop (the warm-up render).
    static let stopped = RenderError("render stopped")
}
