/// Go's `base64.StdEncoding` decoder: same accepted inputs (padding
/// required, CR/LF skipped) and the same error offsets
/// (`illegal base64 data at input byte N`).
enum SprigCryptoBase64 {
    enum Result {
        case success([UInt8])
        case failure(Int)
    }

    private static let pad = UInt8(ascii: "=")
    private static let decodeMap: [UInt8] = {
        var map = [UInt8](repeating: 0xff, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            map[Int(c)] = UInt8(i)
        }
        return map
    }()

    private static func isNewline(_ c: UInt8) -> Bool { c == 0x0a || c == 0x0d }

    static func decode(_ src: [UInt8]) -> Result {
        var out: [UInt8] = []
        out.reserveCapacity(src.count / 4 * 3)
        var si = 0
        while si < src.count {
            var dbuf: [UInt8] = [0, 0, 0, 0]
            var dlen = 4
            var j = 0
            var trailingError: Int?
            quantum: while j < 4 {
                if si == src.count {
                    if j == 0 { return .success(out) }
                    return .failure(si - j)
                }
                let c = src[si]
                si += 1
                let v = decodeMap[Int(c)]
                if v != 0xff {
                    dbuf[j] = v
                    j += 1
                    continue
                }
                if isNewline(c) { continue }
                if c != pad { return .failure(si - 1) }
                switch j {
                case 0, 1:
                    return .failure(si - 1)
                case 2:
                    while si < src.count && isNewline(src[si]) { si += 1 }
                    if si == src.count { return .failure(src.count) }
                    if src[si] != pad { return .failure(si - 1) }
                    si += 1
                default:
                    break
                }
                while si < src.count && isNewline(src[si]) { si += 1 }
                if si < src.count { trailingError = si }
                dlen = j
                break quantum
            }
            let val = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
            let bytes = [UInt8(val >> 16 & 0xff), UInt8(val >> 8 & 0xff), UInt8(val & 0xff)]
            out += bytes.prefix(dlen - 1)
            if let e = trailingError { return .failure(e) }
        }
        return .success(out)
    }
}
