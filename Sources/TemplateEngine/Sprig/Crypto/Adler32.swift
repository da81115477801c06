/// The Adler-32 checksum (RFC 1950), as Go's `hash/adler32`.
enum Adler32 {
    private static let modulus: UInt32 = 65521
    /// The largest run of bytes whose sums cannot overflow 32 bits before reduction.
    private static let maxRun = 5552

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        var i = 0
        while i < bytes.count {
            let end = min(i + maxRun, bytes.count)
            while i < end {
                a &+= UInt32(bytes[i])
                b &+= a
                i += 1
            }
            a %= modulus
            b %= modulus
        }
        return (b << 16) | a
    }
}
