import Foundation

/// The warnings Helm logs through Go's default `slog` handler while
/// processing dependencies (`2006/01/02 15:04:05 WARN message key=value`,
/// local time, on stderr). Coalescing notes are debug-level in Helm v4 and
/// are not printed.
enum HelmLog {
    static func warn(_ warnings: [String]) {
        for warning in warnings {
            let message: String
            if warning.hasPrefix("WARN ") {
                message = String(warning.dropFirst("WARN ".count))
            } else if warning.hasPrefix("returned non-bool value") {
                message = warning
            } else {
                continue
            }
            FileHandle.standardError.write(Data("\(timestamp()) WARN \(message)\n".utf8))
        }
    }

    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%04d/%02d/%02d %02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
