/// Go's `base64.StdEncoding.DecodeString`: padded standard alphabet;
/// `\r` and `\n` are ignored; anything else invalid fails.
enum GoBase64 {
    private static let table: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = Int8(i) }
        return t
    }()

    static func decodeStd(_ s: String) -> [UInt8]? {
        let input = s.utf8.filter { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
        if input.count % 4 != 0 { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 4 * 3)
        var i = 0
        while i < input.count {
            var vals = [Int](repeating: 0, count: 4)
            var pad = 0
            for k in 0..<4 {
                let c = input[i + k]
                if c == UInt8(ascii: "=") {
                    // Padding only at the end of the final quantum, after two or three symbols.
                    guard i + 4 == input.count, k >= 2 else { return nil }
                    pad += 1
                    vals[k] = 0
                } else {
                    if pad > 0 { return nil }
                    let v = table[Int(c)]
                    if v < 0 { return nil }
                    vals[k] = Int(v)
                }
            }
            let n = (vals[0] << 18) | (vals[1] << 12) | (vals[2] << 6) | vals[3]
            out.append(UInt8((n >> 16) & 0xFF))
            if pad < 2 { out.append(UInt8((n >> 8) & 0xFF)) }
            if pad < 1 { out.append(UInt8(n & 0xFF)) }
            i += 4
        }
        return out
    }
}
