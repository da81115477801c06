import Crypto
import _CryptoExtras
import Foundation

/// `encryptAES` / `decryptAES`: AES-256-CBC with the password zero-padded
/// (or cut) to 32 bytes as the key, PKCS#7 padding and a random IV in front,
/// base64-encoded — Sprig's format, so each side reads the other's output.
enum SprigAES {
    static let keyLength = 32
    static let blockSize = 16

    static func encrypt(password: String, plaintext: String) throws -> String {
        if plaintext.isEmpty { return "" }
        var content = GoBytes.bytes(plaintext)
        let padding = blockSize - content.count % blockSize
        content += [UInt8](repeating: UInt8(padding), count: padding)
        let ivBytes = SecureRandomBytes.secure(blockSize)
        let iv = try AES._CBC.IV(ivBytes: ivBytes)
        let sealed = try AES._CBC.encrypt(content, using: key(password), iv: iv, noPadding: true)
        return Data(ivBytes + Array(sealed)).base64EncodedString()
    }

    static func decrypt(password: String, base64Text: String) throws -> String {
        if base64Text.isEmpty { return "" }
        let text = Array(base64Text.utf8)
        let crypt: [UInt8]
        switch SprigCryptoBase64.decode(text) {
        case .success(let bytes): crypt = bytes
        case .failure(let offset): throw FunctionError("illegal base64 data at input byte \(offset)")
        }
        // Go slices crypt[:16] of a buffer of DecodedLen(len(text)) bytes.
        guard crypt.count >= blockSize else {
            throw FunctionError("runtime error: slice bounds out of range [:\(blockSize)] with capacity \(text.count / 4 * 3)")
        }
        let body = Array(crypt[blockSize...])
        guard body.count % blockSize == 0 else {
            throw FunctionError("crypto/cipher: input not full blocks")
        }
        guard !body.isEmpty else {
            throw FunctionError("runtime error: index out of range [-1]")
        }
        let iv = try AES._CBC.IV(ivBytes: crypt[0..<blockSize])
        let plain = Array(try AES._CBC.decrypt(body, using: key(password), iv: iv, noPadding: true))
        let cut = plain.count - Int(plain[plain.count - 1])
        guard cut >= 0 else {
            throw FunctionError("runtime error: slice bounds out of range [:\(cut)]")
        }
        return GoBytes.string(plain[0..<cut])
    }

    private static func key(_ password: String) -> SymmetricKey {
        var bytes = [UInt8](repeating: 0, count: keyLength)
        for (i, b) in password.utf8.prefix(keyLength).enumerated() { bytes[i] = b }
        return SymmetricKey(data: bytes)
    }
}
