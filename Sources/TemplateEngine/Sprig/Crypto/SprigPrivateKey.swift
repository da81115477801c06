import Crypto
import _CryptoExtras
import Foundation
import X509

/// A private key of one of the kinds Sprig generates and reads, encoded in
/// PEM exactly as Sprig's `pemBlockForKey` does with Go's `x509` package.
enum SprigPrivateKey {
    case rsa(_RSA.Signing.PrivateKey)
    case p256(P256.Signing.PrivateKey)
    case p384(P384.Signing.PrivateKey)
    case p521(P521.Signing.PrivateKey)
    case ed25519(Curve25519.Signing.PrivateKey)
    /// DSA keys cannot sign certificates; only their encoding is kept.
    case dsa([UInt8])

    private static let ed25519PKCS8Prefix: [UInt8] = [
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
    ]
    private static let ed25519SeedLength = 32

    var pemBlock: PEMBlock {
        switch self {
        case .rsa(let k): return PEMBlock(type: "RSA PRIVATE KEY", bytes: Array(k.derRepresentation))
        case .p256(let k): return PEMBlock(type: "EC PRIVATE KEY", bytes: Self.sec1(
            scalar: Array(k.rawRepresentation), publicPoint: Array(k.publicKey.x963Representation), curve: [1, 2, 840, 10045, 3, 1, 7]))
        case .p384(let k): return PEMBlock(type: "EC PRIVATE KEY", bytes: Self.sec1(
            scalar: Array(k.rawRepresentation), publicPoint: Array(k.publicKey.x963Representation), curve: [1, 3, 132, 0, 34]))
        case .p521(let k): return PEMBlock(type: "EC PRIVATE KEY", bytes: Self.sec1(
            scalar: Array(k.rawRepresentation), publicPoint: Array(k.publicKey.x963Representation), curve: [1, 3, 132, 0, 35]))
        case .ed25519(let k): return PEMBlock(type: "PRIVATE KEY", bytes: Self.ed25519PKCS8Prefix + Array(k.rawRepresentation))
        case .dsa(let der): return PEMBlock(type: "DSA PRIVATE KEY", bytes: der)
        }
    }

    var pem: String { pemBlock.encoded }

    /// Go's `x509.MarshalECPrivateKey`: SEC 1 with the named curve and the
    /// public point.
    private static func sec1(scalar: [UInt8], publicPoint: [UInt8], curve: [UInt64]) -> [UInt8] {
        DERWriter.sequence([
            DERWriter.integer(1),
            DERWriter.octetString(scalar),
            DERWriter.explicit(0, DERWriter.oid(curve)),
            DERWriter.explicit(1, DERWriter.bitString(publicPoint)),
        ])
    }

    /// Sprig's `parsePrivateKeyPEM`, with its error texts.
    static func parse(pem text: String) throws -> SprigPrivateKey {
        guard let block = PEMBlock.decode(text) else {
            throw FunctionError("no PEM data in input")
        }
        if block.type == "PRIVATE KEY" {
            guard let key = parsePKCS8(block.bytes) else {
                throw FunctionError("decoding PEM as PKCS#8: x509: failed to parse private key")
            }
            return key
        }
        guard block.type.hasSuffix(" PRIVATE KEY") else {
            throw FunctionError("no private key data in PEM block of type \(block.type)")
        }
        switch block.type.dropLast(" PRIVATE KEY".count) {
        case "RSA":
            guard let k = try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: block.bytes) else {
                throw FunctionError("parsing RSA private key from PEM: x509: failed to parse private key")
            }
            return .rsa(k)
        case "EC":
            guard let k = parseEC(block.bytes) else {
                throw FunctionError("parsing EC private key from PEM: x509: failed to parse EC private key")
            }
            return k
        case "DSA":
            return .dsa(block.bytes)
        default:
            throw FunctionError("invalid private key type \(block.type)")
        }
    }

    private static func parseEC(_ der: [UInt8]) -> SprigPrivateKey? {
        if let k = try? P256.Signing.PrivateKey(derRepresentation: der) { return .p256(k) }
        if let k = try? P384.Signing.PrivateKey(derRepresentation: der) { return .p384(k) }
        if let k = try? P521.Signing.PrivateKey(derRepresentation: der) { return .p521(k) }
        return nil
    }

    private static func parsePKCS8(_ der: [UInt8]) -> SprigPrivateKey? {
        if der.count == ed25519PKCS8Prefix.count + ed25519SeedLength && der.starts(with: ed25519PKCS8Prefix),
           let k = try? Curve25519.Signing.PrivateKey(rawRepresentation: der.suffix(ed25519SeedLength)) {
            return .ed25519(k)
        }
        if let k = try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: der) { return .rsa(k) }
        return parseEC(der)
    }

    /// The key and signature algorithm for signing a certificate, or Go's
    /// error for keys that cannot sign.
    func signer() throws -> (Certificate.PrivateKey, Certificate.SignatureAlgorithm) {
        switch self {
        case .rsa(let k): return (Certificate.PrivateKey(k), .sha256WithRSAEncryption)
        case .p256(let k): return (Certificate.PrivateKey(k), .ecdsaWithSHA256)
        case .p384(let k): return (Certificate.PrivateKey(k), .ecdsaWithSHA384)
        case .p521(let k): return (Certificate.PrivateKey(k), .ecdsaWithSHA512)
        case .ed25519(let k): return (Certificate.PrivateKey(k), .ed25519)
        case .dsa: throw FunctionError("x509: certificate private key does not implement crypto.Signer")
        }
    }
}

/// `genPrivateKey`: a new key of the named type in Sprig's PEM layout.
enum PrivateKeyGenerator {
    static let rsaBits = 4096

    static func generatePEM(type: String) -> String {
        do {
            switch type {
            case "", "rsa":
                return SprigPrivateKey.rsa(try _RSA.Signing.PrivateKey(keySize: .bits4096)).pem
            case "dsa":
                guard let der = try? DSAKeyGenerator.generateDER() else {
                    return "failed to generate dsa params: dsa generation failed"
                }
                return SprigPrivateKey.dsa(der).pem
            case "ecdsa":
                return SprigPrivateKey.p256(P256.Signing.PrivateKey()).pem
            case "ed25519":
                return SprigPrivateKey.ed25519(Curve25519.Signing.PrivateKey()).pem
            default:
                return "Unknown type \(type)"
            }
        } catch {
            return "failed to generate private key: \(error)"
        }
    }
}
