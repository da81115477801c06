import COpenSSL
import Crypto

/// `derivePassword`: the Master Password algorithm as Sprig implements it
/// (scrypt N=32768 r=8 p=2 keyed by the user, HMAC-SHA256 of the site seed,
/// then characters picked from a password template).
enum MasterPassword {
    private static let seed = Array("com.lyndir.masterpassword".utf8)
    private static let scryptN: UInt64 = 32768
    private static let scryptR: UInt64 = 8
    private static let scryptP: UInt64 = 2
    private static let keyLength = 64
    /// Enough for scrypt's 128·N·r·p bytes with the parameters above.
    private static let scryptMaxMemory: UInt64 = 128 * 1024 * 1024

    private static let templates: [String: [[UInt8]]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"].map { Array($0.utf8) },
        "long": ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                 "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                 "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                 "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                 "CvccCvcvCvccno"].map { Array($0.utf8) },
        "medium": ["CvcnoCvc", "CvcCvcno"].map { Array($0.utf8) },
        "short": ["Cvcn"].map { Array($0.utf8) },
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"].map { Array($0.utf8) },
        "pin": ["nnnn"].map { Array($0.utf8) },
    ]

    private static let characters: [UInt8: [UInt8]] = [
        UInt8(ascii: "V"): Array("AEIOU".utf8),
        UInt8(ascii: "C"): Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "v"): Array("aeiou".utf8),
        UInt8(ascii: "c"): Array("bcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "A"): Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "a"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "n"): Array("0123456789".utf8),
        UInt8(ascii: "o"): Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        UInt8(ascii: "x"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    static func derive(counter: UInt32, type: String, password: String, user: String, site: String) -> String {
        guard let candidates = templates[type] else {
            return "cannot find password template \(type)"
        }
        let userBytes = Array(user.utf8)
        let siteBytes = Array(site.utf8)
        let salt = seed + bigEndian(UInt32(truncatingIfNeeded: userBytes.count)) + userBytes
        guard let key = scrypt(password: Array(password.utf8), salt: salt) else {
            return "failed to derive password: scrypt failed"
        }
        let message = seed + bigEndian(UInt32(truncatingIfNeeded: siteBytes.count)) + siteBytes + bigEndian(counter)
        let mac = Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
        let template = candidates[Int(mac[0]) % candidates.count]
        var out: [UInt8] = []
        out.reserveCapacity(template.count)
        for (i, element) in template.enumerated() {
            guard let chars = characters[element], i + 1 < mac.count else { continue }
            out.append(chars[Int(mac[i + 1]) % chars.count])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)]
    }

    private static func scrypt(password: [UInt8], salt: [UInt8]) -> [UInt8]? {
        var key = [UInt8](repeating: 0, count: keyLength)
        let ok = password.withUnsafeBufferPointer { pw in
            salt.withUnsafeBufferPointer { s in
                key.withUnsafeMutableBufferPointer { k in
                    EVP_PBE_scrypt(pw.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                   pw.count, s.baseAddress, s.count,
                                   scryptN, scryptR, scryptP, scryptMaxMemory, k.baseAddress, k.count)
                }
            }
        }
        return ok == 1 ? key : nil
    }
}
