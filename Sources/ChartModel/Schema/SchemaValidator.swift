import Foundation
import TemplateEngine

/// Validates values against a compiled schema the way
/// santhosh-tekuri/jsonschema v6 does: the first failing of type, const
/// and enum ends the check of a value; otherwise every failing keyword is
/// collected, several failures becoming a "validation failed" group.
/// Object properties are visited in sorted order (Go visits them randomly).
final class SchemaValidator {
    private let root: Value
    private let draft: JSONSchemaNode.Draft
    private var refCache: [String: JSONSchemaNode] = [:]
    private var depth = 0
    /// Nested validations deeper than this stop (cyclic `$ref`s).
    static let maxDepth = 512

    init(root: Value, draft: JSONSchemaNode.Draft) {
        self.root = root
        self.draft = draft
    }

    func validate(_ s: JSONSchemaNode, _ v: Value, _ loc: [String]) -> SchemaError? {
        if let b = s.boolean { return b ? nil : SchemaError(location: loc, kind: .message("false schema")) }
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { return nil }
        let t = Self.typeName(v)
        if !s.types.isEmpty {
            let matched = s.types.contains(t) || (s.types.contains("integer") && t == "number" && Self.isInteger(v))
            if !matched {
                let order = ["null", "boolean", "number", "integer", "string", "array", "object"]
                let want = order.filter { s.types.contains($0) }.joined(separator: " or ")
                return SchemaError(location: loc, kind: .message("got \(t), want \(want)"))
            }
        }
        if let c = s.constValue, !Self.equal(v, c) {
            switch c {
            case .list, .map: return SchemaError(location: loc, kind: .message("const failed"))
            default: return SchemaError(location: loc, kind: .message("value must be \(Self.display(c))"))
            }
        }
        if let e = s.enumValues, !e.contains(where: { Self.equal(v, $0) }) {
            return SchemaError(location: loc, kind: .message(Self.enumMessage(e)))
        }
        var errors: [SchemaError] = []
        if let r = s.ref {
            let err = validateRef(r, v, loc)
            if s.draft == .legacy { return err }
            if let err = err { errors.append(err) }
        }
        switch v {
        case .map(let m): validateObject(s, m, loc, &errors)
        case .list(let l): validateArray(s, l.items, loc, &errors)
        case .string(let str): validateString(s, str, loc, &errors)
        case .int, .float: validateNumber(s, v, loc, &errors)
        default: break
        }
        validateCombinators(s, v, loc, &errors)
        switch errors.count {
        case 0: return nil
        case 1: return errors[0]
        default: return SchemaError(location: loc, kind: .group, causes: errors)
        }
    }

    // MARK: - Keyword groups

    private func validateObject(_ s: JSONSchemaNode, _ obj: GoMap, _ loc: [String], _ errors: inout [SchemaError]) {
        if let n = s.minProperties, obj.count < n {
            errors.append(SchemaError(location: loc, kind: .message("minProperties: got \(grouped(obj.count)), want \(grouped(n))")))
        }
        if let n = s.maxProperties, obj.count > n {
            errors.append(SchemaError(location: loc, kind: .message("maxProperties: got \(grouped(obj.count)), want \(grouped(n))")))
        }
        let missing = s.required.filter { obj[$0] == nil }
        if !missing.isEmpty {
            let msg = missing.count == 1 ? "missing property \(SchemaError.quote(missing[0]))"
                : "missing properties " + missing.map(SchemaError.quote).joined(separator: ", ")
            errors.append(SchemaError(location: loc, kind: .message(msg)))
        }
        var additional: [String] = []
        for key in obj.sortedKeys {
            guard let pv = obj[key] else { continue }
            var evaluated = false
            if let sch = s.properties.first(where: { $0.0 == key })?.1 {
                evaluated = true
                if let e = validate(sch, pv, loc + [key]) { errors.append(e) }
            }
            for (re, sch) in s.patternProperties
            where re.matches(key) {
                evaluated = true
                if let e = validate(sch, pv, loc + [key]) { errors.append(e) }
            }
            if !evaluated, let ap = s.additionalProperties {
                if ap.boolean == false {
                    additional.append(key)
                } else if let e = validate(ap, pv, loc + [key]) {
                    errors.append(e)
                }
            }
        }
        if !additional.isEmpty {
            errors.append(SchemaError(location: loc, kind: .message(
                "additional properties " + additional.map(SchemaError.quote).joined(separator: ", ") + " not allowed")))
        }
        if let pn = s.propertyNames {
            for key in obj.sortedKeys {
                guard let e = validate(pn, .string(key), loc) else { continue }
                let causes: [SchemaError]
                if case .group = e.kind { causes = e.causes } else { causes = [e] }
                errors.append(SchemaError(location: loc, kind: .message("invalid propertyName \(SchemaError.quote(key))"),
                                          causes: causes))
            }
        }
        for (prop, reqd) in s.dependentRequired where obj[prop] != nil {
            let miss = reqd.filter { obj[$0] == nil }
            if !miss.isEmpty {
                errors.append(SchemaError(location: loc, kind: .message(
                    "properties " + miss.map(SchemaError.quote).joined(separator: ", ")
                        + " required, if \(SchemaError.quote(prop)) exists")))
            }
        }
    }

    private func validateArray(_ s: JSONSchemaNode, _ arr: [Value], _ loc: [String], _ errors: inout [SchemaError]) {
        if let n = s.minItems, arr.count < n {
            errors.append(SchemaError(location: loc, kind: .message("minItems: got \(grouped(arr.count)), want \(grouped(n))")))
        }
        if let n = s.maxItems, arr.count > n {
            errors.append(SchemaError(location: loc, kind: .message("maxItems: got \(grouped(arr.count)), want \(grouped(n))")))
        }
        if s.uniqueItems && arr.count > 1 {
            outer: for i in 0..<arr.count {
                for j in (i + 1)..<arr.count where Self.equal(arr[i], arr[j]) {
                    errors.append(SchemaError(location: loc, kind: .message("items at \(grouped(i)) and \(grouped(j)) are equal")))
                    break outer
                }
            }
        }
        let evaluated = min(s.tupleItems.count, arr.count)
        for i in 0..<evaluated {
            if let e = validate(s.tupleItems[i], arr[i], loc + [String(i)]) { errors.append(e) }
        }
        if let items = s.items {
            let start = s.draft == .legacy && !s.tupleItems.isEmpty ? arr.count : evaluated
            for (i, item) in arr[start...].enumerated() {
                if let e = validate(items, item, loc + [String(i)]) { errors.append(e) }
            }
        }
        if s.draft == .legacy, !s.tupleItems.isEmpty, let ai = s.additionalItems {
            if ai.boolean == false {
                if evaluated != arr.count {
                    errors.append(SchemaError(location: loc, kind: .message(
                        "last \(grouped(arr.count - evaluated)) additionalItem(s) not allowed")))
                }
            } else {
                for (i, item) in arr[evaluated...].enumerated() {
                    if let e = validate(ai, item, loc + [String(i)]) { errors.append(e) }
                }
            }
        }
        if let c = s.contains {
            var causes: [SchemaError] = []
            var matched = 0
            for (i, item) in arr.enumerated() {
                if let e = validate(c, item, loc + [String(i)]) { causes.append(e) } else { matched += 1 }
            }
            if matched == 0 {
                errors.append(SchemaError(location: loc, kind: .message("no items match contains schema"), causes: causes))
            }
        }
    }

    private func validateString(_ s: JSONSchemaNode, _ str: String, _ loc: [String], _ errors: inout [SchemaError]) {
        let length = str.unicodeScalars.count
        if let n = s.minLength, length < n {
            errors.append(SchemaError(location: loc, kind: .message("minLength: got \(grouped(length)), want \(grouped(n))")))
        }
        if let n = s.maxLength, length > n {
            errors.append(SchemaError(location: loc, kind: .message("maxLength: got \(grouped(length)), want \(grouped(n))")))
        }
        if let (re, text) = s.pattern,
           !re.matches(str) {
            errors.append(SchemaError(location: loc, kind: .message(
                "\(SchemaError.quote(str)) does not match pattern \(SchemaError.quote(text))")))
        }
    }

    private func validateNumber(_ s: JSONSchemaNode, _ v: Value, _ loc: [String], _ errors: inout [SchemaError]) {
        let x: Double
        switch v {
        case .int(let i, _): x = Double(i)
        case .float(let d): x = d
        default: return
        }
        func add(_ name: String, _ want: Double) {
            errors.append(SchemaError(location: loc, kind: .message("\(name): got \(groupedFloat(x)), want \(groupedFloat(want))")))
        }
        if let m = s.minimum, x < m { add("minimum", m) }
        if let m = s.maximum, x > m { add("maximum", m) }
        if let m = s.exclusiveMinimum, x <= m { add("exclusiveMinimum", m) }
        if let m = s.exclusiveMaximum, x >= m { add("exclusiveMaximum", m) }
        if let m = s.multipleOf, m != 0 {
            let q = x / m
            if q != q.rounded() { add("multipleOf", m) }
        }
    }

    private func validateCombinators(_ s: JSONSchemaNode, _ v: Value, _ loc: [String], _ errors: inout [SchemaError]) {
        if let n = s.not, validate(n, v, loc) == nil {
            errors.append(SchemaError(location: loc, kind: .message("'not' failed")))
        }
        if !s.allOf.isEmpty {
            let causes = s.allOf.compactMap { validate($0, v, loc) }
            if !causes.isEmpty { errors.append(SchemaError(location: loc, kind: .message("'allOf' failed"), causes: causes)) }
        }
        if !s.anyOf.isEmpty {
            var causes: [SchemaError] = []
            var matched = false
            for sch in s.anyOf {
                if let e = validate(sch, v, loc) { causes.append(e) } else { matched = true; break }
            }
            if !matched { errors.append(SchemaError(location: loc, kind: .message("'anyOf' failed"), causes: causes)) }
        }
        if !s.oneOf.isEmpty {
            var matched = -1
            var causes: [SchemaError] = []
            for (i, sch) in s.oneOf.enumerated() {
                if let e = validate(sch, v, loc) {
                    if matched == -1 { causes.append(e) }
                } else if matched == -1 {
                    matched = i
                } else {
                    errors.append(SchemaError(location: loc, kind: .message("'oneOf' failed, subschemas \(matched), \(i) matched")))
                    break
                }
            }
            if matched == -1 {
                errors.append(SchemaError(location: loc, kind: .message("'oneOf' failed, none matched"), causes: causes))
            }
        }
        if let i = s.ifSchema {
            if validate(i, v, loc) == nil {
                if let t = s.thenSchema, let e = validate(t, v, loc) { errors.append(e) }
            } else if let el = s.elseSchema, let e = validate(el, v, loc) {
                errors.append(e)
            }
        }
    }

    private func validateRef(_ ref: String, _ v: Value, _ loc: [String]) -> SchemaError? {
        guard let target = resolve(ref), let err = validate(target, v, loc) else { return nil }
        if case .group = err.kind { return SchemaError(location: loc, kind: .reference, causes: err.causes) }
        return SchemaError(location: loc, kind: .reference, causes: [err])
    }

    /// Local references (`#`, `#/definitions/x`, `#/$defs/x`); others are not followed.
    private func resolve(_ ref: String) -> JSONSchemaNode? {
        if let n = refCache[ref] { return n }
        guard ref.hasPrefix("#") else { return nil }
        var cur = root
        let pointer = ref.dropFirst()
        if !pointer.isEmpty {
            for raw in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
                let tok = (String(raw).removingPercentEncoding ?? String(raw))
                    .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                switch cur {
                case .map(let m): guard let next = m[tok] else { return nil }; cur = next
                case .list(let l): guard let i = Int(tok), i >= 0, i < l.count else { return nil }; cur = l.items[i]
                default: return nil
                }
            }
        }
        let node = JSONSchemaNode.compile(cur, draft: draft)
        refCache[ref] = node
        return node
    }

    // MARK: - JSON helpers

    static func typeName(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .float: return "number"
        case .string: return "string"
        case .list, .bytes: return "array"
        case .map, .object: return "object"
        }
    }

    static func isInteger(_ v: Value) -> Bool {
        switch v {
        case .int: return true
        case .float(let d): return d.isFinite && d == d.rounded()
        default: return false
        }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.int(x, _), .int(y, _)): return x == y
        case let (.int(x, _), .float(y)), let (.float(y), .int(x, _)): return Double(x) == y
        case let (.float(x), .float(y)): return x == y
        case let (.list(x), .list(y)):
            return x.count == y.count && zip(x.items, y.items).allSatisfy { equal($0, $1) }
        case let (.map(x), .map(y)):
            guard x.count == y.count else { return false }
            for (k, v) in x.storage {
                guard let w = y[k], equal(v, w) else { return false }
            }
            return true
        default: return false
        }
    }

    /// The library's `display` of a primitive.
    static func display(_ v: Value) -> String {
        switch v {
        case .string(let s): return SchemaError.quote(s)
        case .list, .map: return "value"
        default: return valueText(v)
        }
    }

    static func enumMessage(_ values: [Value]) -> String {
        let primitive = !values.contains { if case .list = $0 { return true }; if case .map = $0 { return true }; return false }
        if !primitive { return "enum failed" }
        if values.count == 1 { return "value must be \(display(values[0]))" }
        return "value must be one of " + values.map(display).joined(separator: ", ")
    }
}

/// golang.org/x/text's English printer groups the digits of numbers in
/// messages: `70,000`.
func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}

/// `%v` of a float64 through the English printer: integer digits grouped.
func groupedFloat(_ d: Double) -> String {
    let text = goFloatText(d)
    if text.contains("e") || text.contains("N") || text.contains("I") { return text }
    let negative = text.hasPrefix("-")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", maxSplits: 1)
    let intPart = String(parts[0])
    var out = ""
    for (i, c) in intPart.enumerated() {
        if i > 0 && (intPart.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    if parts.count > 1 { out += "." + parts[1] }
    return (negative ? "-" : "") + out
}
