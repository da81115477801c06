/// Go's `encoding/json` for our values, as Helm's `toJson`/`fromJson` and
/// Sprig's `toRawJson`/`toPrettyJson` use it.
public enum GoJSON {
    /// `json.Marshal(v)` (escapeHTML true) or an `Encoder` with
    /// `SetEscapeHTML(false)` (without the trailing newline): sorted map
    /// keys, `[]byte` as base64, float64 as encoding/json prints it.
    /// Throws `GoJSONError` for NaN/±Inf (`json: unsupported value: NaN`)
    /// and for cyclic maps or lists.
    public static func marshal(_ v: Value, escapeHTML: Bool = true) throws -> String {
        var writer = GoJSONWriter(escapeHTML: escapeHTML, prefix: "", indent: nil)
        try writer.write(v)
        return writer.result
    }

    /// `json.MarshalIndent(v, prefix, indent)`.
    public static func marshalIndent(_ v: Value, prefix: String, indent: String,
                                     escapeHTML: Bool = true) throws -> String {
        var writer = GoJSONWriter(escapeHTML: escapeHTML, prefix: prefix, indent: indent)
        try writer.write(v)
        return writer.result
    }

    /// `json.Unmarshal(text, &v)` with `v interface{}`: objects become
    /// `map[string]interface {}`, arrays `[]interface {}`, numbers float64.
    /// Throws `GoJSONError` with Go's text (`invalid character 'x' looking
    /// for beginning of value`, `unexpected end of JSON input`, …).
    public static func unmarshal(_ text: String) throws -> Value {
        try unmarshal(GoBytes.bytes(text))
    }

    /// `json.Unmarshal` of raw bytes into `interface{}`.
    public static func unmarshal(_ bytes: [UInt8]) throws -> Value {
        var parser = GoJSONParser(bytes)
        return try parser.parseDocument()
    }

    /// `json.NewDecoder(r).Decode(&v)`: the first JSON value of `bytes` and
    /// the offset just after it (`Decoder.InputOffset`); what follows is
    /// left alone. Input that ends inside the value fails with `unexpected
    /// EOF`, input with no value with `EOF`. With `useNumber`
    /// (`Decoder.UseNumber`) a number out of float64 range is no error.
    public static func decodeFirst(_ bytes: [UInt8], useNumber: Bool = false) throws -> (value: Value, offset: Int) {
        var parser = GoJSONParser(bytes, firstValueOnly: true, useNumber: useNumber)
        do {
            let value = try parser.parseDocument()
            return (value, parser.offset)
        } catch let error as GoJSONError {
            guard error.partial == nil, parser.readPastEnd || parser.offset >= bytes.count else { throw error }
            let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            throw GoJSONError(blank ? "EOF" : "unexpected EOF")
        }
    }

    /// `json.Unmarshal` into a `map[string]interface {}` (Helm's `fromJson`):
    /// another top-level kind fails with Go's `json: cannot unmarshal array
    /// into Go value of type map[string]interface {}`; `null` gives an empty map.
    /// A number out of range fails after the rest was decoded; the error's
    /// `partial` then holds the map as far as Go filled it (the number as nil).
    public static func unmarshalObject(_ text: String) throws -> GoMap {
        let value: Value
        do {
            value = try unmarshal(text)
        } catch let error as GoJSONError {
            guard let partial = error.partial else { throw error }
            if case .map = partial { throw error }
            if case .null = partial { throw GoJSONError(error.message, partial: .map(GoMap())) }
            throw GoJSONError("json: cannot unmarshal \(kindName(partial)) into Go value of type map[string]interface {}",
                              partial: .map(GoMap()))
        }
        switch value {
        case .map(let m): return m
        case .null: return GoMap(isNil: true)
        case let other:
            throw GoJSONError("json: cannot unmarshal \(kindName(other)) into Go value of type map[string]interface {}")
        }
    }

    /// `json.Unmarshal` into a `[]interface {}` (Helm's `fromJsonArray`).
    public static func unmarshalArray(_ text: String) throws -> GoList {
        let value: Value
        do {
            value = try unmarshal(text)
        } catch let error as GoJSONError {
            guard let partial = error.partial else { throw error }
            if case .list = partial { throw error }
            if case .null = partial { throw error }
            throw GoJSONError("json: cannot unmarshal \(kindName(partial)) into Go value of type []interface {}")
        }
        switch value {
        case .list(let l): return l
        case .null: return GoList([], isNil: true)
        case let other:
            throw GoJSONError("json: cannot unmarshal \(kindName(other)) into Go value of type []interface {}")
        }
    }

    /// The JSON kind name Go's `UnmarshalTypeError` reports.
    private static func kindName(_ v: Value) -> String {
        switch v {
        case .map: return "object"
        case .list: return "array"
        case .string: return "string"
        case .bool: return "bool"
        case .int, .float: return "number"
        default: return "null"
        }
    }
}

/// An `encoding/json` error, carrying Go's `err.Error()` text.
public struct GoJSONError: Error, CustomStringConvertible {
    public let message: String
    /// For a type error after valid JSON: what Go had decoded anyway.
    public let partial: Value?
    public init(_ message: String, partial: Value? = nil) {
        self.message = message
        self.partial = partial
    }
    public var description: String { message }
}

/// How a host object (a Go struct or a type with `MarshalJSON`) encodes.
public enum GoJSONRepresentation {
    /// A type with its own `MarshalJSON` / `MarshalText`: encode this value.
    case value(Value)
    /// A struct: its exported fields in declaration order.
    case fields([(name: String, value: Value)])
}

/// Host objects that `toJson` can see into. Others encode as `{}` (a Go
/// struct without exported fields).
public protocol GoJSONEncodable {
    var goJSONRepresentation: GoJSONRepresentation { get }
}
