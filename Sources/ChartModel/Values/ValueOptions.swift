import Foundation
import TemplateEngine

/// The values flags of `helm template`, merged as Helm's `values.Options.MergeValues`.
public struct ValueOptions {
    public var valueFiles: [String] = []
    public var stringValues: [String] = []   // --set-string
    public var values: [String] = []         // --set
    public var fileValues: [String] = []     // --set-file
    public var jsonValues: [String] = []     // --set-json
    public var literalValues: [String] = []  // --set-literal
    /// Directory relative paths of `-f` and `--set-file` are read from
    /// (nil: the process's current directory). Messages keep the path as given.
    public var workingDirectory: String? = nil
    public init() {}

    /// The user-supplied values (files in order, then the `--set` family in Helm's order).
    /// `stdin` supplies the bytes of `-f -`.
    public func merge(stdin: () -> [UInt8] = { [] }) throws -> GoMap {
        var base = GoMap()
        for path in valueFiles {
            let raw = try readFile(path, stdin: stdin)
            let current: GoMap
            do {
                current = try ValuesFileReader.read(raw)
            } catch let e as ChartError {
                throw ChartError("failed to parse \(path): \(e.message)")
            }
            base = ValueMaps.merge(base, current)
        }
        for value in jsonValues {
            let trimmed = GoWhitespace.trimSpace(value)
            if trimmed.hasPrefix("{") {
                guard case .map(let m)? = try? GoJSON.unmarshal(Array(trimmed.utf8)) else {
                    throw ChartError("failed parsing --set-json data JSON: \(value)")
                }
                base = ValueMaps.merge(base, m)
            } else {
                do {
                    try StrVals.parseJSON(value, into: base)
                } catch {
                    throw ChartError("failed parsing --set-json data \(value)")
                }
            }
        }
        for value in values {
            do { try StrVals.parse(value, into: base) } catch let e as StrVals.ParseError {
                throw ChartError("failed parsing --set data: \(e.message)")
            }
        }
        for value in stringValues {
            do { try StrVals.parseString(value, into: base) } catch let e as StrVals.ParseError {
                throw ChartError("failed parsing --set-string data: \(e.message)")
            }
        }
        try withoutActuallyEscaping(stdin) { input in
            for value in fileValues {
                do {
                    try StrVals.parseFile(value, into: base) { path in
                        do {
                            return .string(GoBytes.string(try readFile(path, stdin: input)))
                        } catch let e as ChartError {
                            throw StrVals.ParseError(e.message)
                        }
                    }
                } catch let e as StrVals.ParseError {
                    throw ChartError("failed parsing --set-file data: \(e.message)")
                }
            }
        }
        for value in literalValues {
            do { try StrVals.parseLiteral(value, into: base) } catch let e as StrVals.ParseError {
                throw ChartError("failed parsing --set-literal data: \(e.message)")
            }
        }
        return base
    }

    /// `readFile`: `-` is standard input, anything else a local path.
    func readFile(_ path: String, stdin: () -> [UInt8]) throws -> [UInt8] {
        if GoWhitespace.trimSpace(path) == "-" { return stdin() }
        var full = path
        if let wd = workingDirectory, !path.hasPrefix("/") { full = wd + "/" + path }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else {
            throw ChartError("open \(path): no such file or directory")
        }
        if isDir.boolValue { throw ChartError("read \(path): is a directory") }
        guard let data = FileManager.default.contents(atPath: full) else {
            throw ChartError("open \(path): permission denied")
        }
        return Array(data)
    }
}
