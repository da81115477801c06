/// Sprig's crypto functions.
enum SprigCrypto {
    static let functions: [TemplateFunction] = []
}
