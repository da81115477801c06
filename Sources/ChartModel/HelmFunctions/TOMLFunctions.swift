import TemplateEngine

/// Helm's TOML template functions (`pkg/engine/funcs.go`): `toToml` (an
/// encoding error becomes the returned text), `mustToToml` (fails the
/// template), `fromToml` (an error is reported under the key `Error`).
public enum HelmTOMLFunctions {
    public static let functions: [TemplateFunction] = [
        TemplateFunction("toToml", params: [.any]) { args, _ in
            do {
                return .string(try TOMLEncoder.encode(args.first ?? .null))
            } catch let e as TOMLEncoder.EncodeError {
                if e.isPanic { throw FunctionError(e.message) }
                return .string(e.message)
            }
        },
        TemplateFunction("mustToToml", params: [.any]) { args, _ in
            do {
                return .string(try TOMLEncoder.encode(args.first ?? .null))
            } catch let e as TOMLEncoder.EncodeError {
                throw FunctionError(e.message)
            }
        },
        TemplateFunction("fromToml", params: [.string]) { args, _ in
            do {
                return .map(try TOMLDecoder.decode(args.first?.stringValue ?? ""))
            } catch let e as YAMLError {
                return .map(GoMap(["Error": .string(e.message)]))
            } catch {
                return .map(GoMap(["Error": .string("\(error)")]))
            }
        },
    ]
}
