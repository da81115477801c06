/// `time.Time`'s JSON form (Go's `Time.MarshalJSON`): RFC 3339 with
/// nanoseconds, trailing zeros trimmed.
extension TimeObject: GoJSONEncodable {
    var goJSONRepresentation: GoJSONRepresentation {
        .value(.string(GoTimeFormat.format(time, layout: "2006-01-02T15:04:05.999999999Z07:00")))
    }
}
