import CCrypt
import Foundation
import Testing
import X509
@testable import TemplateEngine

/// Shape and validity checks of Sprig's random crypto functions: keys and
/// certificates parse with `openssl`, carry the requested CN, SANs,
/// validity and CA flag; bcrypt hashes verify; AES round-trips.
struct SprigCryptoTests {
    static func call(_ name: String, _ args: [Value]) throws -> Value {
        let f = try #require(SprigCaller.table.lookup(name))
        return try f.body(args, SprigTestContext())
    }

    static func string(_ v: Value) throws -> String { try #require(v.stringValue) }

    static func certificate(_ v: Value) throws -> (cert: String, key: String) {
        guard case .object(let o) = v else { throw FunctionError("not an object") }
        return (try string(try #require(o.field("Cert"))), try string(try #require(o.field("Key"))))
    }

    /// Runs openssl with `input` on stdin; its exit status and output.
    static func openssl(_ args: [String], input: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        p.arguments = args
        let inPipe = Pipe()
        let outPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = outPipe
        try p.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    @Test(arguments: [("rsa", "RSA PRIVATE KEY", "RSA", "4096 bit"), ("ecdsa", "EC PRIVATE KEY", "EC", "prime256v1"),
                      ("ed25519", "PRIVATE KEY", "ED25519", "ED25519"), ("dsa", "DSA PRIVATE KEY", "DSA", "2048 bit")])
    func privateKeysParseWithOpenSSL(_ type: String, _ header: String, _ algorithm: String, _ detail: String) throws {
        let pem = try Self.string(try Self.call("genPrivateKey", [.string(type)]))
        #expect(pem.hasPrefix("-----BEGIN \(header)-----\n"))
        #expect(pem.hasSuffix("-----END \(header)-----\n"))
        for line in pem.split(separator: "\n") { #expect(line.count <= 64) }
        let (status, text) = try Self.openssl(["pkey", "-noout", "-text"], input: pem)
        #expect(status == 0, "\(text)")
        #expect(text.contains(detail), "\(text)")
        if type != "dsa" {
            // Sprig reads back what it writes.
            #expect(throws: Never.self) { try SprigPrivateKey.parse(pem: pem) }
        }
    }

    @Test func caCertificate() throws {
        let (cert, key) = try Self.certificate(try Self.call("genCA", [.string("my-ca"), .int(365)]))
        #expect(key.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n"))
        let (status, text) = try Self.openssl(["x509", "-noout", "-text"], input: cert)
        #expect(status == 0)
        #expect(text.contains("Subject: CN = my-ca"))
        #expect(text.contains("Issuer: CN = my-ca"))
        #expect(text.contains("CA:TRUE"))
        #expect(text.contains("Certificate Sign"))
        #expect(text.contains("Subject Key Identifier"))
        #expect(!text.contains("Authority Key Identifier"))
        let parsed = try Certificate(pemEncoded: cert)
        let days = parsed.notValidAfter.timeIntervalSince(parsed.notValidBefore) / 86400
        #expect(days == 365)
        #expect(abs(parsed.notValidBefore.timeIntervalSinceNow) < 120)
        let (keyStatus, _) = try Self.openssl(["rsa", "-check", "-noout"], input: key)
        #expect(keyStatus == 0)
    }

    @Test func selfSignedCertificateCarriesSANs() throws {
        let v = try Self.call("genSelfSignedCert", [.string("svc.local"), .list([.string("10.1.2.3"), .string("::1"), .string("::ffff:1.2.3.4")]),
                                                     .list([.string("a.svc.local"), .string("b.svc.local")]), .int(30)])
        let (cert, _) = try Self.certificate(v)
        let (status, text) = try Self.openssl(["x509", "-noout", "-text"], input: cert)
        #expect(status == 0)
        #expect(text.contains("Subject: CN = svc.local"))
        #expect(text.contains("DNS:a.svc.local, DNS:b.svc.local, IP Address:10.1.2.3, IP Address:0:0:0:0:0:0:0:1, IP Address:1.2.3.4"))
        #expect(text.contains("CA:FALSE"))
        #expect(text.contains("TLS Web Server Authentication, TLS Web Client Authentication"))
        let parsed = try Certificate(pemEncoded: cert)
        #expect(parsed.notValidAfter.timeIntervalSince(parsed.notValidBefore) == 30 * 86400)
    }

    @Test func signedCertificateVerifiesAgainstCA() throws {
        let ca = try Self.call("genCA", [.string("the-ca"), .int(10)])
        let leaf = try Self.call("genSignedCert", [.string("leaf"), .null, .list([.string("leaf.local")]), .int(5), ca])
        let (caPEM, _) = try Self.certificate(ca)
        let (leafPEM, _) = try Self.certificate(leaf)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sprig-ca-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let caFile = dir.appendingPathComponent("ca.pem")
        try caPEM.write(to: caFile, atomically: true, encoding: .utf8)
        let (status, text) = try Self.openssl(["verify", "-CAfile", caFile.path], input: leafPEM)
        #expect(status == 0, "\(text)")
        let (_, details) = try Self.openssl(["x509", "-noout", "-text"], input: leafPEM)
        #expect(details.contains("Issuer: CN = the-ca"))
        #expect(details.contains("Authority Key Identifier"))
    }

    @Test(arguments: ["ecdsa", "ed25519"])
    func certificatesWithGivenKeys(_ type: String) throws {
        let key = try Self.call("genPrivateKey", [.string(type)])
        let ca = try Self.call("genCAWithKey", [.string("k-ca"), .int(3), key])
        let (caPEM, caKey) = try Self.certificate(ca)
        #expect(caKey == key.stringValue)
        let (status, _) = try Self.openssl(["x509", "-noout", "-text"], input: caPEM)
        #expect(status == 0)
        let leafKey = try Self.call("genPrivateKey", [.string(type)])
        let leaf = try Self.call("genSignedCertWithKey", [.string("leaf"), .null, .null, .int(1), ca, leafKey])
        #expect(try Self.certificate(leaf).key == leafKey.stringValue)
    }

    @Test func htpasswdVerifiesWithCrypt() throws {
        let line = try Self.string(try Self.call("htpasswd", [.string("admin"), .string("s3cret!")]))
        let parts = line.split(separator: ":", maxSplits: 1).map(String.init)
        #expect(parts[0] == "admin")
        #expect(parts[1].hasPrefix("$2a$10$"))
        #expect(Htpasswd.hash("s3cret!", setting: parts[1]) == parts[1])
        #expect(Htpasswd.hash("wrong", setting: parts[1]) != parts[1])
    }

    @Test(arguments: ["", "x", "0123456789abcdef", "grüße ✓ and a longer text"])
    func aesRoundTrip(_ text: String) throws {
        let sealed = try Self.string(try Self.call("encryptAES", [.string("pw"), .string(text)]))
        let opened = try Self.string(try Self.call("decryptAES", [.string("pw"), .string(sealed)]))
        #expect(opened == text)
        if !text.isEmpty { #expect(Data(base64Encoded: sealed)?.count == 16 + (text.utf8.count / 16 + 1) * 16) }
    }

    @Test func randBytesLength() throws {
        for n in [0, 1, 16, 33] {
            let s = try Self.string(try Self.call("randBytes", [.int(n)]))
            #expect(Data(base64Encoded: s)?.count == n)
        }
    }
}
