import TemplateEngine

/// The keywords of one schema object that `JSONSchemaNode.compile` reads,
/// taken in a single pass over the object's own keys. A schema object holds
/// a few of the thirty-odd keywords; asking its map for each keyword in turn
/// hashed every keyword name for every object.
struct SchemaKeywords {
    enum Keyword: Int, CaseIterable {
        case type, const, `enum`, ref, required, properties, patternProperties, additionalProperties
        case minProperties, maxProperties, dependentRequired, dependencies, propertyNames
        case items, prefixItems, additionalItems, minItems, maxItems, uniqueItems, contains
        case minLength, maxLength, pattern
        case minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf
        case allOf, anyOf, oneOf, not, `if`, then, `else`

        /// The keyword as a schema spells it.
        var name: String { Keyword.names[rawValue] }

        /// Each case's name, in case order (written out: `String(describing:)`
        /// of a case goes through reflection, whose first use costs a process
        /// hundreds of microseconds of runtime lookups).
        static let names = [
            "type", "const", "enum", "$ref", "required", "properties", "patternProperties", "additionalProperties",
            "minProperties", "maxProperties", "dependentRequired", "dependencies", "propertyNames",
            "items", "prefixItems", "additionalItems", "minItems", "maxItems", "uniqueItems", "contains",
            "minLength", "maxLength", "pattern",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        ]
    }

    private static let byName: [String: Keyword] = {
        var t: [String: Keyword] = [:]
        for k in Keyword.allCases { t[k.name] = k }
        return t
    }()

    private var values: [Value?]

    init(_ map: GoMap) {
        values = Array(repeating: nil, count: Keyword.allCases.count)
        for (key, value) in map.storage {
            if let k = SchemaKeywords.byName[key] { values[k.rawValue] = value }
        }
    }

    subscript(_ k: Keyword) -> Value? { values[k.rawValue] }
}
