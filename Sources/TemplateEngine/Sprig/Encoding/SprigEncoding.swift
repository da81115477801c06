/// Sprig's `b64enc`/`b64dec`/`b32enc`/`b32dec`: decoding errors come back
/// as the result string, as Sprig returns `err.Error()`.
enum SprigEncoding {
    static let functions: [TemplateFunction] = [
        .sprig("b64enc", [.string]) { a in .string(Base64Codec.encode(Array(a[0].stringArgument.utf8))) },
        .sprig("b64dec", [.string]) { a in
            switch Base64Codec.decode(Array(a[0].stringArgument.utf8)) {
            case .success(let b): return .string(GoUTF8.string(b))
            case .failure(let e): return .string(e.message)
            }
        },
        .sprig("b32enc", [.string]) { a in .string(Base32Codec.encode(Array(a[0].stringArgument.utf8))) },
        .sprig("b32dec", [.string]) { a in
            switch Base32Codec.decode(Array(a[0].stringArgument.utf8)) {
            case .success(let b): return .string(GoUTF8.string(b))
            case .failure(let e): return .string(e.message)
            }
        },
    ]
}
