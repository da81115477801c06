/// The templates of a set by name (Go's `common.tmpl`), optionally layered
/// over a parent set: a `tpl` overlay sees the parent's templates and keeps
/// its own `define`s to itself.
final class TemplateNamespace {
    let parent: TemplateNamespace?
    private(set) var trees: [String: ParsedTree] = [:]
    /// Counts the changes that can alter what a name runs: a template
    /// replaced, or the set emptied.
    private(set) var generation = 0

    init(parent: TemplateNamespace? = nil) {
        self.parent = parent
    }

    /// Asked for a name the root namespace does not hold, before the lookup
    /// fails: it may add the file of that name (a set filled while it runs).
    var resolveMissing: ((String) -> Void)?

    func lookup(_ name: String) -> ParsedTree? {
        if let t = trees[name] { return t }
        if let parent { return parent.lookup(name) }
        guard let resolveMissing else { return nil }
        resolveMissing(name)
        return trees[name]
    }

    func removeAll() {
        trees.removeAll()
        generation &+= 1
    }

    /// Go's `Template.Parse` + `AddParseTree`/`associate`: every tree of the
    /// text joins the set, except that an empty body never replaces an
    /// existing template.
    /// Returns the tree of the text itself (Go's returned `*Template`, which
    /// holds that tree even when the set keeps an earlier non-empty one).
    @discardableResult
    func parse(name: String, source: [UInt8], functions: FunctionTable) throws -> ParsedTree? {
        add(try TreeParser.parse(name: name, source: source, functions: functions), name: name)
    }

    /// Adds the trees of one parsed text (see `parse`).
    @discardableResult
    func add(_ set: TreeParser.TreeSet, name: String) -> ParsedTree? {
        for treeName in set.order {
            guard let tree = set.trees[treeName] else { continue }
            if tree.isEmpty, lookup(treeName) != nil { continue }
            if trees.updateValue(tree, forKey: treeName) != nil { generation &+= 1 }
        }
        return set.trees[name]
    }
}
