import Foundation

/// The stack size of the thread `runWithLargeStack` uses: enough for Go's
/// 100,000 nested template calls in a debug build.
public let templateThreadStackSize = 4 << 30

/// Holds the result of a body run on another thread.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
    init() {}
}

/// Runs `body` on a thread with a stack large enough for deeply nested
/// template execution (Go's `maxExecDepth` of 100,000), waits for it and
/// returns its result or rethrows its error.
public func runWithLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.result = Result { try body() }
        done.signal()
    }
    thread.stackSize = templateThreadStackSize
    thread.start()
    done.wait()
    guard let result = box.result else {
        throw TemplateError(kind: .exec, message: "template: execution thread did not finish")
    }
    return try result.get()
}
