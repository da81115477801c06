#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compiled regexps by pattern, so each distinct pattern is parsed and
/// compiled once per process. Bounded: when full it starts over.
final class RegexpCache: @unchecked Sendable {
    static let shared = RegexpCache()
    /// Most patterns kept at once.
    static let capacity = 512

    private var entries: [String: Result<GoRegexp, FunctionError>] = [:]
    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()

    func lookup(_ pattern: String, _ build: () -> Result<GoRegexp, FunctionError>) -> Result<GoRegexp, FunctionError> {
        pthread_mutex_lock(mutex)
        if let hit = entries[pattern] {
            pthread_mutex_unlock(mutex)
            return hit
        }
        pthread_mutex_unlock(mutex)
        let built = build()
        pthread_mutex_lock(mutex)
        if entries.count >= RegexpCache.capacity { entries.removeAll(keepingCapacity: true) }
        entries[pattern] = built
        pthread_mutex_unlock(mutex)
        return built
    }
}
