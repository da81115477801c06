import Testing
@testable import TemplateEngine

/// The exact decimal arithmetic behind `addf`/`subf`/`mulf`/`divf` agrees
/// with integer arithmetic wherever both are exact.
struct SprigDecimalTests {
    static let pairs: [(Int, Int)] = [(0, 0), (1, 2), (-7, 3), (123_456, -789), (99_999_999, 99_999_999), (-5, -5)]

    @Test(arguments: 0..<6)
    func integerSumsAndProductsAreExact(_ i: Int) throws {
        let (x, y) = SprigDecimalTests.pairs[i]
        let a = try GoDecimal(Double(x)), b = try GoDecimal(Double(y))
        #expect((a + b).doubleValue == Double(x + y))
        #expect((a - b).doubleValue == Double(x - y))
        #expect((a * b).doubleValue == Double(x * y))
    }

    @Test(arguments: [(10, 4), (-9, 3), (1, 8), (7, -2)])
    func exactQuotients(_ x: Int, _ y: Int) throws {
        let q = try GoDecimal(Double(x)).divided(by: GoDecimal(Double(y)))
        #expect(q.doubleValue == Double(x) / Double(y))
    }

    @Test func divisionByZeroIsAnError() throws {
        #expect(throws: FunctionError.self) { try GoDecimal(1).divided(by: GoDecimal(0)) }
    }

    @Test func decimalIntegerDivModRecombines() {
        let a = DecimalInteger("987654321987654321"[...]), b = DecimalInteger("12345"[...])
        let (q, r) = DecimalInteger.divMod(a, b)
        #expect(q * b + r == a)
        #expect(DecimalInteger.compare(r, b) < 0)
    }
}
