/// Reuses what a template printed when it runs again with the same data
/// (Helm charts run their name and label helpers many times per file, and
/// `include` whole files for checksums). An output is reused only when
/// running the template again could not print anything else:
/// - its run called no function that is not pure (`FunctionEffect`), so the
///   run changed nothing and followed from its data and the set alone;
/// - the data is the same map or list object (the entry holds it, so its
///   identity cannot pass to another object) and no function that changes
///   maps or lists has run since;
/// - no template of the set has been replaced since;
/// - the run did not read the volatile key (`VolatileKeyWatch`), or that key
///   has not been replaced since;
/// - running it again would stay within `maxDepth` nested template calls,
///   so a reused output never skips a depth limit a run would have reached.
/// Between executions the set's user changes data only through the volatile
/// key (`TemplateSet.reuseIncludeOutputs`).
final class TemplateMemo {
    static let maxDepth = 100

    let watch: VolatileKeyWatch
    private var effects = 0
    private var mutations = 0
    private var volatileKeyChanges = 0
    private var generation = 0
    /// The deepest nesting of template calls reached (see `enter`).
    private var deepest = 0
    private var entries: [ObjectIdentifier: [Entry]] = [:]

    private struct Entry {
        let data: AnyObject
        let mutations: Int
        let volatileKeyChanges: Int
        let readsVolatileKey: Bool
        /// How many template calls deeper than its start the run went.
        let extraDepth: Int
        let output: String
    }

    /// Where a run starts: compared with the state after it by `store`.
    struct Mark {
        fileprivate let effects: Int
        fileprivate let reads: Int
        fileprivate let depth: Int
        fileprivate let deepest: Int
    }

    init(volatileKey: String) {
        watch = VolatileKeyWatch(key: volatileKey)
    }

    /// A function that is not pure is about to run.
    func noteCall(_ effect: FunctionEffect) {
        effects &+= 1
        if effect == .mutatesArguments { mutations &+= 1 }
    }

    /// The volatile key of the watched maps has been replaced.
    func noteVolatileKeyChange() { volatileKeyChanges &+= 1 }

    /// A template call has started at nesting `depth`.
    @inline(__always)
    func enter(depth: Int) {
        if depth > deepest { deepest = depth }
    }

    /// The object whose identity keys an entry: only maps and lists.
    static func object(of data: Value) -> AnyObject? {
        switch data {
        case .map(let m): return m
        case .list(let l): return l
        default: return nil
        }
    }

    /// The output of an earlier run of `tree` with `data`, if it may be
    /// reused for a run at nesting `depth`.
    func output(of tree: ParsedTree, data: AnyObject, namespace: TemplateNamespace, depth: Int) -> String? {
        sync(namespace)
        guard let list = entries[ObjectIdentifier(tree)] else { return nil }
        for e in list where e.data === data {
            guard e.mutations == mutations, depth + e.extraDepth <= TemplateMemo.maxDepth else { return nil }
            if e.readsVolatileKey {
                guard e.volatileKeyChanges == volatileKeyChanges else { return nil }
                // Whatever runs this depends on the key too.
                watch.noteRead()
            }
            enter(depth: depth + e.extraDepth)
            return e.output
        }
        return nil
    }

    /// Marks the start of a run at nesting `depth`.
    func mark(depth: Int) -> Mark {
        let m = Mark(effects: effects, reads: watch.reads, depth: depth, deepest: deepest)
        deepest = depth
        return m
    }

    /// Keeps the output of a run of `tree` that started at `mark`, if the
    /// run was pure.
    func store(_ output: String, tree: ParsedTree, data: AnyObject, since mark: Mark) {
        let extra = deepest - mark.depth
        if mark.deepest > deepest { deepest = mark.deepest }
        guard mark.effects == effects else { return }
        let entry = Entry(data: data, mutations: mutations, volatileKeyChanges: volatileKeyChanges,
                          readsVolatileKey: watch.reads != mark.reads, extraDepth: extra, output: output)
        let id = ObjectIdentifier(tree)
        if let i = entries[id]?.firstIndex(where: { $0.data === data }) {
            entries[id]?[i] = entry
        } else {
            entries[id, default: []].append(entry)
        }
    }

    /// A run that failed: the depth it reached still counts for enclosing runs.
    func abandon(_ mark: Mark) {
        if mark.deepest > deepest { deepest = mark.deepest }
    }

    /// Forgets every output when a template of the set was replaced.
    private func sync(_ namespace: TemplateNamespace) {
        guard namespace.generation != generation else { return }
        generation = namespace.generation
        entries.removeAll()
    }
}
