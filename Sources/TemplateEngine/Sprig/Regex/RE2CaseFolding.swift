/// Go's simple case folding for `(?i)`: two runes match when they belong to
/// the same `unicode.SimpleFold` orbit (`k`, `K` and the Kelvin sign; `s`,
/// `S` and `ſ`, …). The orbit key is the lower case of the upper case, with
/// one-rune mappings only.
enum RE2CaseFolding {
    /// Lowest and highest runes that take part in folding (Go's minFold/maxFold).
    static let minFold: UInt32 = 0x41
    static let maxFold: UInt32 = 0x1E943

    static func key(_ v: UInt32) -> UInt32 {
        guard v >= minFold, v <= maxFold, let r = Unicode.Scalar(v) else { return v }
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return v + 32 }
            return v
        }
        // dotless i and dotted I have no simple folding in Go
        if v == 0x130 || v == 0x131 { return v }
        let upper = single(r.properties.uppercaseMapping) ?? r
        let lower = single(upper.properties.lowercaseMapping) ?? single(r.properties.lowercaseMapping) ?? upper
        if lower.value == 0x130 || lower.value == 0x131 { return v }
        return lower.value
    }

    private static func single(_ s: String) -> Unicode.Scalar? {
        var it = s.unicodeScalars.makeIterator()
        guard let f = it.next(), it.next() == nil else { return nil }
        return f
    }

    /// Members of each non-trivial orbit, by key; built once, on first use
    /// of a non-ASCII folded rune.
    private static let nonASCIIOrbits: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        var v = minFold
        while v <= maxFold {
            let k = key(v)
            if k != v { table[k, default: [k]].append(v) }
            v += 1
        }
        return table
    }()

    /// All runes fold-equivalent to `v`, including `v`.
    static func orbit(_ v: UInt32) -> [UInt32] {
        if v < minFold || v > maxFold { return [v] }
        if v < 0x80 {
            let k = key(v)
            if k >= 0x61 && k <= 0x7A {
                var o: [UInt32] = [k, k - 32]
                if k == 0x6B { o.append(0x212A) }
                if k == 0x73 { o.append(0x17F) }
                return o
            }
            return [v]
        }
        let k = key(v)
        if let members = nonASCIIOrbits[k] { return members }
        return k == v ? [v] : [v, k]
    }

    static func equivalent(_ a: UInt32, _ b: UInt32) -> Bool {
        a == b || key(a) == key(b)
    }
}
