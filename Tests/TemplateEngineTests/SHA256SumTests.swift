import Foundation
import Testing
@testable import TemplateEngine

/// `sha256sum`'s digest against FIPS 180 vectors and against openssl for
/// every length around the 64-byte block and padding boundaries.
@Suite struct SHA256SumTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func standardVectors(_ message: String, _ digest: String) {
        #expect(SprigDigest.sha256Hex(Array(message.utf8)) == digest)
    }

    @Test func blockBoundariesMatchOpenSSL() throws {
        for length in [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
            let message = String((0..<length).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
            let (status, out) = try SprigCryptoTests.openssl(["dgst", "-sha256", "-r"], input: message)
            #expect(status == 0)
            let expected = out.split(separator: " ").first.map(String.init) ?? ""
            #expect(SprigDigest.sha256Hex(Array(message.utf8)) == expected, "length \(length)")
        }
    }
}
