import Foundation

/// `randBytes`: base64 of `count` bytes from the system's secure source.
enum SecureRandomBytes {
    /// The most bytes one call produces; more fails instead of exhausting memory.
    static let maxCount = 64 * 1024 * 1024

    static func base64(count: Int) throws -> String {
        if count < 0 {
            // Go's make([]byte, count) panics; text/template reports the panic.
            throw FunctionError("runtime error: makeslice: len out of range")
        }
        if count > maxCount {
            throw FunctionError("runtime error: makeslice: len out of range")
        }
        return Data(secure(count)).base64EncodedString()
    }

    static func secure(_ count: Int) -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        var out = [UInt8](repeating: 0, count: count)
        var i = 0
        while i < count {
            var word = rng.next()
            var k = 0
            while k < 8 && i < count {
                out[i] = UInt8(truncatingIfNeeded: word)
                word >>= 8
                k += 1
                i += 1
            }
        }
        return out
    }
}
