import Foundation

/// Helm's log lines on stderr. Go's standard logger starts each line with
/// the local date and time (`2006/01/02 15:04:05 `); coalescing notes are
/// `log.Printf` lines (`… warning: skipped value for c.a: Not a table.`) and
/// dependency processing warns through `slog`'s default handler, which
/// writes through the same logger (`… WARN returned non-bool value path=…`).
enum HelmLog {
    /// Prints each line (the text after the time stamp) as Go's logger does.
    static func write(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        let stamp = timestamp()
        var text = ""
        for line in lines {
            text += stamp + " " + line
            if !line.hasSuffix("\n") { text += "\n" }
        }
        StandardStreams.error(text)
    }

    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%04d/%02d/%02d %02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
