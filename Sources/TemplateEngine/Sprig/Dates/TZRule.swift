/// Go's `tzset`: the POSIX TZ rule (`EST5EDT,M3.2.0,M11.1.0`) that a TZif
/// footer gives for times after the file's last transition.
enum TZRule {
    private static let secondsPerDay: Int64 = 86400
    private static let secondsPerHour = 3600

    private enum Kind { case julian, dayOfYear, monthWeekDay }

    private struct Rule {
        var kind: Kind
        var day = 0
        var week = 0
        var month = 0
        var time = 0
    }

    static func lookup(_ rule: String, lastTransition: Int64, sec: Int64) -> GoLocation.Lookup? {
        var s = Substring(rule)
        guard var stdName = name(&s), var stdOffset = offset(&s) else { return nil }
        stdOffset = -stdOffset
        if s.isEmpty || s.first == "," {
            return GoLocation.Lookup(name: stdName, offset: stdOffset, start: lastTransition,
                                     end: GoLocation.omega, isDST: false)
        }
        guard var dstName = name(&s) else { return nil }
        var dstOffset: Int
        if s.isEmpty || s.first == "," {
            dstOffset = stdOffset + secondsPerHour
        } else {
            guard let o = offset(&s) else { return nil }
            dstOffset = -o
        }
        if s.isEmpty { s = ",M3.2.0,M11.1.0" }
        guard s.first == "," || s.first == ";" else { return nil }
        s = s.dropFirst()
        guard let startRule = parseRule(&s), s.first == "," else { return nil }
        s = s.dropFirst()
        guard let endRule = parseRule(&s), s.isEmpty else { return nil }

        let days = floorDiv(sec, secondsPerDay)
        let (year, _, _) = GoCivil.civil(fromDays: days)
        let yearStartDays = GoCivil.days(year: year, month: 1, day: 1)
        let abs = yearStartDays &* secondsPerDay
        let ysec = sec &- abs
        var startSec = Int64(ruleTime(year: year, startRule, offset: stdOffset))
        var endSec = Int64(ruleTime(year: year, endRule, offset: dstOffset))
        var dstIsDST = true
        var stdIsDST = false
        if endSec < startSec {
            swap(&startSec, &endSec)
            swap(&stdName, &dstName)
            swap(&stdOffset, &dstOffset)
            swap(&stdIsDST, &dstIsDST)
        }
        if ysec < startSec {
            return GoLocation.Lookup(name: stdName, offset: stdOffset, start: abs, end: startSec &+ abs, isDST: stdIsDST)
        } else if ysec >= endSec {
            return GoLocation.Lookup(name: stdName, offset: stdOffset, start: endSec &+ abs,
                                     end: abs &+ 365 * secondsPerDay, isDST: stdIsDST)
        }
        return GoLocation.Lookup(name: dstName, offset: dstOffset, start: startSec &+ abs, end: endSec &+ abs, isDST: dstIsDST)
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func name(_ s: inout Substring) -> String? {
        guard let first = s.first else { return nil }
        if first == "<" {
            guard let close = s.firstIndex(of: ">") else { return nil }
            let n = String(s[s.index(after: s.startIndex)..<close])
            s = s[s.index(after: close)...]
            return n
        }
        var count = 0
        for (i, ch) in zip(s.indices, s) {
            if ch.isASCII && (ch.isNumber || ch == "," || ch == "-" || ch == "+") {
                guard count >= 3 else { return nil }
                let n = String(s[..<i])
                s = s[i...]
                return n
            }
            count += 1
        }
        guard count >= 3 else { return nil }
        let n = String(s)
        s = s[s.endIndex...]
        return n
    }

    private static func number(_ s: inout Substring, min: Int, max: Int) -> Int? {
        var n = 0
        var digits = 0
        while let c = s.first, let d = c.wholeNumberValue, c.isASCII {
            n = n * 10 + d
            digits += 1
            s = s.dropFirst()
            if n > max { return nil }
        }
        guard digits > 0, n >= min else { return nil }
        return n
    }

    private static func offset(_ s: inout Substring) -> Int? {
        guard let first = s.first else { return nil }
        var neg = false
        if first == "+" { s = s.dropFirst() } else if first == "-" { s = s.dropFirst(); neg = true }
        guard let hours = number(&s, min: 0, max: 24 * 7) else { return nil }
        var off = hours * secondsPerHour
        if s.first == ":" {
            s = s.dropFirst()
            guard let mins = number(&s, min: 0, max: 59) else { return nil }
            off += mins * 60
            if s.first == ":" {
                s = s.dropFirst()
                guard let secs = number(&s, min: 0, max: 59) else { return nil }
                off += secs
            }
        }
        return neg ? -off : off
    }

    private static func parseRule(_ s: inout Substring) -> Rule? {
        guard let first = s.first else { return nil }
        var r: Rule
        if first == "J" {
            s = s.dropFirst()
            guard let d = number(&s, min: 1, max: 365) else { return nil }
            r = Rule(kind: .julian, day: d)
        } else if first == "M" {
            s = s.dropFirst()
            guard let mon = number(&s, min: 1, max: 12), s.first == "." else { return nil }
            s = s.dropFirst()
            guard let week = number(&s, min: 1, max: 5), s.first == "." else { return nil }
            s = s.dropFirst()
            guard let day = number(&s, min: 0, max: 6) else { return nil }
            r = Rule(kind: .monthWeekDay, day: day, week: week, month: mon)
        } else {
            guard let d = number(&s, min: 0, max: 365) else { return nil }
            r = Rule(kind: .dayOfYear, day: d)
        }
        if s.first != "/" {
            r.time = 2 * secondsPerHour
            return r
        }
        s = s.dropFirst()
        guard let t = offset(&s) else { return nil }
        r.time = t
        return r
    }

    private static func ruleTime(year: Int64, _ r: Rule, offset: Int) -> Int {
        let day = Int(secondsPerDay)
        var s: Int
        switch r.kind {
        case .julian:
            s = (r.day - 1) * day
            if GoCivil.isLeap(year) && r.day >= 60 { s += day }
        case .dayOfYear:
            s = r.day * day
        case .monthWeekDay:
            let m1 = (r.month + 9) % 12 + 1
            var yy0 = Int(year)
            if r.month <= 2 { yy0 -= 1 }
            let yy1 = yy0 / 100
            let yy2 = yy0 % 100
            var dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7
            if dow < 0 { dow += 7 }
            var d = r.day - dow
            if d < 0 { d += 7 }
            var i = 1
            while i < r.week {
                if d + 7 >= GoCivil.daysIn(month: r.month, year: year) { break }
                d += 7
                i += 1
            }
            d += GoCivil.daysBefore(month: r.month)
            if GoCivil.isLeap(year) && r.month > 2 { d += 1 }
            s = d * day
        }
        return s + r.time - offset
    }
}
