import Foundation

/// Runs `body` on a thread with a large stack (deeply nested templates and
/// `include` chains recurse deeply) and waits for it.
enum LargeStack {
    static let stackBytes = 1 << 30

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }

    static func run<T>(_ body: @escaping () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackBytes
        thread.start()
        done.wait()
        return box.value ?? body()
    }
}
