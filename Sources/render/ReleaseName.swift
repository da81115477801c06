import TemplateEngine
/// Helm's release name rules (`chartutil.ValidateReleaseName`): DNS-1123
/// labels joined by dots, at most 53 characters.
enum ReleaseName {
    static let maxLength = 53
    static let pattern = #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#

    static func validate(_ name: String) throws {
        guard !name.isEmpty else {
            throw TemplateCommand.Failure(message: "release name check failed: release name \(GoStrconv.quote(name)): no name provided")
        }
        if name.utf8.count > maxLength || !matches(name) {
            throw TemplateCommand.Failure(message: "release name check failed: release name \(GoStrconv.quote(name)): invalid release name, must match regex \(pattern) and the length must not be longer than 53")
        }
    }

    static func matches(_ name: String) -> Bool {
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            let bytes = Array(label.utf8)
            guard let first = bytes.first, let last = bytes.last else { return false }
            func alnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
            if !alnum(first) || !alnum(last) { return false }
            if !bytes.allSatisfy({ alnum($0) || $0 == UInt8(ascii: "-") }) { return false }
        }
        return true
    }
}
