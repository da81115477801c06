import TemplateEngine

/// A path to a field of a manifest, as `--ignore` takes it: dotted keys, with
/// a bracketed key where the key itself has dots or slashes, and bracketed
/// indexes into lists: `metadata.labels[helm.sh/chart]`,
/// `spec.template.spec.containers[0].image`.
public struct FieldPath: Equatable, CustomStringConvertible, Sendable {
    public enum Component: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    public let components: [Component]
    public let description: String

    public init?(_ text: String) {
        var components: [Component] = []
        var current = ""
        var bytes = Array(text.utf8)[...]
        var expectKey = true
        while let c = bytes.first {
            bytes = bytes.dropFirst()
            switch c {
            case UInt8(ascii: "."):
                if current.isEmpty && expectKey { return nil }
                if !current.isEmpty { components.append(.key(current)); current = "" }
                expectKey = true
            case UInt8(ascii: "["):
                if !current.isEmpty { components.append(.key(current)); current = "" }
                guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return nil }
                let inner = String(decoding: bytes[..<close], as: UTF8.self)
                bytes = bytes[bytes.index(after: close)...]
                if inner.isEmpty { return nil }
                if let i = Int(inner), i >= 0 { components.append(.index(i)) } else { components.append(.key(inner)) }
                expectKey = false
            default:
                current.unicodeScalars.append(Unicode.Scalar(c))
                expectKey = false
            }
        }
        if !current.isEmpty { components.append(.key(current)) } else if expectKey { return nil }
        if components.isEmpty { return nil }
        self.components = components
        self.description = text
    }

    /// Returns a copy of `value` without the field (unchanged when absent).
    /// Maps are copied along the path, so `value` itself is not modified.
    public func removing(from value: Value) -> Value {
        Self.remove(components[...], from: value)
    }

    private static func remove(_ path: ArraySlice<Component>, from value: Value) -> Value {
        guard let head = path.first else { return value }
        let rest = path.dropFirst()
        switch (head, value) {
        case (.key(let k), .map(let m)):
            guard let child = m[k] else { return value }
            let copy = m.copy()
            if rest.isEmpty { copy.removeValue(forKey: k) } else { copy[k] = remove(rest, from: child) }
            return .map(copy)
        case (.index(let i), .list(let l)):
            guard i < l.items.count else { return value }
            var items = l.items
            if rest.isEmpty { items.remove(at: i) } else { items[i] = remove(rest, from: items[i]) }
            return .list(GoList(items, typeName: l.typeName, elementTypeName: l.elementTypeName))
        default:
            return value
        }
    }
}

extension FieldPath {
    /// Every value at this path; a key applied to a list applies to each of
    /// its elements (`spec.containers.image` finds every container's image).
    public func values(in value: Value) -> [Value] {
        var current = [value]
        for component in components {
            var next: [Value] = []
            for v in current {
                switch (component, v) {
                case (.key(let k), .map(let m)):
                    if let child = m[k] { next.append(child) }
                case (.key(let k), .list(let l)):
                    for item in l.items { if case .map(let m) = item, let child = m[k] { next.append(child) } }
                case (.index(let i), .list(let l)):
                    if i < l.items.count { next.append(l.items[i]) }
                default:
                    break
                }
            }
            current = next
        }
        return current
    }
}
