import Foundation
import X509

/// Sprig's certificate functions: `genCA`, `genSelfSignedCert`,
/// `genSignedCert`, their `WithKey` variants, and `buildCustomCert`.
enum CertificateFunctions {
    static let functions: [TemplateFunction] = [
        TemplateFunction("genCA", params: [.string, .int]) { args, _ in
            .object(try ca(args, key: try CertificateBuilder.newRSAKey()))
        },
        TemplateFunction("genCAWithKey", params: [.string, .int, .string]) { args, _ in
            .object(try ca(args, key: try pemKey(args, 2)))
        },
        TemplateFunction("genSelfSignedCert", params: [.string, .list, .list, .int]) { args, _ in
            .object(try leaf(args, key: try CertificateBuilder.newRSAKey(), issuer: nil))
        },
        TemplateFunction("genSelfSignedCertWithKey", params: [.string, .list, .list, .int, .string]) { args, _ in
            .object(try leaf(args, key: try pemKey(args, 4), issuer: nil))
        },
        TemplateFunction("genSignedCert", params: [.string, .list, .list, .int, .named("sprig.certificate")]) { args, _ in
            let issuer = try signer(args, 4)
            return .object(try leaf(args, key: try CertificateBuilder.newRSAKey(), issuer: issuer))
        },
        TemplateFunction("genSignedCertWithKey", params: [.string, .list, .list, .int, .named("sprig.certificate"), .string]) { args, _ in
            let issuer = try signer(args, 4)
            return .object(try leaf(args, key: try pemKey(args, 5), issuer: issuer))
        },
        TemplateFunction("buildCustomCert", params: [.string, .string]) { args, _ in
            .object(try buildCustom(cert64: SprigCryptoArgs.string(args, 0), key64: SprigCryptoArgs.string(args, 1)))
        },
    ]

    private static func pemKey(_ args: [Value], _ i: Int) throws -> SprigPrivateKey {
        do {
            return try SprigPrivateKey.parse(pem: SprigCryptoArgs.string(args, i))
        } catch let e as FunctionError {
            throw FunctionError("parsing private key: \(e.message)")
        }
    }

    private static func ca(_ args: [Value], key: SprigPrivateKey) throws -> CertificateObject {
        let request = CertificateBuilder.Request(
            commonName: SprigCryptoArgs.string(args, 0), ips: [], dnsNames: [],
            daysValid: SprigCryptoArgs.int(args, 1), isCA: true)
        return try CertificateBuilder.issue(request, key: key, issuer: nil)
    }

    private static func leaf(_ args: [Value], key: SprigPrivateKey,
                             issuer: (cert: Certificate, key: SprigPrivateKey)?) throws -> CertificateObject {
        let request = CertificateBuilder.Request(
            commonName: SprigCryptoArgs.string(args, 0), ips: try ips(args, 1),
            dnsNames: try dnsNames(args, 2), daysValid: SprigCryptoArgs.int(args, 3), isCA: false)
        return try CertificateBuilder.issue(request, key: key, issuer: issuer)
    }

    /// The CA argument of `genSignedCert*`: a `sprig.certificate`.
    private static func signer(_ args: [Value], _ i: Int) throws -> (cert: Certificate, key: SprigPrivateKey) {
        guard i < args.count, case .object(let o) = args[i], let ca = o as? CertificateObject else {
            let got = i < args.count ? args[i].goTypeName : "<nil>"
            throw FunctionError("wrong type for value; expected sprig.certificate; got \(got)")
        }
        let cert = try CertificateBuilder.parseCertificate(ca.cert, what: "decodedSignerCert.Bytes")
        do {
            return (cert, try SprigPrivateKey.parse(pem: ca.key))
        } catch let e as FunctionError {
            throw FunctionError("error parsing private key: \(e.message)")
        }
    }

    private static func ips(_ args: [Value], _ i: Int) throws -> [[UInt8]] {
        guard let list = SprigCryptoArgs.list(args, i) else { return [] }
        return try list.items.map { item in
            guard case .string(let s) = item else {
                throw FunctionError("error parsing ip: \(GoFormat.sprint([item])) is not a string")
            }
            guard let bytes = IPAddressParser.parse(s) else {
                throw FunctionError("error parsing ip: \(s)")
            }
            return bytes
        }
    }

    private static func dnsNames(_ args: [Value], _ i: Int) throws -> [String] {
        guard let list = SprigCryptoArgs.list(args, i) else { return [] }
        return try list.items.map { item in
            guard case .string(let s) = item else {
                throw FunctionError("error processing alternate dns name: \(GoFormat.sprint([item])) is not a string")
            }
            return s
        }
    }

    private static func buildCustom(cert64: String, key64: String) throws -> CertificateObject {
        guard case .success(let certBytes) = SprigCryptoBase64.decode(Array(cert64.utf8)) else {
            throw FunctionError("unable to decode base64 certificate")
        }
        guard case .success(let keyBytes) = SprigCryptoBase64.decode(Array(key64.utf8)) else {
            throw FunctionError("unable to decode base64 private key")
        }
        let cert = String(decoding: certBytes, as: UTF8.self)
        let key = String(decoding: keyBytes, as: UTF8.self)
        _ = try CertificateBuilder.parseCertificate(cert, what: "decodedCert.Bytes")
        do {
            _ = try SprigPrivateKey.parse(pem: key)
        } catch let e as FunctionError {
            throw FunctionError("error parsing private key: \(e.message)")
        }
        return CertificateObject(cert: cert, key: key)
    }
}

/// Go's `net.ParseIP` for certificate SANs: IPv4 (4 bytes, also when written
/// as an IPv4-mapped IPv6 address) or IPv6 (16 bytes).
enum IPAddressParser {
    static func parse(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff {
            return Array(bytes[12..<16])
        }
        return bytes
    }
}
