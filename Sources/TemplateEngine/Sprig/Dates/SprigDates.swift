/// Sprig's dates functions.
enum SprigDates {
    static let functions: [TemplateFunction] = []
}
