import TemplateEngine

/// Helm's JSON functions (pkg/engine/funcs.go), on Go's encoding/json.
enum HelmJSONFunctions {
    static let functions: [TemplateFunction] = [
        // toJson swallows errors: "" on failure.
        TemplateFunction("toJson", params: [.any]) { args, _ in
            .string((try? GoJSON.marshal(args[0])) ?? "")
        },
        TemplateFunction("mustToJson", params: [.any]) { args, _ in
            do {
                return .string(try GoJSON.marshal(args[0]))
            } catch {
                throw FunctionError("\(error)")
            }
        },
        // fromJson returns the map Go filled, with an "Error" key on failure.
        TemplateFunction("fromJson", params: [.string]) { args, _ in
            let text = args[0].stringValue ?? ""
            do {
                return .map(try GoJSON.unmarshalObject(text))
            } catch let error as GoJSONError {
                let m = error.partial?.mapValue ?? GoMap()
                m["Error"] = .string(error.message)
                return .map(m)
            } catch {
                return .map(GoMap(["Error": .string("\(error)")]))
            }
        },
        // fromJsonArray returns a one-element list holding the error text on failure.
        TemplateFunction("fromJsonArray", params: [.string]) { args, _ in
            let text = args[0].stringValue ?? ""
            do {
                return .list(try GoJSON.unmarshalArray(text))
            } catch {
                return .list([.string("\(error)")])
            }
        },
    ]
}
