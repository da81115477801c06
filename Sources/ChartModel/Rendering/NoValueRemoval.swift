import Foundation

/// Helm deletes every `<no value>` from each template's final text (and from
/// `tpl`'s result): `strings.ReplaceAll(s, "<no value>", "")`.
public enum NoValueRemoval {
    static let marker: [UInt8] = Array("<no value>".utf8)

    public static func apply(_ text: String) -> String {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let removed = contiguous.utf8.withContiguousStorageIfAvailable { removeMarkers($0) } ?? nil
        return removed ?? contiguous
    }

    /// The text without markers, or nil when it has none.
    static func removeMarkers(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        let n = buffer.count, m = marker.count
        guard n >= m else { return nil }
        guard let base = buffer.baseAddress else { return nil }
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while i <= n - m {
            // The next `<` (memchr scans many bytes at a time).
            guard let found = memchr(base + i, 0x3C, n - m + 1 - i) else { break }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var j = 1
            while j < m, buffer[i + j] == marker[j] { j += 1 }
            if j == m {
                if out.isEmpty { out.reserveCapacity(n) }
                out.append(contentsOf: buffer[copied..<i])
                i += m
                copied = i
                continue
            }
            i += 1
        }
        if copied == 0 { return nil }
        out.append(contentsOf: buffer[copied..<n])
        return String(decoding: out, as: UTF8.self)
    }
}
