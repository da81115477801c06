import Foundation
import TemplateEngine

/// Parses a chart's templates on a second thread while the values are being
/// prepared, so that a render needs less time from values to manifests.
/// Files are claimed in the order the render adds them; the render thread
/// claims the remaining ones itself once it gets there, so neither waits
/// while there is work. Only files the render asks for are used: a subchart
/// that dependency processing drops is simply never asked for.
public final class TemplateParseAhead: @unchecked Sendable {
    private let sources: [String: [UInt8]]
    private let condition = NSCondition()
    private let functions: FunctionTable
    /// The order of the files (see `ensurePlanned`), made by whichever
    /// thread needs it first; guarded by `condition`.
    private var planned = false
    private var planning = false
    private var names: [String] = []
    private var results: [ParsedFile?] = []
    private var next = 0
    /// Each name's index in `names`.
    private var positions: [String: Int] = [:]
    private var deferrable: Set<String> = []

    /// Starts parsing every template of `chart` (and its subcharts). Only the
    /// list of sources is made here; ordering and scanning them is left to
    /// the parsing thread.
    public init(chart: Chart) {
        functions = HelmFunctionTable.shared
        sources = RenderData.templateSources(of: chart)
        let work: @Sendable () -> Void = { [self] in
            while claimAndParse() {}
        }
        if !ParseWorker.submit(work) {
            let thread = Thread(block: work)
            thread.stackSize = templateThreadStackSize
            thread.start()
        }
    }

    /// Orders the files, with `condition` locked (it is unlocked while the
    /// order is worked out): those that may define templates first, so that
    /// executions can start once those are in the set while the other files
    /// are still parsed; each group in the order the render adds them.
    private func ensurePlanned() {
        while planning { condition.wait() }
        if planned { return }
        planning = true
        condition.unlock()
        var defining: [String] = []
        var rest: [String] = []
        for name in TemplateOrder.sorted(Array(sources.keys)) {
            if TemplateParseAhead.mayDefineTemplates(sources[name] ?? []) {
                defining.append(name)
            } else {
                rest.append(name)
            }
        }
        var positions: [String: Int] = [:]
        let names = defining + rest
        for (i, n) in names.enumerated() { positions[n] = i }
        condition.lock()
        self.names = names
        self.positions = positions
        deferrable = Set(rest)
        results = Array(repeating: nil, count: names.count)
        planned = true
        planning = false
        condition.broadcast()
    }

    /// The files whose text holds neither `define` nor `block`: each adds
    /// exactly one template, its own.
    var definesNothing: Set<String> {
        condition.lock()
        defer { condition.unlock() }
        ensurePlanned()
        return deferrable
    }

    /// Parses the next unclaimed file; false when none is left.
    private func claimAndParse() -> Bool {
        condition.lock()
        ensurePlanned()
        let i = next
        if i >= names.count {
            condition.unlock()
            return false
        }
        next += 1
        condition.unlock()
        let name = names[i]
        let parsed = ParsedFile(name: name, source: sources[name] ?? [], functions: functions)
        condition.lock()
        results[i] = parsed
        condition.broadcast()
        condition.unlock()
        return true
    }

    /// Whether `parsed` can serve a set with these functions.
    func serves(_ functions: FunctionTable) -> Bool { functions === self.functions }

    /// The parsed file `name`, parsing ahead on this thread while it is not
    /// ready; nil for a name this parse-ahead does not have, a different
    /// source or other functions (the caller then parses it itself).
    func parsed(_ name: String, source: [UInt8], functions: FunctionTable) -> ParsedFile? {
        guard functions === self.functions, sources[name] == source else { return nil }
        condition.lock()
        ensurePlanned()
        let position = positions[name]
        condition.unlock()
        guard let i = position else { return nil }
        while true {
            condition.lock()
            if let r = results[i] {
                condition.unlock()
                return r
            }
            let work = next < names.count
            if !work { condition.wait() }
            condition.unlock()
            if work { _ = claimAndParse() }
        }
    }

    /// Whether a template text may hold `define` or `block` (a byte search:
    /// a text without either word defines no template but its own).
    static func mayDefineTemplates(_ source: [UInt8]) -> Bool {
        GoStrings.index(source, Array("define".utf8)) != nil || GoStrings.index(source, Array("block".utf8)) != nil
    }
}
