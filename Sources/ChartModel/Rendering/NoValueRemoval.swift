import TemplateEngine

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
        let bytes = UnsafeRawBufferPointer(buffer)
        guard var found = GoStrings.index(bytes, marker) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(buffer.count)
        var copied = 0
        while true {
            out.append(contentsOf: buffer[copied..<found])
            copied = found + marker.count
            guard let next = GoStrings.index(bytes, marker, from: copied) else { break }
            found = next
        }
        out.append(contentsOf: buffer[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
