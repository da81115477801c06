import Foundation
import TemplateEngine

/// Reads the files of a chart archive (gzip + tar) with Helm's checks
/// (`archive.LoadArchiveFiles`): the first path element is the chart's
/// directory and is dropped; absolute paths, `..`, drive letters and a
/// top-level Chart.yaml are rejected; file and total sizes are capped.
enum ChartArchiveReader {
    /// Decompressed tar stream cap: the chart size limit plus room for
    /// headers and padding.
    static let maxTarStreamSize = Int(ChartLimits.maxDecompressedChartSize) * 2

    static func files(fromArchive archive: [UInt8]) throws -> [ChartFile] {
        let tar: [UInt8]
        do {
            tar = try GzipInflater.inflate(archive, limit: maxTarStreamSize)
        } catch GzipInflater.Failure.invalidHeader {
            throw ChartError("gzip: invalid header")
        } catch GzipInflater.Failure.corrupt(let m) {
            throw ChartError(m)
        } catch {
            throw ChartError("decompressed chart is larger than the maximum size \(ChartLimits.maxDecompressedChartSize)")
        }
        var reader = TarReader(tar)
        var files: [ChartFile] = []
        var remaining = ChartLimits.maxDecompressedChartSize
        while true {
            let entry: TarReader.Entry?
            do {
                entry = try reader.next()
            } catch let f as TarReader.Failure {
                throw ChartError(f.message)
            }
            guard let e = entry else { break }
            if e.isDirectory { continue }
            if e.typeflag == UInt8(ascii: "x") || e.typeflag == UInt8(ascii: "g") { continue }

            let delimiter: Character = e.name.contains("\\") ? "\\" : "/"
            let parts = e.name.split(separator: delimiter, omittingEmptySubsequences: false)
            var n = parts.dropFirst().joined(separator: String(delimiter))
            if delimiter == "\\" { n = n.replacingOccurrences(of: "\\", with: "/") }
            if n.hasPrefix("/") { throw ChartError("chart illegally contains absolute paths") }
            n = GoPath.clean(n)
            if n == "." {
                throw ChartError("chart illegally contains content outside the base directory: \(GoStrconv.quote(e.name))")
            }
            if n.hasPrefix("..") { throw ChartError("chart illegally references parent directory") }
            if isDrivePath(n) { throw ChartError("chart contains illegally named files") }
            if parts.first == "Chart.yaml" { throw ChartError("chart yaml not in base directory") }
            if e.size > remaining {
                throw ChartError("decompressed chart is larger than the maximum size \(ChartLimits.maxDecompressedChartSize)")
            }
            if e.size > ChartLimits.maxDecompressedFileSize {
                throw ChartError("decompressed chart file \(GoStrconv.quote(e.name)) is larger than the maximum file size \(ChartLimits.maxDecompressedFileSize)")
            }
            remaining -= e.size
            if remaining <= 0 {
                throw ChartError("decompressed chart is larger than the maximum size \(ChartLimits.maxDecompressedChartSize)")
            }
            files.append(ChartFile(name: n, data: stripByteOrderMark(Array(reader.bytes(of: e)))))
        }
        if files.isEmpty { throw ChartError("no files in chart archive") }
        return files
    }

    /// `^[a-zA-Z]:/`
    private static func isDrivePath(_ n: String) -> Bool {
        let b = Array(n.utf8.prefix(3))
        guard b.count == 3 else { return false }
        let letter = (b[0] >= 0x41 && b[0] <= 0x5A) || (b[0] >= 0x61 && b[0] <= 0x7A)
        return letter && b[1] == UInt8(ascii: ":") && b[2] == UInt8(ascii: "/")
    }
}
