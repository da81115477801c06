import TemplateEngine

/// Go's `%q` of a string, for flag error messages.
func quote(_ s: String) -> String {
    GoFormat.sprintf("%q", [.string(s)])
}
