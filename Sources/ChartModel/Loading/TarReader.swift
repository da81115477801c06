/// Reads the entries of a tar stream the way Go's `archive/tar` reports
/// them: ustar prefixes, GNU long names and PAX `path`/`size` records are
/// folded into the entry; directories and PAX/global headers are returned
/// with their type so the caller can skip them.
struct TarReader {
    struct Entry {
        var name: String
        var typeflag: UInt8
        var mode: Int64
        var size: Int64
        /// Offset of the entry's data in the stream.
        var dataOffset: Int

        var isDirectory: Bool {
            typeflag == UInt8(ascii: "5") || (mode & 0o40000) != 0 || (typeflag == 0 && name.hasSuffix("/"))
        }
    }

    struct Failure: Error { let message: String }

    private let data: [UInt8]
    private var offset = 0

    init(_ data: [UInt8]) { self.data = data }

    /// The next entry, or nil at the end of the archive.
    mutating func next() throws -> Entry? {
        var longName: String?
        var paxPath: String?
        var paxSize: Int64?
        while true {
            guard offset + 512 <= data.count else {
                if offset >= data.count { return nil }
                throw Failure(message: "unexpected EOF")
            }
            let h = data[offset..<(offset + 512)]
            if h.allSatisfy({ $0 == 0 }) { return nil }
            guard checksumValid(h) else { throw Failure(message: "archive/tar: invalid header") }
            let typeflag = h[h.startIndex + 156]
            var size = try number(h, 124, 12)
            let mode = (try? number(h, 100, 8)) ?? 0
            var name = cString(h, 0, 100)
            let magic = Array(h[(h.startIndex + 257)..<(h.startIndex + 263)])
            if magic == Array("ustar\0".utf8) {
                let prefix = cString(h, 345, 155)
                if !prefix.isEmpty { name = prefix + "/" + name }
            }
            let dataStart = offset + 512
            guard size >= 0, size <= Int64(data.count - dataStart) else { throw Failure(message: "unexpected EOF") }
            let padded = (Int(size) + 511) / 512 * 512
            offset = dataStart + padded
            switch typeflag {
            case UInt8(ascii: "L"):
                longName = cString(data[dataStart..<(dataStart + Int(size))], 0, Int(size))
                continue
            case UInt8(ascii: "K"):
                continue
            case UInt8(ascii: "x"):
                let records = parsePAX(data[dataStart..<(dataStart + Int(size))])
                if let p = records["path"] { paxPath = p }
                if let s = records["size"], let v = Int64(s) { paxSize = v }
                continue
            default:
                break
            }
            if let p = paxPath { name = p } else if let l = longName { name = l }
            if let s = paxSize {
                size = s
                guard size >= 0, size <= Int64(data.count - dataStart) else { throw Failure(message: "unexpected EOF") }
                offset = dataStart + (Int(size) + 511) / 512 * 512
            }
            return Entry(name: name, typeflag: typeflag, mode: mode, size: size, dataOffset: dataStart)
        }
    }

    func bytes(of entry: Entry) -> ArraySlice<UInt8> {
        data[entry.dataOffset..<(entry.dataOffset + Int(entry.size))]
    }

    private func cString(_ s: ArraySlice<UInt8>, _ at: Int, _ len: Int) -> String {
        let start = s.startIndex + at
        let field = s[start..<(start + len)]
        let end = field.firstIndex(of: 0) ?? field.endIndex
        return String(decoding: field[start..<end], as: UTF8.self)
    }

    /// Octal (NUL/space padded) or GNU base-256 numbers.
    private func number(_ s: ArraySlice<UInt8>, _ at: Int, _ len: Int) throws -> Int64 {
        let start = s.startIndex + at
        let field = s[start..<(start + len)]
        if let f = field.first, f & 0x80 != 0 {
            var v: Int64 = Int64(f & 0x7F)
            for b in field.dropFirst() {
                let (m, o) = v.multipliedReportingOverflow(by: 256)
                if o { throw Failure(message: "archive/tar: invalid header") }
                v = m | Int64(b)
            }
            return v
        }
        var v: Int64 = 0
        var seen = false
        for b in field {
            if b == 0 || b == UInt8(ascii: " ") {
                if seen { break } else { continue }
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "7") else {
                throw Failure(message: "archive/tar: invalid header")
            }
            seen = true
            let (m, o) = v.multipliedReportingOverflow(by: 8)
            if o { throw Failure(message: "archive/tar: invalid header") }
            v = m + Int64(b - UInt8(ascii: "0"))
        }
        return v
    }

    private func checksumValid(_ h: ArraySlice<UInt8>) -> Bool {
        guard let stored = try? number(h, 148, 8) else { return false }
        var unsigned: Int64 = 0
        var signed: Int64 = 0
        for (i, b) in h.enumerated() {
            let v: UInt8 = (i >= 148 && i < 156) ? UInt8(ascii: " ") : b
            unsigned += Int64(v)
            signed += Int64(Int8(bitPattern: v))
        }
        return stored == unsigned || stored == signed
    }

    /// PAX records: `"%d %s=%s\n"`.
    private func parsePAX(_ s: ArraySlice<UInt8>) -> [String: String] {
        var out: [String: String] = [:]
        var i = s.startIndex
        while i < s.endIndex {
            var j = i
            var len = 0
            while j < s.endIndex, s[j] >= UInt8(ascii: "0"), s[j] <= UInt8(ascii: "9") {
                len = len * 10 + Int(s[j] - UInt8(ascii: "0"))
                if len > s.count { return out }
                j += 1
            }
            guard len > 0, i + len <= s.endIndex, j < s.endIndex, s[j] == UInt8(ascii: " ") else { return out }
            let record = s[(j + 1)..<(i + len)]
            let body = record.last == UInt8(ascii: "\n") ? record.dropLast() : record
            if let eq = body.firstIndex(of: UInt8(ascii: "=")) {
                out[String(decoding: body[body.startIndex..<eq], as: UTF8.self)] =
                    String(decoding: body[(eq + 1)...], as: UTF8.self)
            }
            i += len
        }
        return out
    }
}
