/// Standard base64 with padding (Go's `base64.StdEncoding`), as
/// encoding/json writes a `[]byte`.
enum GoBase64 {
    private static let alphabet: [UInt8] =
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func appendStandard(_ bytes: [UInt8], to out: inout [UInt8]) {
        var i = 0
        let n = bytes.count
        while i + 3 <= n {
            let v = (UInt32(bytes[i]) << 16) | (UInt32(bytes[i + 1]) << 8) | UInt32(bytes[i + 2])
            out.append(alphabet[Int((v >> 18) & 0x3F)])
            out.append(alphabet[Int((v >> 12) & 0x3F)])
            out.append(alphabet[Int((v >> 6) & 0x3F)])
            out.append(alphabet[Int(v & 0x3F)])
            i += 3
        }
        let remaining = n - i
        if remaining == 0 { return }
        var v = UInt32(bytes[i]) << 16
        if remaining == 2 { v |= UInt32(bytes[i + 1]) << 8 }
        out.append(alphabet[Int((v >> 18) & 0x3F)])
        out.append(alphabet[Int((v >> 12) & 0x3F)])
        out.append(remaining == 2 ? alphabet[Int((v >> 6) & 0x3F)] : UInt8(ascii: "="))
        out.append(UInt8(ascii: "="))
    }
}
