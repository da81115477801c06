/// go-yaml v2's `parseTimestamp`: whether a plain scalar is one of the
/// timestamp forms it accepts (Go `time.Parse` layouts
/// `2006-1-2T15:4:5.999999999Z07:00`, the same with `t`,
/// `2006-1-2 15:4:5.999999999` and `2006-1-2`). Such scalars decode to
/// strings but must be quoted when written.
enum YAMLTimestamp {
    static func isTimestamp(_ s: String.UTF8View) -> Bool {
        // Quick check before copying: YYYY- prefix.
        var it = s.makeIterator()
        for _ in 0..<4 {
            guard let c = it.next(), isDigit(c) else { return false }
        }
        guard it.next() == UInt8(ascii: "-") else { return false }
        let b = Array(s)
        // Quick check: all date formats start with YYYY-.
        var i = 0
        while i < b.count, isDigit(b[i]) { i += 1 }
        if i != 4 || i == b.count || b[i] != UInt8(ascii: "-") { return false }
        return matchDateTime(b, separator: UInt8(ascii: "T"), zone: true)
            || matchDateTime(b, separator: UInt8(ascii: "t"), zone: true)
            || matchDateTime(b, separator: UInt8(ascii: " "), zone: false)
            || matchDate(b) == b.count
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// Go's `getnum(s, false)`: one or two digits.
    private static func number(_ b: [UInt8], _ i: inout Int) -> Int? {
        guard i < b.count, isDigit(b[i]) else { return nil }
        var n = Int(b[i] - 48)
        i += 1
        if i < b.count, isDigit(b[i]) {
            n = n * 10 + Int(b[i] - 48)
            i += 1
        }
        return n
    }

    /// Parses `YYYY-M-D`; returns the index after it, or nil.
    private static func matchDate(_ b: [UInt8]) -> Int? {
        guard b.count >= 5 else { return nil }
        var year = 0
        for k in 0..<4 {
            guard isDigit(b[k]) else { return nil }
            year = year * 10 + Int(b[k] - 48)
        }
        var i = 4
        guard b[i] == UInt8(ascii: "-") else { return nil }
        i += 1
        guard let month = number(b, &i), month >= 1, month <= 12 else { return nil }
        guard i < b.count, b[i] == UInt8(ascii: "-") else { return nil }
        i += 1
        guard let day = number(b, &i), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return i
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func matchDateTime(_ b: [UInt8], separator: UInt8, zone: Bool) -> Bool {
        guard var i = matchDate(b), i < b.count, b[i] == separator else { return false }
        i += 1
        guard let hour = number(b, &i), hour < 24 else { return false }
        guard i < b.count, b[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let minute = number(b, &i), minute < 60 else { return false }
        guard i < b.count, b[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let second = number(b, &i), second < 60 else { return false }
        // Optional fractional seconds.
        if i + 1 < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ","), isDigit(b[i + 1]) {
            i += 1
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if !zone { return i == b.count }
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        // ±hh:mm
        guard b.count - i == 6, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"),
              isDigit(b[i + 1]), isDigit(b[i + 2]), b[i + 3] == UInt8(ascii: ":"),
              isDigit(b[i + 4]), isDigit(b[i + 5]) else { return false }
        let hh = Int(b[i + 1] - 48) * 10 + Int(b[i + 2] - 48)
        let mm = Int(b[i + 4] - 48) * 10 + Int(b[i + 5] - 48)
        return hh <= 24 && mm <= 60
    }
}
