/// Sprig's semver functions (`semver`, `semverCompare`) over
/// Masterminds/semver v3.5.0.
enum SprigSemver {
    static let functions: [TemplateFunction] = [
        TemplateFunction("semver", params: [.string]) { args, _ in
            do {
                return .object(SemverObject(try SemverVersion(parsing: args.first?.stringValue ?? "")))
            } catch let e as SemverError {
                throw FunctionError(e.message)
            }
        },
        TemplateFunction("semverCompare", params: [.string, .string]) { args, _ in
            do {
                let constraint = try SemverConstraint(parsing: args.first?.stringValue ?? "")
                let version = try SemverVersion(parsing: args.count > 1 ? args[1].stringValue ?? "" : "")
                return .bool(constraint.check(version))
            } catch let e as SemverError {
                throw FunctionError(e.message)
            }
        },
    ]
}
