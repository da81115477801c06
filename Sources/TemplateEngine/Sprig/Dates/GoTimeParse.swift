/// Go's `time.ParseInLocation`, with its `ParseError` texts.
enum GoTimeParse {
    struct ParseError: Error {
        let message: String
    }

    private typealias Std = GoTimeFormat.Std
    private static let bad = ParseError(message: "bad")

    private static func q(_ b: ArraySlice<UInt8>) -> String { GoDuration.quote(String(decoding: b, as: UTF8.self)) }

    private static func isDigit(_ s: ArraySlice<UInt8>, _ i: Int) -> Bool {
        let k = s.startIndex + i
        return k < s.endIndex && s[k] >= 0x30 && s[k] <= 0x39
    }

    private static func at(_ s: ArraySlice<UInt8>, _ i: Int) -> UInt8 { s[s.startIndex + i] }

    private static func getnum(_ s: inout ArraySlice<UInt8>, fixed: Bool) throws -> Int {
        guard isDigit(s, 0) else { throw bad }
        if !isDigit(s, 1) {
            if fixed { throw bad }
            let v = Int(at(s, 0) - 0x30)
            s = s.dropFirst()
            return v
        }
        let v = Int(at(s, 0) - 0x30) * 10 + Int(at(s, 1) - 0x30)
        s = s.dropFirst(2)
        return v
    }

    private static func getnum3(_ s: inout ArraySlice<UInt8>, fixed: Bool) throws -> Int {
        var x = 0
        var n = 0
        while n < 3 && isDigit(s, n) {
            x = x * 10 + Int(at(s, n) - 0x30)
            n += 1
        }
        if n == 0 || (fixed && n != 3) { throw bad }
        s = s.dropFirst(n)
        return x
    }

    /// Go's `leadingInt` on digits; nil on overflow.
    private static func leadingInt(_ s: ArraySlice<UInt8>) -> (Int64, ArraySlice<UInt8>)? {
        var x: Int64 = 0
        var i = s.startIndex
        while i < s.endIndex && s[i] >= 0x30 && s[i] <= 0x39 {
            if x > Int64.max / 10 { return nil }
            x = x * 10 + Int64(s[i] - 0x30)
            if x < 0 { return nil }
            i += 1
        }
        return (x, s[i...])
    }

    private static func atoi(_ s: ArraySlice<UInt8>) throws -> Int64 {
        var s = s
        var neg = false
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            neg = c == UInt8(ascii: "-")
            s = s.dropFirst()
        }
        guard let (x, rem) = leadingInt(s), rem.isEmpty else { throw bad }
        return neg ? -x : x
    }

    private static func lookup(_ table: [String], _ value: inout ArraySlice<UInt8>) throws -> Int {
        for (i, name) in table.enumerated() {
            let n = Array(name.utf8)
            guard value.count >= n.count else { continue }
            var ok = true
            for k in 0..<n.count {
                var c1 = n[k]
                var c2 = at(value, k)
                if c1 != c2 {
                    c1 |= 0x20
                    c2 |= 0x20
                    if c1 != c2 || c1 < UInt8(ascii: "a") || c1 > UInt8(ascii: "z") {
                        ok = false
                        break
                    }
                }
            }
            if ok {
                value = value.dropFirst(n.count)
                return i
            }
        }
        throw bad
    }

    private static func commaOrPeriod(_ c: UInt8) -> Bool { c == UInt8(ascii: ".") || c == UInt8(ascii: ",") }

    private static func parseNanoseconds(_ value: ArraySlice<UInt8>, _ nbytes: Int) throws -> (Int64, String) {
        guard let first = value.first, commaOrPeriod(first) else { throw bad }
        let n = min(nbytes, 10)
        var ns = try atoi(value.dropFirst().prefix(n - 1))
        if ns < 0 { return (0, "fractional second") }
        for _ in 0..<(10 - n) { ns *= 10 }
        return (ns, "")
    }

    private static func parseSignedOffset(_ value: ArraySlice<UInt8>) -> Int {
        guard let sign = value.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return 0 }
        let rest = value.dropFirst()
        guard let (x, rem) = leadingInt(rest), rem.count != rest.count, x <= 12 else { return 0 }
        return value.count - rem.count
    }

    private static func parseTimeZone(_ value: ArraySlice<UInt8>) -> Int? {
        guard value.count >= 3 else { return nil }
        let head4 = String(decoding: value.prefix(4), as: UTF8.self)
        if value.count >= 4 && (head4 == "ChST" || head4 == "MeST") { return 4 }
        if String(decoding: value.prefix(3), as: UTF8.self) == "GMT" {
            let rest = value.dropFirst(3)
            return rest.isEmpty ? 3 : 3 + parseSignedOffset(rest)
        }
        if let c = value.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            let n = parseSignedOffset(value)
            return n > 0 ? n : nil
        }
        var nUpper = 0
        while nUpper < 6 && nUpper < value.count {
            let c = at(value, nUpper)
            if c < UInt8(ascii: "A") || c > UInt8(ascii: "Z") { break }
            nUpper += 1
        }
        switch nUpper {
        case 5: return at(value, 4) == UInt8(ascii: "T") ? 5 : nil
        case 4: return (at(value, 3) == UInt8(ascii: "T") || head4 == "WITA") ? 4 : nil
        case 3: return 3
        default: return nil
        }
    }

    private static func cutspace(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> { s.drop { $0 == 0x20 } }

    private static func skip(_ value: inout ArraySlice<UInt8>, _ prefix: ArraySlice<UInt8>) -> Bool {
        var prefix = prefix
        while let p = prefix.first {
            if p == 0x20 {
                if let v = value.first, v != 0x20 { return false }
                prefix = cutspace(prefix)
                value = cutspace(value)
                continue
            }
            guard let v = value.first, v == p else { return false }
            prefix = prefix.dropFirst()
            value = value.dropFirst()
        }
        return true
    }

    static func parse(layout layoutText: String, value valueText: String, location: GoLocation) throws -> GoTime {
        let layoutBytes = Array(layoutText.utf8)
        let avalue = Array(valueText.utf8)[...]
        var value = avalue
        func failure(_ layoutElem: ArraySlice<UInt8>, _ valueElem: ArraySlice<UInt8>, _ message: String) -> ParseError {
            if message.isEmpty {
                return ParseError(message: "parsing time " + q(avalue) + " as " + q(layoutBytes[...])
                                  + ": cannot parse " + q(valueElem) + " as " + q(layoutElem))
            }
            return ParseError(message: "parsing time " + q(avalue) + message)
        }
        var amSet = false
        var pmSet = false
        var year: Int64 = 0
        var month = -1
        var day = -1
        var yday = -1
        var hour = 0
        var minute = 0
        var sec = 0
        var nsec: Int64 = 0
        var utcZone = false
        var zoneOffset = -1
        var zoneName = ""
        var pos = 0
        while true {
            let (prefixEnd, stdOpt, next) = GoTimeFormat.nextChunk(layoutBytes, from: pos)
            let prefix = layoutBytes[pos..<prefixEnd]
            let stdstr = layoutBytes[prefixEnd..<next]
            if !skip(&value, prefix) { throw failure(prefix, value, "") }
            guard let std = stdOpt else {
                if !value.isEmpty { throw failure([], value, ": extra text: " + q(value)) }
                break
            }
            pos = next
            let hold = value
            var rangeErr = ""
            do {
                switch std {
                case .year:
                    guard value.count >= 2 else { throw bad }
                    year = try atoi(value.prefix(2))
                    value = value.dropFirst(2)
                    year += year >= 69 ? 1900 : 2000
                case .longYear:
                    guard value.count >= 4, isDigit(value, 0) else { throw bad }
                    year = try atoi(value.prefix(4))
                    value = value.dropFirst(4)
                case .month:
                    month = try lookup(GoTimeFormat.longMonthNames.map { String($0.prefix(3)) }, &value) + 1
                case .longMonth:
                    month = try lookup(GoTimeFormat.longMonthNames, &value) + 1
                case .numMonth, .zeroMonth:
                    month = try getnum(&value, fixed: std == .zeroMonth)
                    if month <= 0 || month > 12 { rangeErr = "month" }
                case .weekDay:
                    _ = try lookup(GoTimeFormat.longDayNames.map { String($0.prefix(3)) }, &value)
                case .longWeekDay:
                    _ = try lookup(GoTimeFormat.longDayNames, &value)
                case .day, .underDay, .zeroDay:
                    if std == .underDay, value.first == 0x20 { value = value.dropFirst() }
                    day = try getnum(&value, fixed: std == .zeroDay)
                case .underYearDay, .zeroYearDay:
                    for _ in 0..<2 where std == .underYearDay && value.first == 0x20 { value = value.dropFirst() }
                    yday = try getnum3(&value, fixed: std == .zeroYearDay)
                case .hour:
                    hour = try getnum(&value, fixed: false)
                    if hour < 0 || hour >= 24 { rangeErr = "hour" }
                case .hour12, .zeroHour12:
                    hour = try getnum(&value, fixed: std == .zeroHour12)
                    if hour < 0 || hour > 12 { rangeErr = "hour" }
                case .minute, .zeroMinute:
                    minute = try getnum(&value, fixed: std == .zeroMinute)
                    if minute < 0 || minute >= 60 { rangeErr = "minute" }
                case .second, .zeroSecond:
                    sec = try getnum(&value, fixed: std == .zeroSecond)
                    if sec < 0 || sec >= 60 {
                        rangeErr = "second"
                        break
                    }
                    if value.count >= 2, commaOrPeriod(at(value, 0)), isDigit(value, 1) {
                        let (_, nextStd, _) = GoTimeFormat.nextChunk(layoutBytes, from: pos)
                        if case .fracSecond? = nextStd { break }
                        var n = 2
                        while n < value.count && isDigit(value, n) { n += 1 }
                        (nsec, rangeErr) = try parseNanoseconds(value, n)
                        value = value.dropFirst(n)
                    }
                case .pm, .lowerPM:
                    guard value.count >= 2 else { throw bad }
                    let p = String(decoding: value.prefix(2), as: UTF8.self)
                    value = value.dropFirst(2)
                    let (pmText, amText) = std == .pm ? ("PM", "AM") : ("pm", "am")
                    if p == pmText { pmSet = true } else if p == amText { amSet = true } else { throw bad }
                case .iso8601TZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ColonSecondsTZ,
                     .numTZ, .numShortTZ, .numColonTZ, .numSecondsTZ, .numColonSecondsTZ:
                    let isISO = [Std.iso8601TZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ColonSecondsTZ].contains(std)
                    if isISO, value.first == UInt8(ascii: "Z") {
                        value = value.dropFirst()
                        utcZone = true
                        break
                    }
                    var hh: ArraySlice<UInt8>
                    var mm: ArraySlice<UInt8> = Array("00".utf8)[...]
                    var ss: ArraySlice<UInt8> = Array("00".utf8)[...]
                    guard let sign = value.first else { throw bad }
                    switch std {
                    case .iso8601ColonTZ, .numColonTZ:
                        guard value.count >= 6, at(value, 3) == UInt8(ascii: ":") else { throw bad }
                        hh = value.dropFirst(1).prefix(2); mm = value.dropFirst(4).prefix(2)
                        value = value.dropFirst(6)
                    case .numShortTZ, .iso8601ShortTZ:
                        guard value.count >= 3 else { throw bad }
                        hh = value.dropFirst(1).prefix(2)
                        value = value.dropFirst(3)
                    case .iso8601ColonSecondsTZ, .numColonSecondsTZ:
                        guard value.count >= 9, at(value, 3) == UInt8(ascii: ":"), at(value, 6) == UInt8(ascii: ":") else { throw bad }
                        hh = value.dropFirst(1).prefix(2); mm = value.dropFirst(4).prefix(2); ss = value.dropFirst(7).prefix(2)
                        value = value.dropFirst(9)
                    case .iso8601SecondsTZ, .numSecondsTZ:
                        guard value.count >= 7 else { throw bad }
                        hh = value.dropFirst(1).prefix(2); mm = value.dropFirst(3).prefix(2); ss = value.dropFirst(5).prefix(2)
                        value = value.dropFirst(7)
                    default:
                        guard value.count >= 5 else { throw bad }
                        hh = value.dropFirst(1).prefix(2); mm = value.dropFirst(3).prefix(2)
                        value = value.dropFirst(5)
                    }
                    let hr = try getnum(&hh, fixed: true)
                    let mi = try getnum(&mm, fixed: true)
                    let se = try getnum(&ss, fixed: true)
                    if hr > 24 { rangeErr = "time zone offset hour" }
                    if mi > 60 { rangeErr = "time zone offset minute" }
                    if se > 60 { rangeErr = "time zone offset second" }
                    zoneOffset = (hr * 60 + mi) * 60 + se
                    if sign == UInt8(ascii: "-") { zoneOffset = -zoneOffset } else if sign != UInt8(ascii: "+") { throw bad }
                case .tz:
                    if value.count >= 3 && String(decoding: value.prefix(3), as: UTF8.self) == "UTC" {
                        utcZone = true
                        value = value.dropFirst(3)
                        break
                    }
                    guard let n = parseTimeZone(value) else { throw bad }
                    zoneName = String(decoding: value.prefix(n), as: UTF8.self)
                    value = value.dropFirst(n)
                case .fracSecond(let digits, let trim, _):
                    if !trim {
                        let ndigit = 1 + digits
                        guard value.count >= ndigit else { throw bad }
                        (nsec, rangeErr) = try parseNanoseconds(value, ndigit)
                        value = value.dropFirst(ndigit)
                    } else {
                        guard value.count >= 2, commaOrPeriod(at(value, 0)), isDigit(value, 1) else { break }
                        var i = 0
                        while i + 1 < value.count && isDigit(value, i + 1) { i += 1 }
                        (nsec, rangeErr) = try parseNanoseconds(value, 1 + i)
                        value = value.dropFirst(1 + i)
                    }
                }
            } catch {
                if !rangeErr.isEmpty { throw failure(stdstr, value, ": " + rangeErr + " out of range") }
                throw failure(stdstr, hold, "")
            }
            if !rangeErr.isEmpty { throw failure(stdstr, value, ": " + rangeErr + " out of range") }
        }
        if pmSet && hour < 12 { hour += 12 } else if amSet && hour == 12 { hour = 0 }

        if yday >= 0 {
            var d = 0
            var m = 0
            if GoCivil.isLeap(year) {
                if yday == 31 + 29 {
                    m = 2
                    d = 29
                } else if yday > 31 + 29 {
                    yday -= 1
                }
            }
            if yday < 1 || yday > 365 { throw failure([], value, ": day-of-year out of range") }
            if m == 0 {
                m = (yday - 1) / 31 + 1
                if GoCivil.daysBefore(month: m + 1) < yday { m += 1 }
                d = yday - GoCivil.daysBefore(month: m)
            }
            if month >= 0 && month != m { throw failure([], value, ": day-of-year does not match month") }
            month = m
            if day >= 0 && day != d { throw failure([], value, ": day-of-year does not match day") }
            day = d
        } else {
            if month < 0 { month = 1 }
            if day < 0 { day = 1 }
        }
        if day < 1 || day > GoCivil.daysIn(month: month, year: year) {
            throw failure([], value, ": day out of range")
        }
        func make(_ loc: GoLocation) -> GoTime {
            GoTime.date(year: year, month: month, day: Int64(day), hour: Int64(hour), minute: Int64(minute),
                        second: Int64(sec), nsec: nsec, location: loc)
        }
        if utcZone { return make(.utc) }
        if zoneOffset != -1 {
            var t = make(.utc)
            t.unix -= Int64(zoneOffset)
            let l = location.lookup(t.unix)
            if l.offset == zoneOffset && (zoneName.isEmpty || l.name == zoneName) {
                t.location = location
                return t
            }
            t.location = GoLocation.fixed(name: zoneName, offset: zoneOffset)
            return t
        }
        if !zoneName.isEmpty {
            var t = make(.utc)
            if let offset = location.lookupName(zoneName, unix: t.unix) {
                t.unix -= Int64(offset)
                t.location = location
                return t
            }
            var offset = 0
            if zoneName.utf8.count > 3 && zoneName.hasPrefix("GMT") {
                offset = Int((try? atoi(Array(zoneName.utf8.dropFirst(3))[...])) ?? 0) * 3600
            }
            t.location = GoLocation.fixed(name: zoneName, offset: offset)
            return t
        }
        return make(location)
    }
}
