/// Sprig's semver functions.
enum SprigSemver {
    static let functions: [TemplateFunction] = []
}
