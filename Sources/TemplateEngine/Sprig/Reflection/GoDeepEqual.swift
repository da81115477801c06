/// Go's `reflect.DeepEqual` on template values: equal dynamic types and
/// deeply equal contents (floats by `==`, so NaN differs from itself).
enum GoDeepEqual {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x, tx), .int(y, ty)): return tx == ty && x == y
        case let (.float(x), .float(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.bytes(x), .bytes(y)): return x == y
        case let (.list(x), .list(y)):
            if x === y { return true }
            guard x.typeName == y.typeName, x.items.count == y.items.count else { return false }
            return zip(x.items, y.items).allSatisfy { equal($0, $1) }
        case let (.map(x), .map(y)):
            if x === y { return true }
            guard x.typeName == y.typeName, x.count == y.count else { return false }
            for (k, v) in x.storage {
                guard let w = y[k], equal(v, w) else { return false }
            }
            return true
        case let (.object(x), .object(y)):
            return x === y
        default:
            return false
        }
    }
}
