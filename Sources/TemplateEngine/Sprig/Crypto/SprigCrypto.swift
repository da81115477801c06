/// Sprig's crypto functions (Sprig v3.3.0 `crypto.go`), with Go's parameter
/// types.
enum SprigCrypto {
    static let functions: [TemplateFunction] = [
        TemplateFunction("sha1sum", params: [.string]) { args, _ in
            .string(SprigDigest.sha1Hex(SprigCryptoArgs.bytes(args, 0)))
        },
        TemplateFunction("sha256sum", params: [.string]) { args, _ in
            .string(SprigDigest.sha256Hex(SprigCryptoArgs.bytes(args, 0)))
        },
        TemplateFunction("sha512sum", params: [.string]) { args, _ in
            .string(SprigDigest.sha512Hex(SprigCryptoArgs.bytes(args, 0)))
        },
        TemplateFunction("adler32sum", params: [.string]) { args, _ in
            .string(String(Adler32.checksum(SprigCryptoArgs.bytes(args, 0))))
        },
        TemplateFunction("bcrypt", params: [.string]) { args, _ in
            .string(Htpasswd.bcrypt(SprigCryptoArgs.string(args, 0)))
        },
        TemplateFunction("htpasswd", params: [.string, .string]) { args, _ in
            .string(Htpasswd.line(user: SprigCryptoArgs.string(args, 0), password: SprigCryptoArgs.string(args, 1)))
        },
        TemplateFunction("derivePassword", params: [.uint32, .string, .string, .string, .string]) { args, _ in
            let counter = try SprigCryptoArgs.uint32(args, 0)
            return .string(MasterPassword.derive(counter: counter, type: SprigCryptoArgs.string(args, 1),
                                                 password: SprigCryptoArgs.string(args, 2),
                                                 user: SprigCryptoArgs.string(args, 3), site: SprigCryptoArgs.string(args, 4)))
        },
        TemplateFunction("encryptAES", params: [.string, .string]) { args, _ in
            .string(try SprigAES.encrypt(password: SprigCryptoArgs.string(args, 0), plaintext: SprigCryptoArgs.string(args, 1)))
        },
        TemplateFunction("decryptAES", params: [.string, .string]) { args, _ in
            .string(try SprigAES.decrypt(password: SprigCryptoArgs.string(args, 0), base64Text: SprigCryptoArgs.string(args, 1)))
        },
        TemplateFunction("randBytes", params: [.int]) { args, _ in
            .string(try SecureRandomBytes.base64(count: SprigCryptoArgs.int(args, 0)))
        },
        TemplateFunction("genPrivateKey", params: [.string]) { args, _ in
            .string(PrivateKeyGenerator.generatePEM(type: SprigCryptoArgs.string(args, 0)))
        },
    ] + CertificateFunctions.functions
}
