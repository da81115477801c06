/// Go's `encoding/base32` StdEncoding (padded; `\r`/`\n` stripped first)
/// with its `CorruptInputError` offsets.
enum GoBase32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    private static let decodeMap: [UInt8] = {
        var m = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { m[Int(c)] = UInt8(i) }
        return m
    }()
    private static let pad = UInt8(ascii: "=")

    static func encode(_ src: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < src.count {
            let n = min(5, src.count - i)
            var block = [UInt8](repeating: 0, count: 5)
            for k in 0..<n { block[k] = src[i + k] }
            var v: UInt64 = 0
            for b in block { v = v << 8 | UInt64(b) }
            let chars = [2, 4, 5, 7, 8][n - 1]
            for k in 0..<8 {
                if k < chars {
                    out.append(alphabet[Int(v >> UInt64(35 - 5 * k) & 0x1F)])
                } else {
                    out.append(pad)
                }
            }
            i += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decoded bytes, or the error text `illegal base32 data at input byte N`.
    static func decode(_ input: [UInt8]) -> Result<[UInt8], FunctionError> {
        let src = input.filter { $0 != 0x0A && $0 != 0x0D }
        let olen = src.count
        var pos = 0
        var out: [UInt8] = []
        var end = false
        func corrupt(_ n: Int) -> Result<[UInt8], FunctionError> {
            .failure(FunctionError("illegal base32 data at input byte \(n)"))
        }
        while pos < src.count && !end {
            var dbuf = [UInt8](repeating: 0, count: 8)
            var dlen = 8
            var j = 0
            while j < 8 {
                let remaining = src.count - pos
                if remaining == 0 { return corrupt(olen - remaining - j) }
                let c = src[pos]
                pos += 1
                let left = src.count - pos
                if c == pad && j >= 2 && left < 8 {
                    if left + j < 8 - 1 { return corrupt(olen) }
                    for k in 0..<(8 - 1 - j) where left > k && src[pos + k] != pad {
                        return corrupt(olen - left + k - 1)
                    }
                    dlen = j
                    end = true
                    if dlen == 1 || dlen == 3 || dlen == 6 { return corrupt(olen - left - 1) }
                    break
                }
                dbuf[j] = decodeMap[Int(c)]
                if dbuf[j] == 0xFF { return corrupt(olen - left - 1) }
                j += 1
            }
            var q = [UInt8](repeating: 0, count: 5)
            q[4] = dbuf[6] << 5 | dbuf[7]
            q[3] = dbuf[4] << 7 | dbuf[5] << 2 | dbuf[6] >> 3
            q[2] = dbuf[3] << 4 | dbuf[4] >> 1
            q[1] = dbuf[1] << 6 | dbuf[2] << 1 | dbuf[3] >> 4
            q[0] = dbuf[0] << 3 | dbuf[1] >> 2
            let n = [8: 5, 7: 4, 5: 3, 4: 2, 2: 1][dlen] ?? 0
            out.append(contentsOf: q.prefix(n))
        }
        return .success(out)
    }
}
