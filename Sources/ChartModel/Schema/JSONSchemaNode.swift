import Foundation
import TemplateEngine

/// A compiled JSON schema (the keywords real charts use): a boolean schema
/// or an object with type, const, enum, object, array, string, number and
/// combinator keywords, and local `$ref`s.
final class JSONSchemaNode {
    enum Draft { case legacy, modern }

    var boolean: Bool?
    var types: [String] = []
    var constValue: Value?
    var enumValues: [Value]?
    var ref: String?

    var required: [String] = []
    var properties: [(String, JSONSchemaNode)] = []
    var patternProperties: [(GoPattern, JSONSchemaNode)] = []
    var additionalProperties: JSONSchemaNode?
    var minProperties: Int?
    var maxProperties: Int?
    var dependentRequired: [(String, [String])] = []
    var propertyNames: JSONSchemaNode?

    var items: JSONSchemaNode?
    var tupleItems: [JSONSchemaNode] = []
    var additionalItems: JSONSchemaNode?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var contains: JSONSchemaNode?

    var minLength: Int?
    var maxLength: Int?
    var pattern: (GoPattern, String)?

    var minimum: Double?
    var maximum: Double?
    var exclusiveMinimum: Double?
    var exclusiveMaximum: Double?
    var multipleOf: Double?

    var allOf: [JSONSchemaNode] = []
    var anyOf: [JSONSchemaNode] = []
    var oneOf: [JSONSchemaNode] = []
    var not: JSONSchemaNode?
    var ifSchema: JSONSchemaNode?
    var thenSchema: JSONSchemaNode?
    var elseSchema: JSONSchemaNode?

    var draft: Draft = .modern

    /// Schemas nested deeper than this are not compiled further.
    static let maxDepth = 256

    static func compile(_ v: Value, draft: Draft, depth: Int = 0) -> JSONSchemaNode {
        let n = JSONSchemaNode()
        n.draft = draft
        if case .bool(let b) = v {
            n.boolean = b
            return n
        }
        guard case .map(let m) = v, depth < maxDepth else {
            n.boolean = true
            return n
        }
        let kw = SchemaKeywords(m)
        func sub(_ x: Value) -> JSONSchemaNode { compile(x, draft: draft, depth: depth + 1) }
        func int(_ k: SchemaKeywords.Keyword) -> Int? {
            if case .float(let d)? = kw[k], d >= 0, d < 1e15 { return Int(d) }
            if case .int(let i, _)? = kw[k] { return Int(i) }
            return nil
        }
        func num(_ k: SchemaKeywords.Keyword) -> Double? {
            if case .float(let d)? = kw[k] { return d }
            if case .int(let i, _)? = kw[k] { return Double(i) }
            return nil
        }
        func list(_ k: SchemaKeywords.Keyword) -> [Value] { kw[k]?.listValue?.items ?? [] }

        switch kw[.type] {
        case .string(let s)?: n.types = [s]
        case .list(let l)?: n.types = l.items.compactMap { $0.stringValue }
        default: break
        }
        if let c = kw[.const] { n.constValue = c }
        if let e = kw[.`enum`]?.listValue { n.enumValues = e.items }
        n.ref = kw[.ref]?.stringValue

        n.required = list(.required).compactMap { $0.stringValue }
        if let p = kw[.properties]?.mapValue {
            n.properties = p.sortedKeys.map { ($0, sub(p[$0] ?? .bool(true))) }
        }
        if let p = kw[.patternProperties]?.mapValue {
            for k in p.sortedKeys {
                if let re = GoPattern(k) { n.patternProperties.append((re, sub(p[k] ?? .bool(true)))) }
            }
        }
        if let a = kw[.additionalProperties] { n.additionalProperties = sub(a) }
        n.minProperties = int(.minProperties)
        n.maxProperties = int(.maxProperties)
        if let d = kw[.dependentRequired]?.mapValue {
            n.dependentRequired = d.sortedKeys.map { ($0, d[$0]?.listValue?.items.compactMap { $0.stringValue } ?? []) }
        }
        if let d = kw[.dependencies]?.mapValue {
            for k in d.sortedKeys {
                if let l = d[k]?.listValue { n.dependentRequired.append((k, l.items.compactMap { $0.stringValue })) }
            }
        }
        if let p = kw[.propertyNames] { n.propertyNames = sub(p) }

        switch (draft, kw[.items]) {
        case (.legacy, .list(let l)?): n.tupleItems = l.items.map(sub)
        case (_, let i?): n.items = sub(i)
        default: break
        }
        if draft == .modern { n.tupleItems = list(.prefixItems).map(sub) }
        if draft == .legacy, let a = kw[.additionalItems] { n.additionalItems = sub(a) }
        n.minItems = int(.minItems)
        n.maxItems = int(.maxItems)
        if case .bool(true)? = kw[.uniqueItems] { n.uniqueItems = true }
        if let c = kw[.contains] { n.contains = sub(c) }

        n.minLength = int(.minLength)
        n.maxLength = int(.maxLength)
        if let p = kw[.pattern]?.stringValue, let re = GoPattern(p) { n.pattern = (re, p) }

        n.minimum = num(.minimum)
        n.maximum = num(.maximum)
        n.exclusiveMinimum = num(.exclusiveMinimum)
        n.exclusiveMaximum = num(.exclusiveMaximum)
        if case .bool(true)? = kw[.exclusiveMinimum], let v = n.minimum {
            n.exclusiveMinimum = v
            n.minimum = nil
        }
        if case .bool(true)? = kw[.exclusiveMaximum], let v = n.maximum {
            n.exclusiveMaximum = v
            n.maximum = nil
        }
        n.multipleOf = num(.multipleOf)

        n.allOf = list(.allOf).map(sub)
        n.anyOf = list(.anyOf).map(sub)
        n.oneOf = list(.oneOf).map(sub)
        if let x = kw[.not] { n.not = sub(x) }
        if let x = kw[.`if`] { n.ifSchema = sub(x) }
        if let x = kw[.then] { n.thenSchema = sub(x) }
        if let x = kw[.`else`] { n.elseSchema = sub(x) }
        return n
    }
}
