/// Sprig's date functions (Sprig v3.3.0 `date.go`), with Go's parameter
/// types and its fallbacks (an unsupported date argument means now).
enum SprigDates {
    static let functions: [TemplateFunction] = [
        TemplateFunction("now") { _, _ in .object(TimeObject(GoTime.now())) },
        TemplateFunction("date", params: [.string, .any]) { args, _ in
            .string(dateInZone(string(args, 0), args.count > 1 ? args[1] : .null, zone: "Local"))
        },
        TemplateFunction("dateInZone", params: [.string, .any, .string]) { args, _ in
            .string(dateInZone(string(args, 0), args.count > 1 ? args[1] : .null, zone: string(args, 2)))
        },
        TemplateFunction("date_in_zone", params: [.string, .any, .string]) { args, _ in
            .string(dateInZone(string(args, 0), args.count > 1 ? args[1] : .null, zone: string(args, 2)))
        },
        TemplateFunction("htmlDate", params: [.any]) { args, _ in
            .string(dateInZone("2006-01-02", args.first ?? .null, zone: "Local"))
        },
        TemplateFunction("htmlDateInZone", params: [.any, .string]) { args, _ in
            .string(dateInZone("2006-01-02", args.first ?? .null, zone: string(args, 1)))
        },
        TemplateFunction("dateModify", params: [.string, .named("time.Time")]) { args, _ in
            let t = try time(args, 1)
            guard let d = try? GoDuration.parse(string(args, 0)) else { return .object(TimeObject(t)) }
            return .object(TimeObject(t.adding(nanoseconds: d)))
        },
        TemplateFunction("date_modify", params: [.string, .named("time.Time")]) { args, _ in
            let t = try time(args, 1)
            guard let d = try? GoDuration.parse(string(args, 0)) else { return .object(TimeObject(t)) }
            return .object(TimeObject(t.adding(nanoseconds: d)))
        },
        TemplateFunction("mustDateModify", params: [.string, .named("time.Time")], body: mustDateModify),
        TemplateFunction("must_date_modify", params: [.string, .named("time.Time")], body: mustDateModify),
        TemplateFunction("ago", params: [.any]) { args, _ in
            let now = GoTime.now()
            let t: GoTime
            switch args.first ?? .null {
            case .object(let o) where o is TimeObject: t = (o as? TimeObject)?.time ?? now
            case .int(let v, .int64), .int(let v, .int): t = GoTime.fromUnix(v)
            default: t = now
            }
            return .string(GoDuration.string(GoDuration.round(now.since(t), to: GoDuration.second)))
        },
        TemplateFunction("toDate", params: [.string, .string]) { args, _ in
            let t = (try? GoTimeParse.parse(layout: string(args, 0), value: string(args, 1), location: .local)) ?? GoTime.zero
            return .object(TimeObject(t))
        },
        TemplateFunction("mustToDate", params: [.string, .string]) { args, _ in
            do {
                return .object(TimeObject(try GoTimeParse.parse(layout: string(args, 0), value: string(args, 1), location: .local)))
            } catch let e as GoTimeParse.ParseError {
                throw FunctionError(e.message)
            }
        },
        TemplateFunction("unixEpoch", params: [.named("time.Time")]) { args, _ in
            .string(String(try time(args, 0).unix))
        },
        TemplateFunction("duration", params: [.any]) { args, _ in
            var n: Int64 = 0
            switch args.first ?? .null {
            case .string(let s): n = goParseInt64(s)
            case .int(let v, .int64): n = v
            default: n = 0
            }
            return .string(GoDuration.string(n &* GoDuration.second))
        },
        TemplateFunction("durationRound", params: [.any]) { args, _ in
            var d: Int64 = 0
            switch args.first ?? .null {
            case .string(let s): d = (try? GoDuration.parse(s)) ?? 0
            case .int(let v, .int64): d = v
            case .object(let o):
                if let t = o as? TimeObject { d = GoTime.now().since(t.time) }
            default: d = 0
            }
            return .string(roundedDuration(d))
        },
    ]

    private static func mustDateModify(_ args: [Value], _ context: ExecutionContext) throws -> Value {
        let t = try time(args, 1)
        do {
            return .object(TimeObject(t.adding(nanoseconds: try GoDuration.parse(string(args, 0)))))
        } catch let e as GoDuration.ParseError {
            throw FunctionError(e.message)
        }
    }

    private static func string(_ args: [Value], _ i: Int) -> String {
        guard i < args.count, case .string(let s) = args[i] else { return "" }
        return s
    }

    /// A `time.Time` parameter.
    private static func time(_ args: [Value], _ i: Int) throws -> GoTime {
        guard i < args.count, case .object(let o) = args[i], let t = o as? TimeObject else {
            let got = i < args.count ? args[i].goTypeName : "<nil>"
            throw FunctionError("wrong type for value; expected time.Time; got \(got)")
        }
        return t.time
    }

    /// `dateInZone`: time.Time, int, int32 and int64 (Unix seconds) are
    /// dates; anything else means now. An unknown zone means UTC.
    static func dateInZone(_ layout: String, _ date: Value, zone: String) -> String {
        let t: GoTime
        switch date {
        case .object(let o) where o is TimeObject: t = (o as? TimeObject)?.time ?? GoTime.now()
        case .int(let v, .int64), .int(let v, .int), .int(let v, .int32): t = GoTime.fromUnix(v)
        default: t = GoTime.now()
        }
        let loc = (try? GoLocation.load(zone)) ?? .utc
        return GoTimeFormat.format(t.inLocation(loc), layout: layout)
    }

    /// `strconv.ParseInt(s, 10, 64)` with the value Go returns on error
    /// (0 for bad syntax, the clamped bound when out of range).
    static func goParseInt64(_ s: String) -> Int64 {
        var bytes = Array(s.utf8)[...]
        var neg = false
        if let c = bytes.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            neg = c == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return 0 }
        var v: UInt64 = 0
        for b in bytes {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(b - 0x30))
            if o1 || o2 { return neg ? Int64.min : Int64.max }
            v = a
        }
        if neg { return v > UInt64(Int64.max) + 1 ? Int64.min : (v == UInt64(Int64.max) + 1 ? Int64.min : -Int64(v)) }
        return v > UInt64(Int64.max) ? Int64.max : Int64(v)
    }

    /// Sprig's `durationRound`: the largest whole unit (y, mo, d, h, m, s).
    static func roundedDuration(_ d: Int64) -> String {
        let u = d.magnitude
        let hour = UInt64(GoDuration.hour)
        let units: [(UInt64, String)] = [
            (hour * 24 * 365, "y"), (hour * 24 * 30, "mo"), (hour * 24, "d"), (hour, "h"),
            (UInt64(GoDuration.minute), "m"), (UInt64(GoDuration.second), "s"),
        ]
        for (size, suffix) in units where u > size {
            return String(u / size) + suffix
        }
        return "0s"
    }
}
