import Foundation
import TemplateEngine
#if canImport(Glibc)
import Glibc
#endif

/// Reads every file of a chart directory (Helm's `LoadDir`): names sorted
/// in byte order per directory, `.helmignore` and the default
/// `templates/.?*` rule applied, symbolic links followed while they stay
/// inside the chart, UTF-8 byte-order marks removed.
struct ChartDirectoryReader {
    let root: String

    func read() throws -> [ChartFile] {
        var rules = HelmIgnore()
        let ignorePath = root + "/" + HelmIgnore.fileName
        if FileManager.default.fileExists(atPath: ignorePath) {
            guard let data = FileBytes.read(ignorePath) else {
                throw ChartError("open \(ignorePath): permission denied")
            }
            rules = try HelmIgnore(parsing: data)
        }
        rules.addDefaults()
        let realRoot = resolvedPath(root) ?? root
        var files: [ChartFile] = []
        try walk(directory: root, relative: "", rules: rules, realRoot: realRoot, depth: 0, into: &files)
        return files
    }

    private func walk(directory: String, relative: String, rules: HelmIgnore, realRoot: String,
                      depth: Int, into files: inout [ChartFile]) throws {
        if depth > ChartLimits.maxDirectoryDepth {
            throw ChartError("chart directory \(directory) is nested more than \(ChartLimits.maxDirectoryDepth) levels deep")
        }
        guard let names = FileBytes.directoryEntries(directory)?.sorted(by: goStringLess) else {
            throw ChartError("open \(directory): permission denied")
        }
        for name in names {
            let full = directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard lstat(full, &st) == 0 else { throw ChartError("lstat \(full): no such file or directory") }
            var mode = st.st_mode & S_IFMT
            if mode == S_IFLNK {
                guard let target = resolvedPath(full) else {
                    throw ChartError("error evaluating symlink \(full): lstat \(full): no such file or directory")
                }
                guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                    throw ChartError("chart file \"\(rel)\" is a symbolic link to \(target), outside the chart directory")
                }
                guard stat(target, &st) == 0 else { throw ChartError("lstat \(target): no such file or directory") }
                mode = st.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                if rules.ignores(rel, isDirectory: true) { continue }
                try walk(directory: full, relative: rel, rules: rules, realRoot: realRoot, depth: depth + 1, into: &files)
                continue
            }
            if rules.ignores(rel, isDirectory: false) { continue }
            guard mode == S_IFREG else {
                throw ChartError("cannot load irregular file \(full) as it has file mode type bits set")
            }
            if Int64(st.st_size) > ChartLimits.maxDecompressedFileSize {
                throw ChartError("chart file \"\(name)\" is larger than the maximum file size \(ChartLimits.maxDecompressedFileSize)")
            }
            guard let data = FileBytes.read(full) else {
                throw ChartError("error reading \(rel): permission denied")
            }
            files.append(ChartFile(name: rel, data: stripByteOrderMark(data)))
        }
    }

    private func resolvedPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}

/// Helm drops a leading UTF-8 byte-order mark from every file it loads.
func stripByteOrderMark(_ data: [UInt8]) -> [UInt8] {
    if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { return Array(data[3...]) }
    return data
}
