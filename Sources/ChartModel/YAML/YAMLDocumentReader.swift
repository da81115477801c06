import TemplateEngine

/// k8s.io/apimachinery's `YAMLReader`, which Helm's `LoadValues` uses to
/// split a values file into documents: lines are read one by one (`\r\n`
/// and `\n` endings both become `\n`); a line starting with `---` ends the
/// current document and may be followed only by spaces or a comment.
enum YAMLDocumentReader {
    static func split(_ bytes: [UInt8]) throws -> [[UInt8]] {
        var documents: [[UInt8]] = []
        var buffer: [UInt8] = []
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var lineEnd = end
            if end < n, lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            let line = bytes[start..<lineEnd]
            start = end < n ? end + 1 : n
            if line.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: "-")]) {
                let rest = String(decoding: line.dropFirst(3), as: UTF8.self)
                let trimmed = GoWhitespace.trimSpace(rest)
                if let f = trimmed.first, f != "#" {
                    throw YAMLError("invalid Yaml document separator: " + trimmed)
                }
                if !buffer.isEmpty {
                    // The separator line is consumed; a separator before any
                    // content stays part of the next document.
                    documents.append(buffer)
                    buffer.removeAll(keepingCapacity: true)
                    continue
                }
            }
            buffer.append(contentsOf: line)
            buffer.append(UInt8(ascii: "\n"))
        }
        if !buffer.isEmpty { documents.append(buffer) }
        return documents
    }
}
