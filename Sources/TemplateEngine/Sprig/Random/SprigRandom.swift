/// Sprig's random functions.
enum SprigRandom {
    static let functions: [TemplateFunction] = []
}
