/// Reuses what a template printed when it runs again with the same data
/// (Helm charts run their name and label helpers many times per file, and
/// `include` whole files for checksums). An output is reused only when
/// running the template again could not print anything else:
/// - its run called no function that is not pure (`FunctionEffect`), so the
///   run changed nothing and followed from its data and the set alone;
/// - the data is the same map or list object (the entry holds it, so its
///   identity cannot pass to another object) and no function that changes
///   maps or lists has run since;
/// - no template of the set has been replaced since the run started
///   (`TemplateNamespace.generation`);
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
    /// The deepest nesting of template calls reached (see `enter`).
    private var deepest = 0

    /// One kept output; a tree holds those of its runs (`ParsedTree.memoEntries`).
    struct Entry {
        fileprivate let data: AnyObject
        fileprivate let generation: Int
        fileprivate let mutations: Int
        fileprivate let volatileKeyChanges: Int
        fileprivate let readsVolatileKey: Bool
        /// How many template calls deeper than its start the run went.
        fileprivate let extraDepth: Int
        fileprivate let output: String
    }

    /// Where a run starts: compared with the state after it by `store`.
    struct Mark {
        fileprivate let effects: Int
        fileprivate let reads: Int
        fileprivate let depth: Int
        fileprivate let deepest: Int
        fileprivate let generation: Int
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
        guard tree.memoOwner === self else { return nil }
        for e in tree.memoEntries where e.data === data {
            guard e.generation == namespace.generation, e.mutations == mutations,
                  depth + e.extraDepth <= TemplateMemo.maxDepth else { return nil }
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
    func mark(depth: Int, namespace: TemplateNamespace) -> Mark {
        let m = Mark(effects: effects, reads: watch.reads, depth: depth, deepest: deepest,
                     generation: namespace.generation)
        deepest = depth
        return m
    }

    /// Keeps the output of a run of `tree` that started at `mark`, if the
    /// run was pure.
    func store(_ output: String, tree: ParsedTree, data: AnyObject, since mark: Mark) {
        let extra = deepest - mark.depth
        if mark.deepest > deepest { deepest = mark.deepest }
        guard mark.effects == effects else { return }
        let entry = Entry(data: data, generation: mark.generation, mutations: mutations,
                          volatileKeyChanges: volatileKeyChanges, readsVolatileKey: watch.reads != mark.reads,
                          extraDepth: extra, output: output)
        if tree.memoOwner !== self {
            tree.memoOwner = self
            tree.memoEntries = []
        }
        if let i = tree.memoEntries.firstIndex(where: { $0.data === data }) {
            tree.memoEntries[i] = entry
        } else {
            tree.memoEntries.append(entry)
        }
    }

    /// A run that failed: the depth it reached still counts for enclosing runs.
    func abandon(_ mark: Mark) {
        if mark.deepest > deepest { deepest = mark.deepest }
    }
}
