/// A `*semver.Version` (or a `semver.Version` value, as `IncMajor` returns)
/// seen from templates: `%v` prints the version, methods `Major`, `Minor`,
/// `Patch`, `Prerelease`, `Metadata`, `Original`, `String`, comparisons and
/// increments.
final class SemverObject: HostObject {
    let version: SemverVersion
    let isPointer: Bool

    init(_ version: SemverVersion, isPointer: Bool = true) {
        self.version = version
        self.isPointer = isPointer
    }

    var goTypeName: String { isPointer ? "*semver.Version" : "semver.Version" }
    var goKind: String { isPointer ? "ptr" : "struct" }
    func field(_ name: String) -> Value? { nil }
    var formatted: String { version.description }
    var methods: MethodProvider? { SemverMethods(version: version, isPointer: isPointer) }
}

/// The methods of `semver.Version`.
final class SemverMethods: MethodProvider {
    let version: SemverVersion
    let isPointer: Bool

    init(version: SemverVersion, isPointer: Bool) {
        self.version = version
        self.isPointer = isPointer
    }

    func method(_ name: String, receiver: Value) -> TemplateFunction? {
        let v = version
        switch name {
        case "Major": return TemplateFunction(name) { _, _ in .int(Int64(bitPattern: v.major), .uint64) }
        case "Minor": return TemplateFunction(name) { _, _ in .int(Int64(bitPattern: v.minor), .uint64) }
        case "Patch": return TemplateFunction(name) { _, _ in .int(Int64(bitPattern: v.patch), .uint64) }
        case "Prerelease": return TemplateFunction(name) { _, _ in .string(v.prerelease) }
        case "Metadata": return TemplateFunction(name) { _, _ in .string(v.metadata) }
        case "String": return TemplateFunction(name) { _, _ in .string(v.description) }
        case "Original":
            // A pointer-receiver method: only addressable through the pointer.
            return isPointer ? TemplateFunction(name) { _, _ in .string(v.original) } : nil
        case "IncMajor": return TemplateFunction(name) { _, _ in .object(SemverObject(v.incMajor(), isPointer: false)) }
        case "IncMinor": return TemplateFunction(name) { _, _ in .object(SemverObject(v.incMinor(), isPointer: false)) }
        case "IncPatch": return TemplateFunction(name) { _, _ in .object(SemverObject(v.incPatch(), isPointer: false)) }
        case "SetPrerelease":
            return TemplateFunction(name, params: [.string]) { args, _ in
                do {
                    return .object(SemverObject(try v.settingPrerelease(args.first?.stringValue ?? ""), isPointer: false))
                } catch let e as SemverError { throw FunctionError(e.message) }
            }
        case "SetMetadata":
            return TemplateFunction(name, params: [.string]) { args, _ in
                do {
                    return .object(SemverObject(try v.settingMetadata(args.first?.stringValue ?? ""), isPointer: false))
                } catch let e as SemverError { throw FunctionError(e.message) }
            }
        case "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal", "Compare":
            guard isPointer else { return nil }
            return TemplateFunction(name, params: [.named("*semver.Version")]) { args, _ in
                guard let first = args.first, case .object(let o) = first, let other = o as? SemverObject,
                      other.isPointer else {
                    throw FunctionError("wrong type for value; expected *semver.Version; got \(args.first?.goTypeName ?? "<nil>")")
                }
                let c = v.compare(other.version)
                switch name {
                case "LessThan": return .bool(c < 0)
                case "LessThanEqual": return .bool(c <= 0)
                case "GreaterThan": return .bool(c > 0)
                case "GreaterThanEqual": return .bool(c >= 0)
                case "Equal": return .bool(c == 0)
                default: return .int(c)
                }
            }
        default: return nil
        }
    }
}
