/// A set of parsed templates sharing one namespace of `define`d names, like
/// Go's `*template.Template` family. Parse every file once, then execute any
/// template of the set by name as often as needed.
///
/// API contract (bodies filled in by the engine):
public final class TemplateSet {
    public let functions: FunctionTable
    public var options: ExecutionOptions

    /// The name of the set's root template, as Go's error texts show it
    /// (`no template "x" associated with template "gotpl"`; Helm's is `gotpl`).
    public var rootName = "gotpl"
    let namespace = TemplateNamespace()
    /// Told of every map key read by field access, when set.
    public var readObserver: MapReadObserver?
    /// Tests only: stop an execution after this many walked nodes.
    var walkBudget: Int?
    /// Asked every `interruptionInterval` walked nodes whether to stop; an
    /// execution it stops throws. For work that must give way quickly (the
    /// process's warm-up render); nil for a real render.
    public var interruption: (() -> Bool)?
    static let interruptionInterval = 32

    public init(functions: FunctionTable, options: ExecutionOptions = ExecutionOptions()) {
        self.functions = functions
        self.options = options
    }

    /// Parses `text` as template `name` (Go's `t.New(name).Parse(text)`):
    /// its body becomes template `name` and its `define`/`block`s join the
    /// set, following Go's redefinition rules. Throws `TemplateError`
    /// (`.parse`) with Go's message, e.g.
    /// `template: c/t.yaml:2: unclosed action started at c/t.yaml:1`.
    public func parse(name: String, text: String) throws {
        try namespace.parse(name: name, source: Array(text.utf8), functions: functions)
    }

    /// `parse(name:text:)` for source bytes (a file's contents as read).
    public func parse(name: String, source: [UInt8]) throws {
        try namespace.parse(name: name, source: source, functions: functions)
    }

    /// Executes template `name` with `data` as dot and `$`. `renderState` is
    /// handed to functions through `ExecutionContext.renderState`. Throws
    /// `TemplateError` (`.exec`) with Go's message, e.g.
    /// `template: t:1:10: executing "t" at <.Values.a.b.c>: can't evaluate field b in type interface {}`.
    public func execute(name: String, data: Value, renderState: AnyObject? = nil) throws -> String {
        guard let tree = namespace.lookup(name) else {
            throw TemplateError(kind: .exec,
                                message: "template: no template \(GoStrconv.quote(name)) associated with template \(GoStrconv.quote(rootName))",
                                templateName: name)
        }
        let executor = Executor(namespace: namespace, functions: functions, options: options,
                                renderState: renderState, rootName: rootName, tree: tree)
        executor.readObserver = readObserver
        executor.walkBudget = walkBudget
        if let interruption {
            executor.interruption = interruption
            executor.walkBudget = TemplateSet.interruptionInterval
        }
        // A read observer must see every read, so nothing is reused while one is set.
        executor.memo = readObserver == nil ? memo : nil
        return try executor.runReusing(tree, data: data)
    }

    private var memo: TemplateMemo?

    /// Lets `include` reuse what a template printed for the same data, within
    /// an execution and across executions (see `TemplateMemo`). The caller
    /// promises that between executions it changes the data only by
    /// replacing `key` in `maps`, and calls `volatileKeyReplaced()` each time
    /// (Helm's `.Template` in each chart's top-level object). Not used while
    /// a read observer is set, which must see every read.
    public func reuseIncludeOutputs(volatileKey key: String, in maps: [GoMap]) {
        let memo = TemplateMemo(volatileKey: key)
        for m in maps { m.volatileKeyWatch = memo.watch }
        self.memo = memo
    }

    /// The volatile key of `reuseIncludeOutputs` has been replaced.
    public func volatileKeyReplaced() { memo?.noteVolatileKeyChange() }

    /// Called when an execution looks up a template the set does not hold,
    /// before that lookup fails; it may add the template (with `add`), for a
    /// set whose files are still being parsed while templates execute.
    public var resolveMissingTemplate: ((String) -> Void)? {
        get { namespace.resolveMissing }
        set { namespace.resolveMissing = newValue }
    }

    /// Empties the set (to add its files again in another order).
    public func removeAll() { namespace.removeAll() }

    /// Whether a template of that name is defined in the set.
    public func contains(_ name: String) -> Bool { namespace.lookup(name) != nil }
}

/// A parse or execution error, carrying Go's exact message text.
public struct TemplateError: Error, CustomStringConvertible {
    public enum Kind: Sendable { case parse, exec }
    public let kind: Kind
    /// Go's `err.Error()` text, e.g. `template: t:1:3: executing "t" at <x>: …`.
    public let message: String
    /// Where it happened, when known.
    public var templateName: String?
    public var line: Int?
    public var column: Int?
    /// The source text of the failing node (`<.Values.a.b.c>` without brackets).
    public var nodeText: String?

    public init(kind: Kind, message: String, templateName: String? = nil, line: Int? = nil,
                column: Int? = nil, nodeText: String? = nil) {
        self.kind = kind
        self.message = message
        self.templateName = templateName
        self.line = line
        self.column = column
        self.nodeText = nodeText
    }

    public var description: String { message }
}
