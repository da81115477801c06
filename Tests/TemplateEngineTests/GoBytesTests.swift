import Testing
@testable import TemplateEngine

/// `GoBytes` keeps a Go string's bytes that are not UTF-8 inside a Swift
/// `String` and gives them back unchanged.
@Suite struct GoBytesTests {
    static let inputs: [[UInt8]] = [
        [],
        Array("plain ascii".utf8),
        Array("héllo wörld €".utf8),
        [0xFF],
        [0x68, 0xC3],                  // a cut two-byte character
        [0xC3, 0x28, 0x41],            // invalid continuation
        [0xE2, 0x82],                  // a cut three-byte character
        [0xC0, 0x80],                  // overlong
        [0xED, 0xA0, 0x80],            // surrogate
        [0xF4, 0x90, 0x80, 0x80],      // beyond U+10FFFF
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE],
    ]

    @Test(arguments: inputs)
    func roundTrip(_ bytes: [UInt8]) {
        let s = GoBytes.string(bytes)
        #expect(GoBytes.bytes(s) == bytes)
        #expect(GoBytes.count(s) == bytes.count)
        var appended: [UInt8] = [0x41]
        GoBytes.appendBytes(of: s, to: &appended)
        #expect(appended == [0x41] + bytes)
    }

    @Test(arguments: ["héllo", "\u{10FFFF}\u{10FFFD}\u{F0000}\u{100000}"])
    func validTextIsUnchanged(_ s: String) {
        #expect(!GoBytes.hasEscapes(s))
        #expect(GoBytes.string(Array(s.utf8)) == s)
        #expect(GoBytes.replacingEscapes(s) == s)
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        let s = GoBytes.string([0x61, 0xFF, 0xFE, 0x62])
        #expect(GoBytes.hasEscapes(s))
        #expect(GoBytes.replacingEscapes(s) == "a\u{FFFD}\u{FFFD}b")
    }
}
