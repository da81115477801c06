/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01.
enum GoCivil {
    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]

    /// Days in the year before the first of `month` (1-12), ignoring leap days.
    static func daysBefore(month: Int) -> Int { daysBeforeMonth[max(0, min(12, month - 1))] }

    static func daysIn(month: Int, year: Int64) -> Int {
        if month == 2 && isLeap(year) { return 29 }
        return daysBeforeMonth[month] - daysBeforeMonth[month - 1]
    }

    /// Days since 1970-01-01 of a date; `day` may lie outside the month.
    static func days(year: Int64, month: Int, day: Int64) -> Int64 {
        // Wrapping arithmetic: absurd years (from AddDate) wrap as Go's do
        // instead of trapping.
        let y = month <= 2 ? year &- 1 : year
        let era = (y >= 0 ? y : y &- 399) / 400
        let yoe = y &- era &* 400
        let m = Int64(month)
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 &+ day &- 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 &+ doy
        return era &* 146097 &+ doe &- 719468
    }

    static func civil(fromDays z0: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = z0 &+ 719468
        let era = (z >= 0 ? z : z &- 146096) / 146097
        let doe = z &- era &* 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe &+ era &* 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y &+ 1 : y, Int(m), Int(d))
    }
}
