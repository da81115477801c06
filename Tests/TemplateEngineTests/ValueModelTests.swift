import Testing
@testable import TemplateEngine

/// Go's truth, type names and map reference semantics of the value model.
struct ValueModelTests {
    @Test(arguments: [
        (Value.null, false), (.bool(false), false), (.bool(true), true),
        (.int(0), false), (.int(-1), true), (.float(0), false), (.float(0.5), true),
        (.string(""), false), (.string("0"), true), (.list([]), false), (.list([.null]), true),
        (.map([:]), false), (.map(["a": .null]), true), (.bytes([]), false),
    ])
    func truth(_ value: Value, _ expected: Bool) {
        #expect(value.isTruthy == expected)
    }

    @Test func goTypeNames() {
        #expect(Value.int(1).goTypeName == "int")
        #expect(Value.int64(1).goTypeName == "int64")
        #expect(Value.float(1).goTypeName == "float64")
        #expect(Value.null.goTypeName == "<nil>")
        #expect(Value.list([]).goTypeName == "[]interface {}")
        #expect(Value.map([:]).goTypeName == "map[string]interface {}")
        #expect(Value.list(GoList.strings(["a"])).goTypeName == "[]string")
        #expect(Value.bytes([1]).goTypeName == "[]uint8")
    }

    @Test func mapsAreShared() {
        let m = GoMap(["b": .int(1)])
        let alias = Value.map(m)
        m["a"] = .string("x")
        #expect(alias.mapValue?.sortedKeys == ["a", "b"])
        m["a"] = nil
        #expect(alias.mapValue?.sortedKeys == ["b"])
    }

    @Test func goByteOrder() {
        // Go compares strings byte-wise: "Z" (0x5A) < "a" (0x61) < "é" (0xC3 0xA9).
        #expect(["é", "a", "Z", "ab"].sorted(by: goStringLess) == ["Z", "a", "ab", "é"])
    }

    @Test(arguments: [
        ("", "", false), ("", "a", true), ("a", "", false), ("a", "a", false),
        ("ab", "abc", true), ("abc", "ab", false), ("abd", "abc", false),
        ("a-long-string-beyond-the-inline-size-x", "a-long-string-beyond-the-inline-size-y", true),
        ("\u{FF}", "\u{100}", true), ("日本", "日", false),
        // A byte that is not UTF-8 (kept as an escape scalar) sorts as the byte 0xFF.
        (GoBytes.string([0x61, 0xFF]), "a\u{FF}", false), ("a\u{FF}", GoBytes.string([0x61, 0xFF]), true),
    ] as [(String, String, Bool)])
    func goByteOrderPairs(_ a: String, _ b: String, _ less: Bool) {
        #expect(goStringLess(a, b) == less)
        #expect(goStringLess(a, b) == GoBytes.bytes(a).lexicographicallyPrecedes(GoBytes.bytes(b)))
    }

    @Test(arguments: [
        ("hello world", "o", 0, 4), ("hello world", "o", 5, 7), ("hello world", "world", 0, 6),
        ("hello world", "worlds", 0, nil), ("hello", "", 2, 2), ("hello", "", 5, 5), ("hello", "", 6, nil),
        ("hello", "lo", 3, 3), ("hello", "lo", 4, nil), ("aaab", "aab", 0, 1), ("", "a", 0, nil),
        ("{{ define \"x\" }}", "define", 0, 3), ("abc", "c", 2, 2), ("abc", "abcd", 0, nil),
    ] as [(String, String, Int, Int?)])
    func byteIndex(_ s: String, _ sep: String, _ from: Int, _ expected: Int?) {
        #expect(GoStrings.index(Array(s.utf8), Array(sep.utf8), from: from) == expected)
    }
}
