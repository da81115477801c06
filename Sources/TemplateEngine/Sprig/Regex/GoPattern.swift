/// A Go `regexp` for other modules (Helm validates `values.schema.json`
/// `pattern` and `patternProperties` with Go's regexp): compiled once,
/// matched anywhere in a string like `MatchString`.
public final class GoPattern {
    private let regexp: GoRegexp

    /// nil when Go's `regexp.Compile` rejects the pattern.
    public init?(_ pattern: String) {
        guard let r = try? GoRegexp.compile(pattern).get() else { return nil }
        regexp = r
    }

    public func matches(_ s: String) -> Bool { regexp.matches(s) }
}
