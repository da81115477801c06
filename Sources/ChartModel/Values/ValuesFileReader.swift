import Foundation
import TemplateEngine

/// Helm's `loader.LoadValues`: a values file may hold several YAML
/// documents (split on `---` lines like k8s' `YAMLReader`); each must be a
/// mapping, and they are merged in order with `ValueMaps.merge`.
enum ValuesFileReader {
    static func read(_ data: [UInt8]) throws -> GoMap {
        var result = GoMap()
        for doc in try documents(data) {
            let current: GoMap
            do {
                current = try YAMLDecoder.decodeValues(doc)
            } catch let e as YAMLError {
                throw ChartError("cannot unmarshal yaml document: \(e.message)")
            }
            result = ValueMaps.merge(result, current)
        }
        return result
    }

    /// k8s.io/apimachinery `YAMLReader.Read`, repeated until EOF.
    static func documents(_ data: [UInt8]) throws -> [[UInt8]] {
        var docs: [[UInt8]] = []
        var buffer: [UInt8] = []
        var start = 0
        let n = data.count
        while start < n {
            var end = start
            while end < n && data[end] != UInt8(ascii: "\n") { end += 1 }
            let lineEnd = end < n ? end + 1 : end
            let line = data[start..<lineEnd]
            start = lineEnd
            if line.starts(with: [0x2D, 0x2D, 0x2D]) {
                let after = String(decoding: line.dropFirst(3), as: UTF8.self).trimmingCharacters(in: goSpace)
                if let f = after.first, f != "#" {
                    throw ChartError("error reading yaml document: invalid Yaml document separator: \(after)")
                }
                if !buffer.isEmpty {
                    docs.append(buffer)
                    buffer.removeAll()
                }
                continue
            }
            buffer.append(contentsOf: line)
        }
        if !buffer.isEmpty { docs.append(buffer) }
        return docs
    }
}
