/// Go's `encoding/base64` StdEncoding (padded, lenient about `\r`/`\n`,
/// not strict about trailing bits) with its `CorruptInputError` offsets.
public enum GoBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let decodeMap: [UInt8] = {
        var m = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { m[Int(c)] = UInt8(i) }
        return m
    }()
    private static let pad = UInt8(ascii: "=")

    public static func encode(_ src: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((src.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= src.count {
            let v = UInt32(src[i]) << 16 | UInt32(src[i + 1]) << 8 | UInt32(src[i + 2])
            out.append(alphabet[Int(v >> 18 & 0x3F)])
            out.append(alphabet[Int(v >> 12 & 0x3F)])
            out.append(alphabet[Int(v >> 6 & 0x3F)])
            out.append(alphabet[Int(v & 0x3F)])
            i += 3
        }
        let rem = src.count - i
        if rem > 0 {
            var v = UInt32(src[i]) << 16
            if rem == 2 { v |= UInt32(src[i + 1]) << 8 }
            out.append(alphabet[Int(v >> 18 & 0x3F)])
            out.append(alphabet[Int(v >> 12 & 0x3F)])
            out.append(rem == 2 ? alphabet[Int(v >> 6 & 0x3F)] : pad)
            out.append(pad)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decoded bytes, or the error text `illegal base64 data at input byte N`.
    public static func decode(_ src: [UInt8]) -> Result<[UInt8], FunctionError> {
        var out: [UInt8] = []
        var si = 0
        func corrupt(_ n: Int) -> Result<[UInt8], FunctionError> {
            .failure(FunctionError("illegal base64 data at input byte \(n)"))
        }
        while si < src.count {
            var dbuf = [UInt8](repeating: 0, count: 4)
            var dlen = 4
            var trailingError: Int?
            var j = 0
            quantum: while j < 4 {
                if si == src.count {
                    if j == 0 { return .success(out) }
                    return corrupt(si - j)
                }
                let c = src[si]
                si += 1
                let v = decodeMap[Int(c)]
                if v != 0xFF {
                    dbuf[j] = v
                    j += 1
                    continue
                }
                if c == 0x0A || c == 0x0D { continue }
                if c != pad { return corrupt(si - 1) }
                switch j {
                case 0, 1:
                    return corrupt(si - 1)
                case 2:
                    while si < src.count && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
                    if si == src.count { return corrupt(src.count) }
                    if src[si] != pad { return corrupt(si - 1) }
                    si += 1
                default:
                    break
                }
                while si < src.count && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
                if si < src.count { trailingError = si }
                dlen = j
                break quantum
            }
            let val = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
            let bytes = [UInt8(val >> 16 & 0xFF), UInt8(val >> 8 & 0xFF), UInt8(val & 0xFF)]
            out.append(contentsOf: bytes.prefix(dlen - 1))
            if let t = trailingError { return corrupt(t) }
        }
        return .success(out)
    }

    /// Appends the padded encoding of `bytes` (how encoding/json writes a `[]byte`).
    public static func appendStandard(_ bytes: [UInt8], to out: inout [UInt8]) {
        out.append(contentsOf: encode(bytes).utf8)
    }

    /// `base64.StdEncoding.DecodeString`, nil on corrupt input (YAML's `!!binary`).
    public static func decodeStd(_ s: String) -> [UInt8]? {
        try? decode(Array(s.utf8)).get()
    }
}
