/// Sprig's `certificate` struct (`.Cert` and `.Key`, both PEM text).
final class CertificateObject: HostObject {
    let cert: String
    let key: String

    init(cert: String, key: String) {
        self.cert = cert
        self.key = key
    }

    var goTypeName: String { "sprig.certificate" }
    var goKind: String { "struct" }

    func field(_ name: String) -> Value? {
        switch name {
        case "Cert": return .string(cert)
        case "Key": return .string(key)
        default: return nil
        }
    }

    /// Go's `%v` of a struct: `{field field}`.
    var formatted: String { "{\(cert) \(key)}" }
}
