import Foundation
import TemplateEngine

/// Parses a chart's templates on a second thread while the values are being
/// prepared, so that a render needs less time from values to manifests.
/// Files are claimed in the order the render adds them; the render thread
/// claims the remaining ones itself once it gets there, so neither waits
/// while there is work. Only files the render asks for are used: a subchart
/// that dependency processing drops is simply never asked for.
public final class TemplateParseAhead: @unchecked Sendable {
    private let names: [String]
    private let sources: [String: [UInt8]]
    private var results: [ParsedFile?]
    private var next = 0
    private let condition = NSCondition()
    private let functions: FunctionTable
    /// Each name's index in `names`.
    private let positions: [String: Int]
    /// The files whose text holds neither `define` nor `block`: each adds
    /// exactly one template, its own.
    let definesNothing: Set<String>

    /// Starts parsing every template of `chart` (and its subcharts).
    public init(chart: Chart) {
        functions = HelmFunctionTable.shared
        functions.prepareForParsing()
        sources = RenderData.templateSources(of: chart)
        let ordered = TemplateOrder.sorted(Array(sources.keys))
        // Files that may define templates first: executions can start once
        // those are in the set, while the other files are still parsed.
        var defining: [String] = []
        var rest: [String] = []
        for name in ordered {
            if TemplateParseAhead.mayDefineTemplates(sources[name] ?? []) {
                defining.append(name)
            } else {
                rest.append(name)
            }
        }
        names = defining + rest
        definesNothing = Set(rest)
        var positions: [String: Int] = [:]
        for (i, n) in names.enumerated() { positions[n] = i }
        self.positions = positions
        results = Array(repeating: nil, count: names.count)
        let work: @Sendable () -> Void = { [self] in
            while claimAndParse() {}
        }
        if !ParseWorker.submit(work) {
            let thread = Thread(block: work)
            thread.stackSize = templateThreadStackSize
            thread.start()
        }
    }

    /// Parses the next unclaimed file; false when none is left.
    private func claimAndParse() -> Bool {
        condition.lock()
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
        guard functions === self.functions, let i = positions[name], sources[name] == source else { return nil }
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
