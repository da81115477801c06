/// A semver version's JSON form (`Version.MarshalJSON`): its version string.
extension SemverObject: GoJSONEncodable {
    var goJSONRepresentation: GoJSONRepresentation { .value(.string(version.description)) }
}
