import Foundation
import Synchronization
import CSched
import TemplateEngine

/// A thread started with the process that waits for the parse-ahead work of
/// a render, spinning for a short while before it sleeps. A thread created
/// inside the render can take milliseconds before it first runs on an idle
/// processor (seen on virtual machines), longer than the whole parse; a
/// worker that is already running takes the work at once. Until its first
/// job comes it runs `RuntimeWarmUp`.
@available(macOS 15.0, *)
public final class ParseWorker: @unchecked Sendable {
    /// How long the worker spins for work before it sleeps until some comes.
    static let spinLimitNanoseconds: UInt64 = 100_000_000
    nonisolated(unsafe) private static var shared: ParseWorker?

    private let hasJob = Atomic<Bool>(false)
    private let condition = NSCondition()
    private var job: (@Sendable () -> Void)?
    private var busy = false
    private var sleeping = false

    /// Starts the process's worker, when there is a second processor for it.
    /// The thread starts on another processor than the caller's, then may
    /// run anywhere.
    public static func start() {
        guard shared == nil, csched_available_processors() >= 2 else { return }
        let worker = ParseWorker()
        let context = Unmanaged.passRetained(worker).toOpaque()
        let started = csched_start_thread_elsewhere({ context in
            csched_run_anywhere()
            guard let context else { return nil }
            Unmanaged<ParseWorker>.fromOpaque(context).takeRetainedValue().loop()
            return nil
        }, context, templateThreadStackSize)
        if started == 0 {
            shared = worker
        } else {
            Unmanaged<ParseWorker>.fromOpaque(context).release()
        }
    }

    /// Hands `job` to the worker; false when there is no idle worker (the
    /// caller then runs the job on a thread of its own).
    static func submit(_ job: @escaping @Sendable () -> Void) -> Bool {
        guard let worker = shared else { return false }
        worker.condition.lock()
        defer { worker.condition.unlock() }
        if worker.busy { return false }
        worker.busy = true
        worker.job = job
        worker.hasJob.store(true, ordering: .releasing)
        if worker.sleeping { worker.condition.signal() }
        return true
    }

    private func loop() {
        // Until the first job comes (see RuntimeWarmUp).
        RuntimeWarmUp.run { [self] in hasJob.load(ordering: .acquiring) }
        while true {
            let start = DispatchTime.now().uptimeNanoseconds
            while !hasJob.load(ordering: .acquiring),
                  DispatchTime.now().uptimeNanoseconds - start < Self.spinLimitNanoseconds {}
            condition.lock()
            while !hasJob.load(ordering: .acquiring) {
                sleeping = true
                condition.wait()
                sleeping = false
            }
            let next = job
            job = nil
            hasJob.store(false, ordering: .relaxed)
            condition.unlock()
            next?()
            condition.lock()
            busy = false
            condition.unlock()
        }
    }
}
