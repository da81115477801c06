import TemplateEngine

/// Helm's YAML template functions (`pkg/engine/funcs.go`): `toYaml`,
/// `mustToYaml`, `toYamlPretty`, `fromYaml`, `fromYamlArray`, and the TOML
/// ones of `HelmTOMLFunctions`.
public enum HelmYAMLFunctions {
    public static let functions: [TemplateFunction] = yamlFunctions + HelmTOMLFunctions.functions

    static let yamlFunctions: [TemplateFunction] = [
        // toYaml: marshal errors are swallowed into "".
        TemplateFunction("toYaml", params: [.any]) { args, _ in
            guard let text = try? YAMLEncoder.encode(args[0]) else { return .string("") }
            return .string(trimTrailingNewline(text))
        },
        // mustToYaml: marshal errors fail the template.
        TemplateFunction("mustToYaml", params: [.any]) { args, _ in
            do {
                return .string(trimTrailingNewline(try YAMLEncoder.encode(args[0])))
            } catch let e as YAMLError {
                throw FunctionError(e.message)
            }
        },
        // toYamlPretty: go-yaml v3 encoder, indent 2; errors give "".
        TemplateFunction("toYamlPretty", params: [.any]) { args, _ in
            guard let text = try? YAMLPrettyEncoder.encode(args[0]) else { return .string("") }
            return .string(trimTrailingNewline(text))
        },
        // fromYaml: a map; an error is reported under the key "Error".
        TemplateFunction("fromYaml", params: [.string]) { args, _ in
            let text = args[0].stringValue ?? ""
            do {
                return .map(try YAMLDecoder.decodeMap(GoBytes.bytes(text)) ?? GoMap())
            } catch let e as YAMLError {
                return .map(GoMap(["Error": .string(e.message)]))
            }
        },
        // fromYamlArray: a list; an error becomes its only element.
        TemplateFunction("fromYamlArray", params: [.string]) { args, _ in
            let text = args[0].stringValue ?? ""
            do {
                return .list(try YAMLDecoder.decodeList(GoBytes.bytes(text)) ?? GoList([]))
            } catch let e as YAMLError {
                return .list(GoList([.string(e.message)]))
            }
        },
    ]

    /// `strings.TrimSuffix(s, "\n")`.
    static func trimTrailingNewline(_ s: String) -> String {
        guard s.utf8.last == UInt8(ascii: "\n") else { return s }
        return String(decoding: s.utf8.dropLast(), as: UTF8.self)
    }
}
