/// Sprig's `empty`: the zero value of its type (nil, false, 0, "", and
/// empty slices and maps); structs and non-nil pointers are never empty.
enum SprigEmpty {
    static func isEmpty(_ v: Value) -> Bool {
        switch v {
        case .null: return true
        case .bool(let b): return !b
        case .int(let i, _): return i == 0
        case .float(let f): return f == 0
        case .string(let s): return s.isEmpty
        case .list(let l): return l.items.isEmpty
        case .map(let m): return m.count == 0
        case .bytes(let b): return b.isEmpty
        case .object: return false
        }
    }
}
