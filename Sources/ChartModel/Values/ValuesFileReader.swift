import TemplateEngine

/// Helm's `loader.LoadValues` for values.yaml and `-f` files: several YAML
/// documents merged in order (`YAMLDecoder.loadValues`), errors as `ChartError`.
enum ValuesFileReader {
    static func read(_ data: [UInt8]) throws -> GoMap {
        do {
            return try YAMLDecoder.loadValues(data)
        } catch let e as YAMLError {
            throw ChartError(e.message)
        }
    }
}
