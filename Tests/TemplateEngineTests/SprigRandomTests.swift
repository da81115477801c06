import Foundation
import Testing
@testable import TemplateEngine

/// Sprig's random functions: lengths, alphabets, ranges and UUID shape.
struct SprigRandomTests {
    static func call(_ name: String, _ args: [Value]) throws -> Value {
        let f = try #require(SprigCaller.table.lookup(name))
        return try f.body(args, SprigTestContext())
    }

    @Test(arguments: [
        ("randAlphaNum", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
        ("randAlpha", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
        ("randNumeric", "0123456789"),
        ("randAscii", String((32...126).map { Character(UnicodeScalar(UInt8($0))) })),
    ])
    func alphabetAndLength(_ name: String, _ alphabet: String) throws {
        let allowed = Set(alphabet)
        let s = try #require(try Self.call(name, [.int(2000)]).stringValue)
        #expect(s.count == 2000)
        #expect(s.allSatisfy { allowed.contains($0) })
        // Every character of a small alphabet shows up in 2000 draws.
        if allowed.count <= 10 { #expect(Set(s) == allowed) }
        #expect(try Self.call(name, [.int(0)]).stringValue == "")
        #expect(try Self.call(name, [.int(-3)]).stringValue == "")
    }

    @Test func randIntStaysInRange() throws {
        var seen = Set<Int64>()
        for _ in 0..<500 {
            guard case .int(let v, .int) = try Self.call("randInt", [.int(-2), .int(3)]) else {
                Issue.record("randInt did not return an int")
                return
            }
            #expect(v >= -2 && v < 3)
            seen.insert(v)
        }
        #expect(seen == [-2, -1, 0, 1, 2])
        #expect(throws: FunctionError.self) { try Self.call("randInt", [.int(3), .int(3)]) }
    }

    @Test func shuffleKeepsCharacters() throws {
        let s = try #require(try Self.call("shuffle", [.string("abcdéfg✓")]).stringValue)
        #expect(s.sorted() == "abcdéfg✓".sorted())
    }

    @Test func uuidv4Shape() throws {
        let u = try #require(try Self.call("uuidv4", []).stringValue)
        let parts = u.split(separator: "-").map(\.count)
        #expect(parts == [8, 4, 4, 4, 12])
        #expect(Array(u)[14] == "4")
        #expect("89ab".contains(Array(u)[19]))
        #expect(u == u.lowercased())
        #expect(UUID(uuidString: u) != nil)
    }
}
