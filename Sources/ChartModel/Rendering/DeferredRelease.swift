/// Holds what a render allocated (parsed templates, per-template data) so
/// that freeing it happens when the holder goes away rather than inside the
/// render, as a garbage-collected renderer would; `render template` keeps
/// one until its output is written.
public final class DeferredRelease {
    private var objects: [AnyObject] = []

    public init() {}

    func hold(_ object: AnyObject) { objects.append(object) }
}
