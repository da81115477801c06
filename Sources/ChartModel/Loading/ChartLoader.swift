import Foundation
import TemplateEngine

/// Loads a chart from a directory or a `.tgz` archive, with its subcharts,
/// like Helm's `loader.Load` (after `helm template` located the path).
public enum ChartLoader {
    /// Errors read like Helm's (e.g. `path "x" not found`).
    public static func load(path: String) throws -> Chart {
        let name = GoWhitespace.trimSpace(path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDir) else {
            if name.hasPrefix("/") || name.hasPrefix(".") {
                throw ChartError("path \(GoStrconv.quote(name)) not found")
            }
            throw ChartError("non-absolute URLs should be in form of repo_name/path_to_chart, got: \(name)")
        }
        let absolute = absolutePath(name)
        if isDir.boolValue {
            return try ChartFileAssembler.assemble(try ChartDirectoryReader(root: absolute).read())
        }
        return try loadArchive(path: absolute)
    }

    /// A chart from the bytes of a `.tgz` archive.
    public static func load(archive: [UInt8]) throws -> Chart {
        try ChartFileAssembler.assemble(try ChartArchiveReader.files(fromArchive: archive))
    }

    /// A chart from in-memory files (paths relative to the chart root).
    public static func load(files: [ChartFile]) throws -> Chart {
        try ChartFileAssembler.assemble(files)
    }

    private static func loadArchive(path: String) throws -> Chart {
        guard let bytes = FileBytes.read(path) else {
            throw ChartError("open \(path): permission denied")
        }
        try ensureArchive(name: path, bytes)
        do {
            return try load(archive: bytes)
        } catch let e as ChartError where e.message == "gzip: invalid header" {
            throw ChartError("file '\(path)' does not appear to be a valid chart file (details: gzip: invalid header)")
        }
    }

    /// Helm's `EnsureArchive`: a friendly error when the file is not gzip.
    private static func ensureArchive(name: String, _ bytes: [UInt8]) throws {
        if bytes.count >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 0x08 { return }
        if name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            throw ChartError("file '\(name)' seems to be a YAML file, but expected a gzipped archive")
        }
        throw ChartError("file '\(name)' does not appear to be a gzipped archive; got '\(sniffedContentType(bytes))'")
    }

    /// What `http.DetectContentType` says of the 512-byte, zero-padded
    /// buffer Helm sniffs, for the common cases.
    private static func sniffedContentType(_ bytes: [UInt8]) -> String {
        if bytes.count < 512 { return "application/octet-stream" }
        for b in bytes.prefix(512) {
            if b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F) {
                return "application/octet-stream"
            }
        }
        return "text/plain; charset=utf-8"
    }

    private static func absolutePath(_ name: String) -> String {
        if name.hasPrefix("/") { return GoPath.clean(name) }
        return GoPath.clean(FileManager.default.currentDirectoryPath + "/" + name)
    }
}

/// A chart, values or dependency error with Helm's message text.
public struct ChartError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
