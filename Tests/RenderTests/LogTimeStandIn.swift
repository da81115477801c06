/// Helm's log lines start with the wall-clock time (`2006/01/02 15:04:05 `);
/// snippet goldens hold `<log time> ` there (scripts/gen-snippet-goldens.py),
/// and our stderr gets the same stand-in before it is compared.
enum LogTimeStandIn {
    static let standIn = "<log time> "
    /// What the time stamp looks like (`d` a digit).
    private static let pattern = Array("dddd/dd/dd dd:dd:dd ".utf8)

    static func apply(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 { out += "\n" }
            let bytes = Array(line.element.utf8.prefix(pattern.count))
            if bytes.count == pattern.count && zip(bytes, pattern).allSatisfy(matches) {
                // The matched prefix is ASCII: one Character per byte.
                out += standIn + line.element.dropFirst(pattern.count)
            } else {
                out += line.element
            }
        }
        return out
    }

    private static func matches(_ byte: UInt8, _ want: UInt8) -> Bool {
        want == UInt8(ascii: "d") ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) : byte == want
    }
}
