/// Counts the reads that could see one key of some maps that the caller
/// replaces between executions (Helm sets `.Template` in each chart's shared
/// top-level object before running each file). A template whose execution
/// left the count unchanged produced output that does not depend on that
/// key: reading any other key is not counted, but reading the whole map
/// (ranging over it, printing it, copying it) is.
final class VolatileKeyWatch {
    let key: String
    private(set) var reads = 0

    init(key: String) { self.key = key }

    @inline(__always)
    func noteRead(of key: String) {
        if key == self.key { reads &+= 1 }
    }

    @inline(__always)
    func noteRead() { reads &+= 1 }
}
