import CCrypt

/// `htpasswd`: `user:` followed by a bcrypt (`$2a$`, cost 10) hash of the
/// password, as Sprig builds it with Go's bcrypt package.
enum Htpasswd {
    /// Go's `bcrypt.DefaultCost`.
    static let defaultCost = 10
    /// bcrypt uses only the first 72 bytes of a password; Go rejects longer ones.
    static let maxPasswordLength = 72

    static func line(user: String, password: String) -> String {
        if user.utf8.contains(UInt8(ascii: ":")) {
            return "invalid username: \(user)"
        }
        return "\(user):\(bcrypt(password))"
    }

    static func bcrypt(_ password: String) -> String {
        if password.utf8.count > maxPasswordLength {
            return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"
        }
        guard let salt = gensalt() else {
            return "failed to encrypt string with bcrypt: cannot generate salt"
        }
        return hash(password, setting: salt) ?? "failed to encrypt string with bcrypt: crypt failed"
    }

    /// Hashes `password` with a bcrypt setting or full hash (for checking).
    static func hash(_ password: String, setting: String) -> String? {
        var data = crypt_data()
        guard let out = crypt_r(password, setting, &data) else { return nil }
        let result = String(cString: out)
        // libcrypt signals failure with a string starting with '*'.
        return result.hasPrefix("*") ? nil : result
    }

    private static func gensalt() -> String? {
        let size = Int(CRYPT_GENSALT_OUTPUT_SIZE)
        var buffer = [CChar](repeating: 0, count: size)
        let result = buffer.withUnsafeMutableBufferPointer { buf -> Bool in
            crypt_gensalt_rn("$2a$", UInt(defaultCost), nil, 0, buf.baseAddress, Int32(size)) != nil
        }
        guard result else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
