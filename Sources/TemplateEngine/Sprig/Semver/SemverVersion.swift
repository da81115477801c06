/// A semantic version as Masterminds/semver v3.5.0 parses it with
/// `NewVersion` (coercing: `v` prefix, missing minor/patch, leading zeros).
public struct SemverVersion: Sendable, Equatable, CustomStringConvertible {
    public var major: UInt64
    public var minor: UInt64
    public var patch: UInt64
    public var prerelease: String
    public var metadata: String
    /// The text the version was parsed from.
    public var original: String

    public init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String = "", metadata: String = "") {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.metadata = metadata
        self.original = ""
        self.original = description
    }

    /// Parses `text`; errors carry Masterminds/semver's texts.
    public init(parsing text: String) throws {
        let s = Array(text.utf8)
        var i = 0
        if i < s.count && s[i] == UInt8(ascii: "v") { i += 1 }
        func digits() -> [UInt8]? {
            let start = i
            while i < s.count && s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
            return i > start ? Array(s[start..<i]) : nil
        }
        guard let majorDigits = digits() else { throw SemverError.invalidSemVer }
        var segments: [[UInt8]] = [majorDigits]
        for _ in 0..<2 {
            guard i < s.count && s[i] == UInt8(ascii: ".") else { break }
            i += 1
            guard let d = digits() else { throw SemverError.invalidSemVer }
            segments.append(d)
        }
        var pre = ""
        var meta = ""
        if i < s.count && s[i] == UInt8(ascii: "-") {
            let start = i + 1
            i = start
            while i < s.count && s[i] != UInt8(ascii: "+") { i += 1 }
            let part = Array(s[start..<i])
            guard Self.isDottedIdentifiers(part) else { throw SemverError.invalidSemVer }
            pre = String(decoding: part, as: UTF8.self)
        }
        if i < s.count && s[i] == UInt8(ascii: "+") {
            let part = Array(s[(i + 1)...])
            guard Self.isDottedIdentifiers(part) else { throw SemverError.invalidSemVer }
            meta = String(decoding: part, as: UTF8.self)
            i = s.count
        }
        guard i == s.count else { throw SemverError.invalidSemVer }
        var numbers: [UInt64] = []
        for segment in segments {
            numbers.append(try Self.parseSegment(segment))
        }
        while numbers.count < 3 { numbers.append(0) }
        major = numbers[0]
        minor = numbers[1]
        patch = numbers[2]
        prerelease = pre
        metadata = meta
        original = text
        if !pre.isEmpty { try Self.validatePrerelease(pre) }
    }

    private static func isIdentifierByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == UInt8(ascii: "-")
    }

    /// `[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*`
    private static func isDottedIdentifiers(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return false }
        var runLength = 0
        for c in bytes {
            if c == UInt8(ascii: ".") {
                if runLength == 0 { return false }
                runLength = 0
            } else if isIdentifierByte(c) {
                runLength += 1
            } else {
                return false
            }
        }
        return runLength > 0
    }

    private static func parseSegment(_ digits: [UInt8]) throws -> UInt64 {
        var value: UInt64 = 0
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(d - 0x30))
            if o1 || o2 {
                throw SemverError("error parsing version segment: strconv.ParseUint: parsing "
                    + SemverQuote.quote(String(decoding: digits, as: UTF8.self)) + ": value out of range")
            }
            value = a
        }
        return value
    }

    private static func validatePrerelease(_ p: String) throws {
        for part in p.split(separator: ".", omittingEmptySubsequences: false) {
            let bytes = Array(part.utf8)
            if bytes.isEmpty { throw SemverError.invalidPrerelease }
            if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                if bytes.count > 1 && bytes[0] == 0x30 { throw SemverError.segmentStartsZero }
            } else if !bytes.allSatisfy(isIdentifierByte) {
                throw SemverError.invalidPrerelease
            }
        }
    }

    /// `1.2.3-pre+meta` (Go's `Version.String`).
    public var description: String {
        var s = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { s += "-" + prerelease }
        if !metadata.isEmpty { s += "+" + metadata }
        return s
    }

    /// -1, 0 or 1, ignoring metadata (Go's `Version.Compare`).
    public func compare(_ o: SemverVersion) -> Int {
        if major != o.major { return major < o.major ? -1 : 1 }
        if minor != o.minor { return minor < o.minor ? -1 : 1 }
        if patch != o.patch { return patch < o.patch ? -1 : 1 }
        if prerelease.isEmpty && o.prerelease.isEmpty { return 0 }
        if prerelease.isEmpty { return 1 }
        if o.prerelease.isEmpty { return -1 }
        return Self.comparePrerelease(prerelease, o.prerelease)
    }

    static func comparePrerelease(_ v: String, _ o: String) -> Int {
        let sparts = v.split(separator: ".", omittingEmptySubsequences: false)
        let oparts = o.split(separator: ".", omittingEmptySubsequences: false)
        for i in 0..<max(sparts.count, oparts.count) {
            let s = i < sparts.count ? String(sparts[i]) : ""
            let t = i < oparts.count ? String(oparts[i]) : ""
            let d = comparePrePart(s, t)
            if d != 0 { return d }
        }
        return 0
    }

    private static func comparePrePart(_ s: String, _ o: String) -> Int {
        if s == o { return 0 }
        if s.isEmpty { return -1 }
        if o.isEmpty { return 1 }
        let oi = parseDigits(o)
        let si = parseDigits(s)
        switch (si, oi) {
        case (nil, nil): return goStringLess(o, s) ? 1 : -1
        case (_, nil): return -1
        case (nil, _): return 1
        case let (a?, b?): return a > b ? 1 : -1
        }
    }

    /// Go's `strconv.ParseUint(s, 10, 64)` success case: ASCII digits only.
    private static func parseDigits(_ s: String) -> UInt64? {
        guard !s.isEmpty, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return UInt64(s)
    }

    func withOriginalPrefix(_ next: SemverVersion) -> SemverVersion {
        var n = next
        n.original = (original.hasPrefix("v") ? "v" : "") + n.description
        return n
    }

    func incPatch() -> SemverVersion {
        var n = self
        n.metadata = ""
        if prerelease.isEmpty { n.patch = patch &+ 1 } else { n.prerelease = "" }
        return withOriginalPrefix(n)
    }

    func incMinor() -> SemverVersion {
        var n = self
        n.metadata = ""
        n.prerelease = ""
        n.patch = 0
        n.minor = minor &+ 1
        return withOriginalPrefix(n)
    }

    func incMajor() -> SemverVersion {
        var n = self
        n.metadata = ""
        n.prerelease = ""
        n.patch = 0
        n.minor = 0
        n.major = major &+ 1
        return withOriginalPrefix(n)
    }

    func settingPrerelease(_ p: String) throws -> SemverVersion {
        if !p.isEmpty { try Self.validatePrerelease(p) }
        var n = self
        n.prerelease = p
        return withOriginalPrefix(n)
    }

    func settingMetadata(_ m: String) throws -> SemverVersion {
        if !m.isEmpty {
            for part in m.split(separator: ".", omittingEmptySubsequences: false)
            where part.isEmpty || !part.utf8.allSatisfy(Self.isIdentifierByte) {
                throw SemverError.invalidMetadata
            }
        }
        var n = self
        n.metadata = m
        return withOriginalPrefix(n)
    }
}

/// A semver parse error, with Masterminds/semver's message.
public struct SemverError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static let invalidSemVer = SemverError("invalid semantic version")
    static let segmentStartsZero = SemverError("version segment starts with 0")
    static let invalidPrerelease = SemverError("invalid prerelease string")
    static let invalidMetadata = SemverError("invalid metadata string")
    static let constraintParser = SemverError("constraint parser error")
}
