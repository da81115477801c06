/// One template text parsed on its own, possibly on another thread, to be
/// added to a `TemplateSet` later (Go parses each file independently of the
/// others, so this changes nothing but when the work happens).
public final class ParsedFile: @unchecked Sendable {
    public let name: String
    let result: Result<TreeParser.TreeSet, Error>

    /// The parse error, if the text does not parse.
    public var error: Error? {
        if case .failure(let e) = result { return e }
        return nil
    }

    /// Parses `source` as template `name` with the functions of `functions`
    /// (whose parser table must already be built: `prepareForParsing()`).
    public init(name: String, source: [UInt8], functions: FunctionTable) {
        self.name = name
        result = Result { try TreeParser.parse(name: name, source: source, functions: functions) }
    }
}

extension TemplateSet {
    /// Adds a file parsed ahead, exactly as `parse(name:source:)` would have;
    /// throws its parse error.
    public func add(_ file: ParsedFile) throws {
        namespace.add(try file.result.get(), name: file.name)
    }
}
