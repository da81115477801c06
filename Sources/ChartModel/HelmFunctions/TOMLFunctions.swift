import TemplateEngine

/// Helm's TOML template functions (`pkg/engine/funcs.go`): `toToml`
/// returns the encoder's error text as its result; `mustToToml` fails.
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
    ]
}
