import Crypto

/// The hex digests behind `sha1sum`, `sha256sum` and `sha512sum`.
enum SprigDigest {
    static func sha1Hex(_ bytes: [UInt8]) -> String { hex(Insecure.SHA1.hash(data: bytes)) }
    static func sha256Hex(_ bytes: [UInt8]) -> String { hex(SHA256Sum.hash(bytes)) }
    static func sha512Hex(_ bytes: [UInt8]) -> String { hex(SHA512.hash(data: bytes)) }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lower-case hex, as Go's `hex.EncodeToString`.
    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
