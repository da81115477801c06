/// Told of every map key a template reads by field access (`.Values.a.b`
/// reads `a`, then `b`), for reports such as unused values keys. Set on a
/// `TemplateSet`; without one the executor does no extra work.
public protocol MapReadObserver: AnyObject {
    func didRead(_ map: GoMap, key: String)
}
