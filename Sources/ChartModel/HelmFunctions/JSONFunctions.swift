import TemplateEngine

/// Helm's JSON template functions (`pkg/engine/funcs.go`): `toJson`,
/// `mustToJson`, `fromJson`, `fromJsonArray`, on Go's `encoding/json`.
enum JSONFunctions {
    static let functions: [TemplateFunction] = [
        // toJson: marshal errors give "".
        TemplateFunction("toJson", params: [.any]) { args, _ in
            .string((try? GoJSON.marshal(args.first ?? .null)) ?? "")
        },
        // mustToJson: Helm panics on a marshal error; the executor reports it.
        TemplateFunction("mustToJson", params: [.any]) { args, _ in
            do {
                return .string(try GoJSON.marshal(args.first ?? .null))
            } catch let e as GoJSONError {
                throw FunctionError(e.message)
            }
        },
        // fromJson: a map; an error is added under the key "Error".
        TemplateFunction("fromJson", params: [.string]) { args, _ in
            do {
                return .map(try GoJSON.unmarshalObject(args.first?.stringValue ?? ""))
            } catch let e as GoJSONError {
                let m = e.partial?.mapValue ?? GoMap()
                m["Error"] = .string(e.message)
                return .map(m)
            }
        },
        // fromJsonArray: a list; an error becomes its only element.
        TemplateFunction("fromJsonArray", params: [.string]) { args, _ in
            do {
                return .list(try GoJSON.unmarshalArray(args.first?.stringValue ?? ""))
            } catch let e as GoJSONError {
                return .list(GoList([.string(e.message)]))
            }
        },
    ]
}
