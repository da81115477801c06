/// Go's time layout engine (`time.Format`): the reference time
/// `Mon Jan 2 15:04:05 MST 2006` spelled in the layout.
enum GoTimeFormat {
    enum Std: Equatable {
        case longMonth, month, numMonth, zeroMonth
        case longWeekDay, weekDay
        case day, underDay, zeroDay, underYearDay, zeroYearDay
        case hour, hour12, zeroHour12, minute, zeroMinute, second, zeroSecond
        case longYear, year, pm, lowerPM, tz
        case iso8601TZ, iso8601SecondsTZ, iso8601ShortTZ, iso8601ColonTZ, iso8601ColonSecondsTZ
        case numTZ, numSecondsTZ, numShortTZ, numColonTZ, numColonSecondsTZ
        /// `.000` (zeros: fixed digits) or `.999` (nines: trailing zeros trimmed).
        case fracSecond(digits: Int, trim: Bool, separator: UInt8)
    }

    static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let longMonthNames = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    private static func isLower(_ b: [UInt8], _ i: Int) -> Bool { i < b.count && b[i] >= 0x61 && b[i] <= 0x7a }
    private static func isDigit(_ b: [UInt8], _ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }

    private static func has(_ b: [UInt8], _ i: Int, _ s: String) -> Bool {
        let u = Array(s.utf8)
        guard i + u.count <= b.count else { return false }
        return Array(b[i..<(i + u.count)]) == u
    }

    /// Go's `nextStdChunk`: the literal prefix, the element, and where the
    /// rest of the layout starts.
    static func nextChunk(_ b: [UInt8], from start: Int) -> (prefixEnd: Int, std: Std?, next: Int) {
        var i = start
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: "J"):
                if has(b, i, "Jan") {
                    if has(b, i, "January") { return (i, .longMonth, i + 7) }
                    if !isLower(b, i + 3) { return (i, .month, i + 3) }
                }
            case UInt8(ascii: "M"):
                if has(b, i, "Mon") {
                    if has(b, i, "Monday") { return (i, .longWeekDay, i + 6) }
                    if !isLower(b, i + 3) { return (i, .weekDay, i + 3) }
                }
                if has(b, i, "MST") { return (i, .tz, i + 3) }
            case UInt8(ascii: "0"):
                if i + 1 < b.count && b[i + 1] >= UInt8(ascii: "1") && b[i + 1] <= UInt8(ascii: "6") {
                    let table: [Std] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                    return (i, table[Int(b[i + 1] - UInt8(ascii: "1"))], i + 2)
                }
                if has(b, i, "002") { return (i, .zeroYearDay, i + 3) }
            case UInt8(ascii: "1"):
                if i + 1 < b.count && b[i + 1] == UInt8(ascii: "5") { return (i, .hour, i + 2) }
                return (i, .numMonth, i + 1)
            case UInt8(ascii: "2"):
                if has(b, i, "2006") { return (i, .longYear, i + 4) }
                return (i, .day, i + 1)
            case UInt8(ascii: "_"):
                if i + 1 < b.count && b[i + 1] == UInt8(ascii: "2") {
                    if has(b, i + 1, "2006") { return (i + 1, .longYear, i + 5) }
                    return (i, .underDay, i + 2)
                }
                if has(b, i, "__2") { return (i, .underYearDay, i + 3) }
            case UInt8(ascii: "3"): return (i, .hour12, i + 1)
            case UInt8(ascii: "4"): return (i, .minute, i + 1)
            case UInt8(ascii: "5"): return (i, .second, i + 1)
            case UInt8(ascii: "P"):
                if i + 1 < b.count && b[i + 1] == UInt8(ascii: "M") { return (i, .pm, i + 2) }
            case UInt8(ascii: "p"):
                if i + 1 < b.count && b[i + 1] == UInt8(ascii: "m") { return (i, .lowerPM, i + 2) }
            case UInt8(ascii: "-"):
                if has(b, i, "-070000") { return (i, .numSecondsTZ, i + 7) }
                if has(b, i, "-07:00:00") { return (i, .numColonSecondsTZ, i + 9) }
                if has(b, i, "-0700") { return (i, .numTZ, i + 5) }
                if has(b, i, "-07:00") { return (i, .numColonTZ, i + 6) }
                if has(b, i, "-07") { return (i, .numShortTZ, i + 3) }
            case UInt8(ascii: "Z"):
                if has(b, i, "Z070000") { return (i, .iso8601SecondsTZ, i + 7) }
                if has(b, i, "Z07:00:00") { return (i, .iso8601ColonSecondsTZ, i + 9) }
                if has(b, i, "Z0700") { return (i, .iso8601TZ, i + 5) }
                if has(b, i, "Z07:00") { return (i, .iso8601ColonTZ, i + 6) }
                if has(b, i, "Z07") { return (i, .iso8601ShortTZ, i + 3) }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if i + 1 < b.count && (b[i + 1] == UInt8(ascii: "0") || b[i + 1] == UInt8(ascii: "9")) {
                    let ch = b[i + 1]
                    var j = i + 1
                    while j < b.count && b[j] == ch { j += 1 }
                    if !isDigit(b, j) {
                        return (i, .fracSecond(digits: j - (i + 1), trim: ch == UInt8(ascii: "9"), separator: b[i]), j)
                    }
                }
            default:
                break
            }
            i += 1
        }
        return (b.count, nil, b.count)
    }

    static func appendInt(_ out: inout [UInt8], _ x: Int64, width: Int) {
        var u = x.magnitude
        if x < 0 { out.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(u % 10))
            u /= 10
        } while u > 0
        if digits.count < width {
            out += [UInt8](repeating: UInt8(ascii: "0"), count: width - digits.count)
        }
        out += digits.reversed()
    }

    static func format(_ t: GoTime, layout: String) -> String {
        let b = Array(layout.utf8)
        let f = t.fields
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 10)
        var pos = 0
        while pos < b.count {
            let (prefixEnd, stdOpt, next) = nextChunk(b, from: pos)
            out += b[pos..<prefixEnd]
            pos = next
            guard let std = stdOpt else { break }
            switch std {
            case .year: appendInt(&out, Int64(f.year.magnitude % 100), width: 2)
            case .longYear: appendInt(&out, f.year, width: 4)
            case .month: out += Array(longMonthNames[f.month - 1].utf8.prefix(3))
            case .longMonth: out += Array(longMonthNames[f.month - 1].utf8)
            case .numMonth: appendInt(&out, Int64(f.month), width: 0)
            case .zeroMonth: appendInt(&out, Int64(f.month), width: 2)
            case .weekDay: out += Array(longDayNames[f.weekday].utf8.prefix(3))
            case .longWeekDay: out += Array(longDayNames[f.weekday].utf8)
            case .day: appendInt(&out, Int64(f.day), width: 0)
            case .underDay:
                if f.day < 10 { out.append(UInt8(ascii: " ")) }
                appendInt(&out, Int64(f.day), width: 0)
            case .zeroDay: appendInt(&out, Int64(f.day), width: 2)
            case .underYearDay:
                if f.yearDay < 100 {
                    out.append(UInt8(ascii: " "))
                    if f.yearDay < 10 { out.append(UInt8(ascii: " ")) }
                }
                appendInt(&out, Int64(f.yearDay), width: 0)
            case .zeroYearDay: appendInt(&out, Int64(f.yearDay), width: 3)
            case .hour: appendInt(&out, Int64(f.hour), width: 2)
            case .hour12:
                let h = f.hour % 12 == 0 ? 12 : f.hour % 12
                appendInt(&out, Int64(h), width: 0)
            case .zeroHour12:
                let h = f.hour % 12 == 0 ? 12 : f.hour % 12
                appendInt(&out, Int64(h), width: 2)
            case .minute: appendInt(&out, Int64(f.minute), width: 0)
            case .zeroMinute: appendInt(&out, Int64(f.minute), width: 2)
            case .second: appendInt(&out, Int64(f.second), width: 0)
            case .zeroSecond: appendInt(&out, Int64(f.second), width: 2)
            case .pm: out += Array((f.hour >= 12 ? "PM" : "AM").utf8)
            case .lowerPM: out += Array((f.hour >= 12 ? "pm" : "am").utf8)
            case .iso8601TZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonSecondsTZ,
                 .numTZ, .numColonTZ, .numSecondsTZ, .numShortTZ, .numColonSecondsTZ:
                appendOffset(&out, std, offset: f.offset)
            case .tz:
                if !f.zoneName.isEmpty {
                    out += Array(f.zoneName.utf8)
                } else {
                    var zone = f.offset / 60
                    if zone < 0 {
                        out.append(UInt8(ascii: "-"))
                        zone = -zone
                    } else {
                        out.append(UInt8(ascii: "+"))
                    }
                    appendInt(&out, Int64(zone / 60), width: 2)
                    appendInt(&out, Int64(zone % 60), width: 2)
                }
            case .fracSecond(let digits, let trim, let separator):
                appendNano(&out, t.nsec, digits: digits, trim: trim, separator: separator)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendOffset(_ out: inout [UInt8], _ std: Std, offset: Int) {
        let isISO = [Std.iso8601TZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonSecondsTZ].contains(std)
        if offset == 0 && isISO {
            out.append(UInt8(ascii: "Z"))
            return
        }
        var zone = offset / 60
        var absOffset = offset
        if zone < 0 {
            out.append(UInt8(ascii: "-"))
            zone = -zone
            absOffset = -absOffset
        } else {
            out.append(UInt8(ascii: "+"))
        }
        appendInt(&out, Int64(zone / 60), width: 2)
        if [Std.iso8601ColonTZ, .numColonTZ, .iso8601ColonSecondsTZ, .numColonSecondsTZ].contains(std) {
            out.append(UInt8(ascii: ":"))
        }
        if std != .numShortTZ && std != .iso8601ShortTZ {
            appendInt(&out, Int64(zone % 60), width: 2)
        }
        if [Std.iso8601SecondsTZ, .numSecondsTZ, .numColonSecondsTZ, .iso8601ColonSecondsTZ].contains(std) {
            if std == .numColonSecondsTZ || std == .iso8601ColonSecondsTZ { out.append(UInt8(ascii: ":")) }
            appendInt(&out, Int64(absOffset % 60), width: 2)
        }
    }

    private static func appendNano(_ out: inout [UInt8], _ nsec: Int64, digits n: Int, trim: Bool, separator: UInt8) {
        if trim && (n == 0 || nsec == 0) { return }
        out.append(separator)
        var nine: [UInt8] = []
        appendInt(&nine, nsec, width: 9)
        var part = n < 9 ? Array(nine.prefix(n)) : nine
        if trim {
            while let last = part.last, last == UInt8(ascii: "0") { part.removeLast() }
            if part.isEmpty {
                out.removeLast()
                return
            }
        }
        out += part
    }
}
