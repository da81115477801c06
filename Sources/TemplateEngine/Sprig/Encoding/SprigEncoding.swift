/// Sprig's `b64enc`/`b64dec`/`b32enc`/`b32dec`: decoding errors come back
/// as the result string, as Sprig returns `err.Error()`.
enum SprigEncoding {
    static let functions: [TemplateFunction] = [
        .sprig("b64enc", [.string]) { a in .string(GoBase64.encode(GoBytes.bytes(a[0].stringArgument))) },
        .sprig("b64dec", [.string]) { a in
            switch GoBase64.decode(Array(a[0].stringArgument.utf8)) {
            case .success(let b): return .string(GoUTF8.string(b))
            case .failure(let e): return .string(e.message)
            }
        },
        .sprig("b32enc", [.string]) { a in .string(GoBase32.encode(GoBytes.bytes(a[0].stringArgument))) },
        .sprig("b32dec", [.string]) { a in
            switch GoBase32.decode(Array(a[0].stringArgument.utf8)) {
            case .success(let b): return .string(GoUTF8.string(b))
            case .failure(let e): return .string(e.message)
            }
        },
    ]
}
