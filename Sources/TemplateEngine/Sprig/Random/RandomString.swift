/// Random strings over Sprig's (goutils') alphabets: every character of the
/// alphabet equally likely.
enum RandomString {
    static let alphaNumeric = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    static let alphabetic = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
    static let numeric = Array("0123456789".utf8)
    /// Code points 32 through 126.
    static let printableASCII: [UInt8] = Array(32...126)
    /// The longest string produced; longer requests fail instead of
    /// exhausting memory.
    static let maxLength = 64 * 1024 * 1024

    static func make(count: Int, from alphabet: [UInt8]) throws -> String {
        // goutils reports a negative count as an error, which Sprig drops.
        if count <= 0 { return "" }
        if count > maxLength { throw FunctionError("runtime error: makeslice: len out of range") }
        var rng = SystemRandomNumberGenerator()
        var out = [UInt8](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
