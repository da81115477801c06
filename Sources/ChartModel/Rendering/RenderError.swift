/// A failed render with Helm's message (what follows `Error: `).
public struct RenderError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
