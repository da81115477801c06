/// A host object whose Go type has its own JSON form (`MarshalJSON`, or a
/// struct's exported fields): `toJson`/`toYaml` encode `goJSONValue` in the
/// object's place. `time.Time` is its RFC 3339 text, `*semver.Version` its
/// version string, Sprig's certificate `{"Cert": …, "Key": …}`.
public protocol GoJSONRepresentable {
    var goJSONValue: Value { get }
}

extension TimeObject: GoJSONRepresentable {
    /// Go's `Time.MarshalJSON`: RFC 3339 with nanoseconds, trailing zeros trimmed.
    var goJSONValue: Value { .string(GoTimeFormat.format(time, layout: "2006-01-02T15:04:05.999999999Z07:00")) }
}

extension SemverObject: GoJSONRepresentable {
    var goJSONValue: Value { .string(version.description) }
}

extension CertificateObject: GoJSONRepresentable {
    var goJSONValue: Value { .map(["Cert": .string(cert), "Key": .string(key)]) }
}
