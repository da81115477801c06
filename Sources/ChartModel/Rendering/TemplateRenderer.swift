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
                              onTemplateFailure: ((RenderError) -> Void)? = nil) throws -> [String: String] {
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
        deferRelease?.hold(set)
        deferRelease?.hold(RenderablesBox(templates))
        var unparsed = Set<String>()
        for name in order {
            guard let t = templates[name] else { continue }
            do {
                if let parsed = parseAhead?.parsed(name, source: t.source, functions: set.functions) {
                    try set.add(parsed)
                } else {
                    try set.parse(name: name, source: t.source)
                }
            } catch let e as TemplateError {
                try fail(RenderError(RenderErrorFormatter.parseError(file: name, message: e.message)))
                unparsed.insert(name)
            }
        }
        let state = RenderState()
        state.readTracker = tracker
        var rendered: [String: String] = [:]
        rendered.reserveCapacity(order.count)
        for name in order {
            guard let t = templates[name], !unparsed.contains(name) else { continue }
            if RenderData.baseName(name).hasPrefix("_") { continue }
            t.data["Template"] = .map(CommonValues.make(["Name": .string(name), "BasePath": .string(t.basePath)]))
            do {
                let output = try set.execute(name: name, data: .map(t.data), renderState: state)
                rendered[name] = NoValueRemoval.apply(output)
            } catch let e as TemplateError {
                try fail(RenderError(RenderErrorFormatter.execError(file: name, message: e.message), templateError: e))
            }
        }
        return rendered
    }
}

/// The render data of one render, held by a `DeferredRelease`.
private final class RenderablesBox {
    let templates: [String: Renderable]
    init(_ templates: [String: Renderable]) { self.templates = templates }
}
