import Foundation

/// Standard output and error, written with write(2). `FileHandle.write`
/// of `Data` cost the process a runtime conformance lookup on its first use
/// (a few hundred microseconds in the static executable). Every byte is
/// written: short writes and interrupted calls are retried, and any other
/// error (a reader that went away) ends the write quietly.
enum StandardStreams {
    static func output(_ text: String) { put(Array(text.utf8), to: STDOUT_FILENO) }
    static func output(bytes: [UInt8]) { put(bytes, to: STDOUT_FILENO) }
    static func error(_ text: String) { put(Array(text.utf8), to: STDERR_FILENO) }
    static func error(bytes: [UInt8]) { put(bytes, to: STDERR_FILENO) }

    private static func put(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            guard var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let n = write(descriptor, next, left)
                if n > 0 {
                    next += n
                    left -= n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
