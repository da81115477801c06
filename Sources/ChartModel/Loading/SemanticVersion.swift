/// A semantic version as Masterminds/semver v3 `NewVersion` accepts it:
/// optional `v`, 1–3 numeric parts, optional
/// prerelease and build metadata.
struct SemanticVersion {
    let major: UInt64
    let minor: UInt64
    let patch: UInt64
    /// Prerelease identifiers (empty when none).
    let prerelease: [Substring]

    init?(parsing text: String) {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "v") { bytes = bytes.dropFirst() }
        var numbers: [UInt64] = []
        while true {
            guard let (n, rest) = SemanticVersion.number(bytes) else { return nil }
            numbers.append(n)
            bytes = rest
            if numbers.count < 3, bytes.first == UInt8(ascii: "."),
               let next = bytes.dropFirst().first, SemanticVersion.isDigit(next) {
                bytes = bytes.dropFirst()
                continue
            }
            break
        }
        major = numbers[0]
        minor = numbers.count > 1 ? numbers[1] : 0
        patch = numbers.count > 2 ? numbers[2] : 0
        var pre: [Substring] = []
        if bytes.first == UInt8(ascii: "-") {
            let end = bytes.firstIndex(of: UInt8(ascii: "+")) ?? bytes.endIndex
            let part = bytes[(bytes.startIndex + 1)..<end]
            for id in part.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                guard SemanticVersion.isPrereleaseIdentifier(id) else { return nil }
                pre.append(Substring(decoding: id, as: UTF8.self))
            }
            bytes = bytes[end...]
        }
        if bytes.first == UInt8(ascii: "+") {
            let part = bytes.dropFirst()
            for id in part.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                guard !id.isEmpty, id.allSatisfy(SemanticVersion.isIdentifierByte) else { return nil }
            }
            bytes = bytes[bytes.endIndex...]
        }
        guard bytes.isEmpty else { return nil }
        prerelease = pre
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private static func isIdentifierByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
            || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b == UInt8(ascii: "-")
    }

    /// Decimal digits (leading zeros allowed, as semver v3.5 accepts) that fit in a UInt64.
    private static func number(_ s: ArraySlice<UInt8>) -> (UInt64, ArraySlice<UInt8>)? {
        var i = s.startIndex
        var v: UInt64 = 0
        while i < s.endIndex, isDigit(s[i]) {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(s[i] - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            v = a
            i += 1
        }
        if i == s.startIndex { return nil }
        return (v, s[i...])
    }

    /// `0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*`
    private static func isPrereleaseIdentifier(_ id: ArraySlice<UInt8>) -> Bool {
        if id.isEmpty || !id.allSatisfy(isIdentifierByte) { return false }
        if id.allSatisfy(isDigit) { return id.count == 1 || id.first != UInt8(ascii: "0") }
        return true
    }
}
