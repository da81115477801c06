import TemplateEngine

/// Per-render state Helm's functions share: the nesting count of each
/// `include`d name (Helm's `includedNames`).
public final class RenderState {
    /// Helm's `recursionMaxNums`: an `include` of a name already nested this
    /// deep fails.
    public static let maxIncludeNesting = 1000

    var includeCounts: [String: Int] = [:]

    /// `--warn-unused`: told of maps handed whole to a function (`WholeMapFunctions`).
    var readTracker: ValuesReadTracker?

    public init() {}
}
