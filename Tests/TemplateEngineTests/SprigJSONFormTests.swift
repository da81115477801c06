import Testing
@testable import TemplateEngine

/// The JSON forms of Sprig's host objects, against what Helm's `toJson`
/// printed for them.
struct SprigJSONFormTests {
    init() { SprigCaller.setUTC() }

    static func jsonString(_ v: Value) -> String? {
        guard case .object(let o) = v, let j = o as? GoJSONEncodable, case .value(.string(let s)) = j.goJSONRepresentation else {
            return nil
        }
        return "\"" + s + "\""
    }

    @Test func timeJSON() throws {
        let t = try #require(try SprigCaller.evaluate("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-05-06T07:08:09.5+02:00")]))
        #expect(Self.jsonString(t) == SprigDirectCallCase.goldenLine("sprig-date/toJson-time"))
        let u = try #require(try SprigCaller.evaluate("toDate", [.string("2006-01-02"), .string("2024-05-06")]))
        #expect(Self.jsonString(u) == SprigDirectCallCase.goldenLine("sprig-date/toJson-time-utc"))
    }

    @Test func versionJSON() throws {
        let v = try #require(try SprigCaller.evaluate("semver", [.string("v1.2.3-rc.1+b")]))
        #expect(Self.jsonString(v) == SprigDirectCallCase.goldenLine("sprig-semver/toJson-version"))
    }

    @Test func certificateJSONKeys() throws {
        let c = try #require(try SprigCaller.evaluate("genCA", [.string("x"), .int(1)]))
        guard case .object(let o) = c, let j = o as? GoJSONEncodable, case .fields(let fields) = j.goJSONRepresentation else {
            Issue.record("no JSON form")
            return
        }
        #expect("[" + fields.map(\.name).joined(separator: " ") + "]" == SprigDirectCallCase.goldenLine("sprig-crypto/toJson-certificate-keys"))
    }
}
