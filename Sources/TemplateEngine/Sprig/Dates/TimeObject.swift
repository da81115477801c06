/// A Go `time.Time` value seen from templates: `%v` prints `Time.String()`;
/// methods `Format`, `Unix`, `UTC`, `Year`, … as templates call them.
final class TimeObject: HostObject {
    let time: GoTime

    init(_ time: GoTime) { self.time = time }

    var goTypeName: String { "time.Time" }
    var goKind: String { "struct" }
    func field(_ name: String) -> Value? { nil }
    var formatted: String { time.description }
    var methods: MethodProvider? { TimeMethods(time) }
}

/// The methods of `time.Time` that templates use.
final class TimeMethods: MethodProvider {
    let time: GoTime

    init(_ time: GoTime) { self.time = time }

    func method(_ name: String, receiver: Value) -> TemplateFunction? {
        let t = time
        switch name {
        case "String": return TemplateFunction(name) { _, _ in .string(t.description) }
        case "Format":
            return TemplateFunction(name, params: [.string]) { args, _ in
                .string(GoTimeFormat.format(t, layout: args.first?.stringValue ?? ""))
            }
        case "Unix": return TemplateFunction(name) { _, _ in .int64(t.unix) }
        case "UnixMilli": return TemplateFunction(name) { _, _ in .int64(t.unix &* 1000 &+ t.nsec / 1_000_000) }
        case "UnixNano": return TemplateFunction(name) { _, _ in .int64(t.unix &* 1_000_000_000 &+ t.nsec) }
        case "UTC": return TemplateFunction(name) { _, _ in .object(TimeObject(t.inLocation(.utc))) }
        case "Local": return TemplateFunction(name) { _, _ in .object(TimeObject(t.inLocation(.local))) }
        case "IsZero": return TemplateFunction(name) { _, _ in .bool(t.isZero) }
        case "Year": return TemplateFunction(name) { _, _ in .int(Int(t.fields.year)) }
        case "YearDay": return TemplateFunction(name) { _, _ in .int(t.fields.yearDay) }
        case "Day": return TemplateFunction(name) { _, _ in .int(t.fields.day) }
        case "Month":
            return TemplateFunction(name) { _, _ in
                let m = t.fields.month
                return .object(TimeNamedNumber(typeName: "time.Month", number: m, name: GoTimeFormat.longMonthNames[m - 1]))
            }
        case "Weekday":
            return TemplateFunction(name) { _, _ in
                let d = t.fields.weekday
                return .object(TimeNamedNumber(typeName: "time.Weekday", number: d, name: GoTimeFormat.longDayNames[d]))
            }
        case "Hour": return TemplateFunction(name) { _, _ in .int(t.fields.hour) }
        case "Minute": return TemplateFunction(name) { _, _ in .int(t.fields.minute) }
        case "Second": return TemplateFunction(name) { _, _ in .int(t.fields.second) }
        case "Nanosecond": return TemplateFunction(name) { _, _ in .int(Int(t.nsec)) }
        case "Add":
            return TemplateFunction(name, params: [.int64]) { args, _ in
                guard case .int(let d, _)? = args.first else { return .object(TimeObject(t)) }
                return .object(TimeObject(t.adding(nanoseconds: d)))
            }
        case "AddDate":
            return TemplateFunction(name, params: [.int, .int, .int]) { args, _ in
                let f = t.fields
                func arg(_ i: Int) -> Int64 {
                    guard i < args.count, case .int(let v, _) = args[i] else { return 0 }
                    return v
                }
                let local = t.unix &+ Int64(f.offset)
                let secOfDay = ((local % 86400) + 86400) % 86400
                let moved = GoTime.date(year: f.year &+ arg(0), month: f.month &+ Int(truncatingIfNeeded: arg(1)),
                                        day: Int64(f.day) &+ arg(2), hour: secOfDay / 3600, minute: secOfDay % 3600 / 60,
                                        second: secOfDay % 60, nsec: t.nsec, location: t.location)
                return .object(TimeObject(moved))
            }
        case "Before", "After", "Equal":
            return TemplateFunction(name, params: [.named("time.Time")]) { args, _ in
                guard case .object(let o)? = args.first, let other = o as? TimeObject else {
                    throw FunctionError("wrong type for value; expected time.Time; got \(args.first?.goTypeName ?? "<nil>")")
                }
                let a = (t.unix, t.nsec)
                let b = (other.time.unix, other.time.nsec)
                switch name {
                case "Before": return .bool(a < b)
                case "After": return .bool(a > b)
                default: return .bool(a == b)
                }
            }
        default: return nil
        }
    }
}

/// A `time.Month` or `time.Weekday`: prints its English name.
final class TimeNamedNumber: HostObject {
    let goTypeName: String
    let number: Int
    let name: String

    init(typeName: String, number: Int, name: String) {
        self.goTypeName = typeName
        self.number = number
        self.name = name
    }

    var goKind: String { "int" }
    func field(_ name: String) -> Value? { nil }
    var formatted: String { name }
}
