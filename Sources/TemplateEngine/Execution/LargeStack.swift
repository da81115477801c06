import Foundation

/// The stack size of the thread `runWithLargeStack` uses: enough for Go's
/// 100,000 nested template calls in a debug build.
public let templateThreadStackSize = 4 << 30

/// Holds the body to run on another thread and its result.
private final class ResultBox<T>: @unchecked Sendable {
    let body: () throws -> T
    var result: Result<T, Error>?
    init(_ body: @escaping () throws -> T) { self.body = body }
    func run() { result = Result { try body() } }
}

/// Runs `body` on a thread with a stack large enough for deeply nested
/// template execution (Go's `maxExecDepth` of 100,000), waits for it and
/// returns its result or rethrows its error.
public func runWithLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
    let box = ResultBox(body)
    #if os(Linux)
    // A POSIX thread joined directly: Foundation's `Thread` costs more to start.
    var attr = pthread_attr_t()
    var thread = pthread_t()
    let start = ThreadStart(box.run)
    let context = Unmanaged.passRetained(start).toOpaque()
    var started = pthread_attr_init(&attr) == 0
    if started {
        started = pthread_attr_setstacksize(&attr, templateThreadStackSize) == 0
            && pthread_create(&thread, &attr, { context in
                guard let context else { return nil }
                Unmanaged<ThreadStart>.fromOpaque(context).takeRetainedValue().body()
                return nil
            }, context) == 0
        pthread_attr_destroy(&attr)
    }
    if started {
        pthread_join(thread, nil)
    } else {
        Unmanaged<ThreadStart>.fromOpaque(context).release()
        box.run()
    }
    #else
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.run()
        done.signal()
    }
    thread.stackSize = templateThreadStackSize
    thread.start()
    done.wait()
    #endif
    guard let result = box.result else {
        throw TemplateError(kind: .exec, message: "template: execution thread did not finish")
    }
    return try result.get()
}

/// What a POSIX thread's start routine runs (it cannot be generic).
private final class ThreadStart {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
