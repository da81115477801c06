/// Sprig's certificate struct as JSON: its exported fields in order.
extension CertificateObject: GoJSONEncodable {
    var goJSONRepresentation: GoJSONRepresentation { .fields([("Cert", .string(cert)), ("Key", .string(key))]) }
}
