/// Sprig's `strslice` (behind `join`, `toStrings`, `sortAlpha`): any slice
/// as strings, nil elements dropped from `[]interface{}`.
enum SprigStringSlices {
    static func strslice(_ v: Value) -> [String] {
        switch v {
        case .list(let l):
            if l.typeName == "[]string" { return l.items.map { $0.stringValue ?? GoStringValue.strval($0) } }
            if l.elementTypeName == "interface {}" {
                return l.items.compactMap { $0.isNull ? nil : GoStringValue.strval($0) }
            }
            return l.items.map { GoStringValue.strval($0) }
        case .bytes(let b):
            return b.map { String($0) }
        case .null:
            return []
        default:
            return [GoStringValue.strval(v)]
        }
    }

    /// `sortAlpha`: a `[]string` argument is sorted in place (Go sorts the
    /// very slice `strslice` hands back).
    static func sortAlpha(_ v: Value) -> Value {
        switch v {
        case .list(let l):
            if l.typeName == "[]string" {
                l.items.sort { goStringLess($0.stringValue ?? "", $1.stringValue ?? "") }
                return .list(l)
            }
            return GoValues.strings(strslice(v).sorted(by: goStringLess))
        case .bytes:
            return GoValues.strings(strslice(v).sorted(by: goStringLess))
        default:
            return GoValues.strings([GoStringValue.strval(v)])
        }
    }
}
