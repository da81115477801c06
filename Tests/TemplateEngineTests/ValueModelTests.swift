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
}
