/// Sprig's JSON functions (`defaults.go`) on Go's encoding/json. Helm
/// replaces `toJson`, `mustToJson` and `fromJson` with its own; Sprig's
/// `toRawJson` (no HTML escaping), `toPrettyJson` (two-space indent) and
/// `mustFromJson` stay.
enum SprigJSON {
    static let functions: [TemplateFunction] = [
        .sprig("toJson", [.any]) { a in .string((try? GoJSON.marshal(a[0])) ?? "") },
        .sprig("mustToJson", [.any]) { a in .string(try reporting { try GoJSON.marshal(a[0]) }) },
        .sprig("toPrettyJson", [.any]) { a in
            .string((try? GoJSON.marshalIndent(a[0], prefix: "", indent: "  ")) ?? "")
        },
        .sprig("mustToPrettyJson", [.any]) { a in
            .string(try reporting { try GoJSON.marshalIndent(a[0], prefix: "", indent: "  ") })
        },
        // toRawJson panics with the error, so both forms fail the same way
        .sprig("toRawJson", [.any]) { a in .string(try reporting { try GoJSON.marshal(a[0], escapeHTML: false) }) },
        .sprig("mustToRawJson", [.any]) { a in
            .string(try reporting { try GoJSON.marshal(a[0], escapeHTML: false) })
        },
        .sprig("fromJson", [.string]) { a in (try? GoJSON.unmarshal(a[0].stringArgument)) ?? .null },
        .sprig("mustFromJson", [.string]) { a in try reporting { try GoJSON.unmarshal(a[0].stringArgument) } },
    ]

    /// Runs `body`, turning encoding/json's error into the function's error.
    private static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as GoJSONError {
            throw FunctionError(e.message)
        }
    }
}
