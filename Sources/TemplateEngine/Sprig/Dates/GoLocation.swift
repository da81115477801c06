import Foundation

/// A Go `*time.Location`: a named set of zones and the transitions between
/// them, read from the system tz database (TZif files under
/// /usr/share/zoneinfo), with the POSIX TZ rule of the file's footer for
/// times after its last transition.
final class GoLocation: @unchecked Sendable {
    struct Zone {
        var name: String
        var offset: Int
        var isDST: Bool
    }

    struct Transition {
        var when: Int64
        var zoneIndex: Int
    }

    /// One lookup's answer: the zone in effect and the span it covers.
    struct Lookup {
        var name: String
        var offset: Int
        var start: Int64
        var end: Int64
        var isDST: Bool
    }

    static let alpha = Int64.min
    static let omega = Int64.max

    let name: String
    let zones: [Zone]
    let transitions: [Transition]
    let extend: String

    init(name: String, zones: [Zone], transitions: [Transition], extend: String) {
        self.name = name
        self.zones = zones
        self.transitions = transitions
        self.extend = extend
    }

    static let utc = GoLocation(name: "UTC", zones: [], transitions: [], extend: "")

    static func fixed(name: String, offset: Int) -> GoLocation {
        GoLocation(name: name, zones: [Zone(name: name, offset: offset, isDST: false)],
                   transitions: [Transition(when: alpha, zoneIndex: 0)], extend: "")
    }

    /// Go's `time.Local`, from `TZ` or /etc/localtime.
    static let local: GoLocation = {
        guard let tzPointer = getenv("TZ") else {
            if let loc = loadFile("/etc/localtime", name: "Local") { return loc }
            return GoLocation(name: "UTC", zones: [], transitions: [], extend: "")
        }
        let tzValue = String(cString: tzPointer)
        var tz = Substring(tzValue)
        if tz.first == ":" { tz = tz.dropFirst() }
        if tz.first == "/" {
            let path = String(tz)
            if let loc = loadFile(path, name: path == "/etc/localtime" ? "Local" : path) { return loc }
        } else if !tz.isEmpty && tz != "UTC" {
            if let loc = try? loadFromDatabase(String(tz)) { return loc }
        }
        return GoLocation(name: "UTC", zones: [], transitions: [], extend: "")
    }()

    private static let zoneDirectories = ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"]
    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: GoLocation] = [:]

    struct LoadError: Error { let message: String }

    /// Go's `time.LoadLocation`.
    static func load(_ name: String) throws -> GoLocation {
        if name.isEmpty || name == "UTC" { return utc }
        if name == "Local" { return local }
        if name.contains("..") || name.hasPrefix("/") || name.contains("\\") {
            throw LoadError(message: "time: invalid location name")
        }
        cacheLock.lock()
        let hit = cache[name]
        cacheLock.unlock()
        if let hit = hit { return hit }
        let loc = try loadFromDatabase(name)
        cacheLock.lock()
        cache[name] = loc
        cacheLock.unlock()
        return loc
    }

    private static func loadFromDatabase(_ name: String) throws -> GoLocation {
        var dirs = zoneDirectories
        if let ziPointer = getenv("ZONEINFO"), case let zi = String(cString: ziPointer), !zi.isEmpty { dirs.insert(zi + "/", at: 0) }
        for dir in dirs {
            if let loc = loadFile(dir + name, name: name) { return loc }
        }
        throw LoadError(message: "unknown time zone \(name)")
    }

    static let maxFileSize = 10 << 20

    private static func loadFile(_ path: String, name: String) -> GoLocation? {
        guard let data = FileManager.default.contents(atPath: path), data.count < maxFileSize else { return nil }
        return TZifReader.parse(Array(data), name: name)
    }

    /// Go's `Location.lookup`.
    func lookup(_ sec: Int64) -> Lookup {
        if zones.isEmpty {
            return Lookup(name: "UTC", offset: 0, start: Self.alpha, end: Self.omega, isDST: false)
        }
        if transitions.isEmpty || sec < transitions[0].when {
            let z = zones[firstZoneIndex()]
            let end = transitions.first?.when ?? Self.omega
            return Lookup(name: z.name, offset: z.offset, start: Self.alpha, end: end, isDST: z.isDST)
        }
        var lo = 0
        var hi = transitions.count
        while hi - lo > 1 {
            let m = lo + (hi - lo) / 2
            if sec < transitions[m].when { hi = m } else { lo = m }
        }
        let z = zones[transitions[lo].zoneIndex]
        var result = Lookup(name: z.name, offset: z.offset, start: transitions[lo].when,
                            end: lo + 1 < transitions.count ? transitions[lo + 1].when : Self.omega, isDST: z.isDST)
        if lo == transitions.count - 1 && !extend.isEmpty,
           let r = TZRule.lookup(extend, lastTransition: result.start, sec: sec) {
            result = r
        }
        return result
    }

    /// Go's `lookupFirstZone`.
    private func firstZoneIndex() -> Int {
        if !firstZoneUsed() { return 0 }
        if let first = transitions.first, zones[first.zoneIndex].isDST {
            var zi = first.zoneIndex - 1
            while zi >= 0 {
                if !zones[zi].isDST { return zi }
                zi -= 1
            }
        }
        for (i, z) in zones.enumerated() where !z.isDST { return i }
        return 0
    }

    private func firstZoneUsed() -> Bool {
        transitions.contains { $0.zoneIndex == 0 }
    }

    /// Go's `lookupName`: the offset of a zone abbreviation in effect near `unix`.
    func lookupName(_ zoneName: String, unix: Int64) -> Int? {
        for z in zones where z.name == zoneName {
            let l = lookup(unix - Int64(z.offset))
            if l.name == z.name { return l.offset }
        }
        for z in zones where z.name == zoneName { return z.offset }
        return nil
    }
}

/// Reads TZif files (RFC 8536), preferring the 64-bit data of version 2+.
enum TZifReader {
    private struct Cursor {
        let bytes: [UInt8]
        var pos = 0
        mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
            guard n >= 0, pos + n <= bytes.count else { return nil }
            defer { pos += n }
            return bytes[pos..<(pos + n)]
        }
        mutating func be(_ n: Int) -> Int64? {
            guard let s = take(n) else { return nil }
            var v: UInt64 = 0
            for b in s { v = v << 8 | UInt64(b) }
            if n == 4 { return Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: v))) }
            return Int64(bitPattern: v)
        }
    }

    static func parse(_ bytes: [UInt8], name: String) -> GoLocation? {
        var c = Cursor(bytes: bytes)
        guard let magic = c.take(4), Array(magic) == Array("TZif".utf8), let version = c.take(1)?.first,
              c.take(15) != nil else { return nil }
        guard var counts = readCounts(&c) else { return nil }
        var timeSize = 4
        if version >= UInt8(ascii: "2") {
            // Skip the 32-bit block and read the 64-bit header.
            // Header counts: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
            let skip = counts[3] * 4 + counts[3] + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0]
            guard c.take(skip) != nil, let magic2 = c.take(4), Array(magic2) == Array("TZif".utf8),
                  c.take(16) != nil, let counts2 = readCounts(&c) else { return nil }
            counts = counts2
            timeSize = 8
        }
        let (isUTCCount, isStdCount, leapCount, txCount, zoneCount, charCount) =
            (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
        var whens: [Int64] = []
        for _ in 0..<txCount {
            guard let w = c.be(timeSize) else { return nil }
            whens.append(w)
        }
        guard let idx = c.take(txCount) else { return nil }
        var rawZones: [(Int, Bool, Int)] = []
        for _ in 0..<zoneCount {
            guard let off = c.be(4), let dst = c.take(1)?.first, let ai = c.take(1)?.first else { return nil }
            rawZones.append((Int(off), dst != 0, Int(ai)))
        }
        guard let chars = c.take(charCount), c.take(leapCount * (timeSize + 4)) != nil,
              c.take(isStdCount) != nil, c.take(isUTCCount) != nil else { return nil }
        let abbrevs = Array(chars)
        var zones: [GoLocation.Zone] = []
        for (off, dst, ai) in rawZones {
            var end = ai
            while end < abbrevs.count && abbrevs[end] != 0 { end += 1 }
            let abbrev = ai <= abbrevs.count ? String(decoding: abbrevs[min(ai, abbrevs.count)..<end], as: UTF8.self) : ""
            zones.append(GoLocation.Zone(name: abbrev, offset: off, isDST: dst))
        }
        guard !zones.isEmpty else { return nil }
        var transitions: [GoLocation.Transition] = []
        for (i, w) in whens.enumerated() {
            let zi = Int(idx[idx.startIndex + i])
            guard zi < zones.count else { return nil }
            transitions.append(GoLocation.Transition(when: w, zoneIndex: zi))
        }
        if transitions.isEmpty {
            transitions.append(GoLocation.Transition(when: GoLocation.alpha, zoneIndex: 0))
        }
        var extend = ""
        if timeSize == 8, c.pos < bytes.count, bytes[c.pos] == 0x0a {
            let rest = bytes[(c.pos + 1)...]
            if let nl = rest.firstIndex(of: 0x0a) {
                extend = String(decoding: bytes[(c.pos + 1)..<nl], as: UTF8.self)
            }
        }
        return GoLocation(name: name, zones: zones, transitions: transitions, extend: extend)
    }

    private static func readCounts(_ c: inout Cursor) -> [Int]? {
        var counts: [Int] = []
        for _ in 0..<6 {
            guard let v = c.be(4), v >= 0 else { return nil }
            counts.append(Int(v))
        }
        return counts
    }
}
