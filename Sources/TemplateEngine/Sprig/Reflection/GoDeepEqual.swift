/// Go's `reflect.DeepEqual` on template values: equal dynamic types and
/// deeply equal contents (floats by `==`, so NaN differs from itself).
/// Like Go, a pair of maps or slices already under comparison counts as
/// equal, so cyclic values terminate.
enum GoDeepEqual {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        var visited = Set<Pair>()
        return equal(a, b, &visited)
    }

    private struct Pair: Hashable {
        let a: ObjectIdentifier
        let b: ObjectIdentifier
    }

    private static func equal(_ a: Value, _ b: Value, _ visited: inout Set<Pair>) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x, tx), .int(y, ty)): return tx == ty && x == y
        case let (.float(x), .float(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.bytes(x), .bytes(y)): return x == y
        case let (.list(x), .list(y)):
            if x === y { return true }
            guard x.typeName == y.typeName, x.items.count == y.items.count, x.isNil == y.isNil else { return false }
            if !visited.insert(Pair(a: ObjectIdentifier(x), b: ObjectIdentifier(y))).inserted { return true }
            for (u, v) in zip(x.items, y.items) where !equal(u, v, &visited) { return false }
            return true
        case let (.map(x), .map(y)):
            if x === y { return true }
            guard x.typeName == y.typeName, x.count == y.count, x.isNil == y.isNil else { return false }
            if !visited.insert(Pair(a: ObjectIdentifier(x), b: ObjectIdentifier(y))).inserted { return true }
            for (k, v) in x.storage {
                guard let w = y[k], equal(v, w, &visited) else { return false }
            }
            return true
        case let (.object(x), .object(y)):
            return x === y
        default:
            return false
        }
    }
}
