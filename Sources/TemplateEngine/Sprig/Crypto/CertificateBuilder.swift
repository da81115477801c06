import Crypto
import _CryptoExtras
import Foundation
import SwiftASN1
import X509

/// Builds certificates the way Sprig's `getBaseCertTemplate` and Go's
/// `x509.CreateCertificate` do: v3, a random 128-bit serial, CN-only
/// subject, now … now+days, key usage, server+client auth, basic
/// constraints, subject/authority key ids and SANs (DNS names, then IPs).
enum CertificateBuilder {
    static let serialBytes = 16
    static let defaultRSABits = 2048
    private static let nanosecondsPerDay: Int64 = 24 * 3600 * 1_000_000_000

    struct Request {
        var commonName: String
        var ips: [[UInt8]]
        var dnsNames: [String]
        var daysValid: Int
        var isCA: Bool
    }

    /// A new RSA-2048 key, as Sprig's `gen*` functions without `WithKey` use.
    static func newRSAKey() throws -> SprigPrivateKey {
        do {
            return .rsa(try _RSA.Signing.PrivateKey(keySize: .bits2048))
        } catch {
            throw FunctionError("error generating rsa key: \(error)")
        }
    }

    /// Issues a certificate for `key`, self-signed when `issuer` is nil.
    static func issue(_ request: Request, key: SprigPrivateKey,
                      issuer: (cert: Certificate, key: SprigPrivateKey)?) throws -> CertificateObject {
        let publicKey: Certificate.PublicKey
        do {
            publicKey = try key.signer().0.publicKey
        } catch {
            throw FunctionError("error creating certificate: \(error)")
        }
        let (signingKey, algorithm): (Certificate.PrivateKey, Certificate.SignatureAlgorithm)
        do {
            (signingKey, algorithm) = try (issuer?.key ?? key).signer()
        } catch let e as FunctionError {
            throw FunctionError("error creating certificate: \(e.message)")
        }
        let subject = try distinguishedName(request.commonName)
        let issuerName = issuer?.cert.subject ?? subject
        let now = Date()
        let notBefore = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let validity = request.daysValid.toInt64Wrapping &* nanosecondsPerDay
        let notAfter = Date(timeIntervalSince1970: notBefore.timeIntervalSince1970 + Double(validity / 1_000_000_000))

        var extensions = Certificate.Extensions()
        do {
            var usage = KeyUsage(digitalSignature: true, keyEncipherment: true)
            if request.isCA { usage.keyCertSign = true }
            try extensions.append(Certificate.Extension(usage, critical: true))
            try extensions.append(Certificate.Extension(
                ExtendedKeyUsage([.serverAuth, .clientAuth]), critical: false))
            let constraints: BasicConstraints = request.isCA
                ? .isCertificateAuthority(maxPathLength: nil) : .notCertificateAuthority
            try extensions.append(Certificate.Extension(constraints, critical: true))
            if request.isCA {
                try extensions.append(Certificate.Extension(
                    SubjectKeyIdentifier(keyIdentifier: subjectKeyID(publicKey)[...]), critical: false))
            }
            if let issuerCert = issuer?.cert, issuerCert.subject != subject,
               let ski = try? issuerCert.extensions.subjectKeyIdentifier {
                try extensions.append(Certificate.Extension(
                    AuthorityKeyIdentifier(keyIdentifier: ski.keyIdentifier), critical: false))
            }
            // Go's CreateCertificate: SAN DNS names must be IA5 (ASCII).
            if let bad = request.dnsNames.first(where: { !$0.utf8.allSatisfy { $0 < 0x80 } }) {
                var quoted: [UInt8] = []
                GoQuote.appendQuoted(Array(bad.utf8), asciiOnly: false, to: &quoted)
                throw FunctionError("error creating certificate: x509: \(String(decoding: quoted, as: UTF8.self)) cannot be encoded as an IA5String")
            }
            var names: [GeneralName] = request.dnsNames.map { .dnsName($0) }
            names += request.ips.map { .ipAddress(ASN1OctetString(contentBytes: $0[...])) }
            if !names.isEmpty {
                try extensions.append(Certificate.Extension(
                    SubjectAlternativeNames(names), critical: request.commonName.isEmpty))
            }
            let certificate = try Certificate(
                version: .v3, serialNumber: randomSerial(), publicKey: publicKey,
                notValidBefore: notBefore, notValidAfter: notAfter,
                issuer: issuerName, subject: subject, signatureAlgorithm: algorithm,
                extensions: extensions, issuerPrivateKey: signingKey)
            let pem = try certificate.serializeAsPEM().pemString + "\n"
            return CertificateObject(cert: pem, key: key.pem)
        } catch let e as FunctionError {
            throw e
        } catch {
            throw FunctionError("error creating certificate: \(error)")
        }
    }

    /// Go (1.25+) fills a missing subject key id with the first 160 bits of
    /// the SHA-256 of the subject public key bits.
    private static func subjectKeyID(_ key: Certificate.PublicKey) -> [UInt8] {
        Array(SHA256.hash(data: key.subjectPublicKeyInfoBytes).prefix(20))
    }

    /// A CN-only name, encoded as Go's asn1 does: PrintableString when
    /// every character allows it, else UTF8String.
    private static func distinguishedName(_ cn: String) throws -> DistinguishedName {
        if cn.isEmpty { return DistinguishedName() }
        let type = ASN1ObjectIdentifier.RDNAttributeType.commonName
        let attribute = cn.utf8.allSatisfy(isPrintable)
            ? try RelativeDistinguishedName.Attribute(type: type, printableString: cn)
            : RelativeDistinguishedName.Attribute(type: type, utf8String: cn)
        return DistinguishedName([RelativeDistinguishedName(attribute)])
    }

    /// Go's `asn1.isPrintable` without `*` and `&`.
    private static func isPrintable(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array(" '()+,-./:=?".utf8).contains(c)
        }
    }

    private static func randomSerial() -> Certificate.SerialNumber {
        var bytes = SecureRandomBytes.secure(serialBytes)
        while let first = bytes.first, first == 0, bytes.count > 1 { bytes.removeFirst() }
        if let first = bytes.first, first & 0x80 != 0 { bytes.insert(0, at: 0) }
        return Certificate.SerialNumber(bytes: bytes)
    }

    /// Parses a PEM certificate (Sprig's `pem.Decode` + `x509.ParseCertificate`).
    static func parseCertificate(_ text: String, what: String) throws -> Certificate {
        guard let block = PEMBlock.decode(text) else {
            throw FunctionError("unable to decode certificate")
        }
        do {
            return try Certificate(derEncoded: block.bytes)
        } catch {
            throw FunctionError("error parsing certificate: \(what): x509: malformed certificate")
        }
    }
}

private extension Int {
    var toInt64Wrapping: Int64 { Int64(truncatingIfNeeded: self) }
}
