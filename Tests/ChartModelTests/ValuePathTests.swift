import Testing
import TemplateEngine
@testable import ChartModel

/// `Values.PathValue` splits the path at its last `.`: the table path before
/// it, the key after it (empty segments included, as Go's strings.Split).
@Suite struct ValuePathTests {
    static let values: GoMap = {
        let inner = GoMap(["c": .int(3), "": .int(9), "m": .map(GoMap(["x": .int(1)]))])
        let emptyKeyed = GoMap(["b": .int(7)])
        return GoMap(["a": .map(GoMap(["b": .map(inner)])), "top": .string("t"), "": .map(emptyKeyed)])
    }()

    @Test(arguments: [
        ("a.b.c", "3"), ("top", "t"), ("a.b.", "9"), (".b", "7"), ("a.b.m", "nil"), ("a.b.m.x", "1"),
        ("a.b.zz", "nil"), ("zz.b", "nil"), ("a", "nil"), ("", "nil"), ("top.x", "nil"), ("a..c", "nil"),
    ])
    func pathValues(_ path: String, _ expected: String) {
        let v = ValuePath.value(ValuePathTests.values, path)
        let text: String
        switch v {
        case .int(let n, _)?: text = String(n)
        case .string(let s)?: text = s
        case nil: text = "nil"
        default: text = "other"
        }
        #expect(text == expected)
    }
}
