import Foundation

/// A PEM block as Go's `encoding/pem` writes and reads it.
struct PEMBlock {
    let type: String
    let bytes: [UInt8]

    private static let lineLength = 64

    /// Go's `pem.EncodeToMemory` (no headers): 64-column base64 lines.
    var encoded: String {
        let b64 = Array(Data(bytes).base64EncodedString().utf8)
        var out = "-----BEGIN \(type)-----\n"
        var i = 0
        while i < b64.count {
            let end = min(i + PEMBlock.lineLength, b64.count)
            out += String(decoding: b64[i..<end], as: UTF8.self)
            out += "\n"
            i = end
        }
        out += "-----END \(type)-----\n"
        return out
    }

    /// The first well-formed PEM block in `text`, like Go's `pem.Decode`
    /// (headers are skipped; whitespace inside the base64 body is ignored).
    static func decode(_ text: String) -> PEMBlock? {
        var rest = Substring(text)
        while let begin = rest.range(of: "-----BEGIN ") {
            rest = rest[begin.upperBound...]
            guard let typeEnd = rest.range(of: "-----") else { return nil }
            let type = String(rest[..<typeEnd.lowerBound])
            let afterType = rest[typeEnd.upperBound...]
            if type.contains("\n") || !(afterType.first.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" } ?? true) {
                continue
            }
            guard let end = afterType.range(of: "-----END \(type)-----") else { continue }
            var body = afterType[..<end.lowerBound]
            // Skip RFC 1421 headers: lines with a colon up to a blank line.
            if body.contains(":") {
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                var index = 0
                while index < lines.count && (lines[index].contains(":") || lines[index].trimmingCharacters(in: .whitespaces).isEmpty) {
                    index += 1
                }
                body = Substring(lines[index...].joined(separator: "\n"))
            }
            let compact = body.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: String(compact)) else { continue }
            return PEMBlock(type: type, bytes: Array(data))
        }
        return nil
    }
}
