import TemplateEngine

/// Helm's TOML template functions (`pkg/engine/funcs.go`): `toToml`
/// returns the encoder's error text as its result; `mustToToml` fails;
/// `fromToml` returns a map with an `Error` key on bad input.
public enum HelmTOMLFunctions {
    public static let functions: [TemplateFunction] = [
        TemplateFunction("toToml", params: [.any]) { args, _ in
            do {
                return .string(try TOMLEncoder.encode(args[0]))
            } catch let e as YAMLError {
                return .string(e.message)
            }
        },
        TemplateFunction("mustToToml", params: [.any]) { args, _ in
            do {
                return .string(try TOMLEncoder.encode(args[0]))
            } catch let e as YAMLError {
                throw FunctionError(e.message)
            }
        },
        TemplateFunction("fromToml", params: [.string]) { args, _ in
            do {
                return .map(try TOMLDecoder.decode(args[0].stringValue ?? ""))
            } catch let e as YAMLError {
                return .map(GoMap(["Error": .string(e.message)]))
            }
        },
    ]
}
