import TemplateEngine

/// Helm's `engine.Render`: every template of a chart and its subcharts is
/// parsed into one template set (deepest path first, then reverse lexical
/// order), then each non-partial template is executed with its chart's data;
/// `<no value>` is removed from each result.
public enum TemplateRenderer {
    /// Rendered text by template path (`c/templates/t.yaml`), partials excluded.
    /// The first template that fails to parse or execute stops the render, as
    /// in Helm, unless `onTemplateFailure` is given: then each failure is
    /// handed to it and the other templates are rendered on their own (a
    /// template that does not parse is left out).
    public static func render(chart: Chart, values: GoMap, release: ReleaseOptions,
                              capabilities: Capabilities,
                              missingKey: MissingKeyMode = .zero,
                              readObserver: MapReadObserver? = nil,
                              deferRelease: DeferredRelease? = nil,
                              parseAhead: TemplateParseAhead? = nil,
                              onTemplateFailure: ((RenderError) -> Void)? = nil,
                              stopRequested: (() -> Bool)? = nil) throws -> [String: String] {
        func fail(_ e: RenderError) throws {
            guard let onTemplateFailure else { throw e }
            onTemplateFailure(e)
        }
        let templates = RenderData.collect(chart: chart, values: values, release: release.releaseMap,
                                           capabilities: capabilities)
        let order = TemplateOrder.sorted(Array(templates.keys))
        if let tracker = readObserver as? ValuesReadTracker {
            let rootPrefix = chart.name + "/templates/"
            let root = templates.first { $0.key.hasPrefix(rootPrefix) }?.value.data["Values"]?.mapValue
            tracker.renderedValues = root
        }
        // Strict mode (`.error`) lets `if`/`with`/`default` probe for optional keys.
        let options = ExecutionOptions(missingKey: missingKey, missingKeyProbes: missingKey == .error)
        let tracker = readObserver as? ValuesReadTracker
        let set = TemplateSet(functions: tracker == nil ? HelmFunctionTable.shared : WholeMapFunctions.table,
                              options: options)
        set.readObserver = readObserver
        set.interruption = stopRequested
        deferRelease?.hold(set)
        deferRelease?.hold(RenderablesBox(templates))
        var unparsed = Set<String>()
        func add(_ name: String, _ t: Renderable) throws {
            if let parsed = parseAhead?.parsed(name, source: t.source, functions: set.functions) {
                try set.add(parsed)
            } else {
                try set.parse(name: name, source: t.source)
            }
        }
        // With a parse-ahead, files that define no template besides their own
        // join the set when an execution first needs them, so templates
        // execute while later files are still being parsed. The result is
        // Helm's: such a file only adds its own name, and any parse error
        // is still reported before any execution error (`firstParseError`).
        var pending = Set<String>()
        if let parseAhead, onTemplateFailure == nil, parseAhead.serves(set.functions) {
            pending = parseAhead.definesNothing.filter { templates[$0] != nil }
        }
        func firstParseError() -> RenderError? {
            for name in order {
                guard let t = templates[name] else { continue }
                let error = parseAhead?.parsed(name, source: t.source, functions: set.functions)?.error
                if let e = error as? TemplateError {
                    return RenderError(RenderErrorFormatter.parseError(file: name, message: e.message))
                }
            }
            return nil
        }
        for name in order where !pending.contains(name) {
            if stopRequested?() == true { throw RenderError.stopped }
            guard let t = templates[name] else { continue }
            do {
                try add(name, t)
            } catch let e as TemplateError {
                if !pending.isEmpty, let first = firstParseError() { throw first }
                try fail(RenderError(RenderErrorFormatter.parseError(file: name, message: e.message)))
                unparsed.insert(name)
            }
        }
        if pending.contains(where: { set.contains($0) }) {
            // A `define` took the name of a deferred file: add every file again
            // in Helm's order, so that the later one wins as in Helm.
            if let first = firstParseError() { throw first }
            set.removeAll()
            pending = []
            for name in order {
                guard let t = templates[name] else { continue }
                try add(name, t)
            }
        }
        let pipelined = !pending.isEmpty
        if pipelined {
            set.resolveMissingTemplate = { name in
                guard pending.remove(name) != nil, let t = templates[name] else { return }
                // A file that does not parse stays missing; its parse error is
                // what the render reports.
                try? add(name, t)
            }
        }
        defer { set.resolveMissingTemplate = nil }
        // Each chart's top-level object is shared by its files; only
        // `.Template` changes between them.
        var dataMaps: [GoMap] = []
        for t in templates.values where !dataMaps.contains(where: { $0 === t.data }) { dataMaps.append(t.data) }
        set.reuseIncludeOutputs(volatileKey: "Template", in: dataMaps)
        let state = RenderState()
        state.readTracker = tracker
        var rendered: [String: String] = [:]
        rendered.reserveCapacity(order.count)
        for name in order {
            guard let t = templates[name], !unparsed.contains(name) else { continue }
            if RenderData.baseName(name).hasPrefix("_") { continue }
            if stopRequested?() == true { throw RenderError.stopped }
            t.data["Template"] = .map(CommonValues.make(["Name": .string(name), "BasePath": .string(t.basePath)]))
            set.volatileKeyReplaced()
            do {
                let output = try set.execute(name: name, data: .map(t.data), renderState: state)
                rendered[name] = NoValueRemoval.apply(output)
            } catch let e as TemplateError {
                if pipelined, let first = firstParseError() { throw first }
                try fail(RenderError(RenderErrorFormatter.execError(file: name, message: e.message), templateError: e))
            }
        }
        if pipelined, let first = firstParseError() { throw first }
        return rendered
    }
}

/// The render data of one render, held by a `DeferredRelease`.
private final class RenderablesBox {
    let templates: [String: Renderable]
    init(_ templates: [String: Renderable]) { self.templates = templates }
}
