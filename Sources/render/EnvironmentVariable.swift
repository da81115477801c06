import Foundation

/// One environment variable, read with `getenv` (building Foundation's whole
/// environment dictionary costs more than the rest of a small render's start).
enum EnvironmentVariable {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
