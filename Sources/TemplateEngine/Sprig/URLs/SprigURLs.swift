/// Sprig's `urlParse` (a URL as a dict of its parts) and `urlJoin` (the
/// reverse), on Go's `net/url`.
enum SprigURLs {
    static let functions: [TemplateFunction] = [
        .sprig("urlParse", [.string]) { a in
            let u: GoURL
            do {
                u = try GoURL.parse(a[0].stringArgument)
            } catch let e as GoURL.ParseError {
                throw FunctionError("unable to parse url: " + e.message)
            }
            return .map(GoMap([
                "scheme": .string(u.scheme), "host": .string(u.host), "hostname": .string(u.hostname),
                "path": .string(u.path), "query": .string(u.rawQuery), "opaque": .string(u.opaque),
                "fragment": .string(u.fragment), "userinfo": .string(u.userString),
            ]))
        },
        .sprig("urlJoin", [.map]) { a in
            let d = a[0].mapArgument
            var u = GoURL()
            u.scheme = try field(d, "scheme")
            u.host = try field(d, "host")
            u.path = try field(d, "path")
            u.rawQuery = try field(d, "query")
            u.opaque = try field(d, "opaque")
            u.fragment = try field(d, "fragment")
            let userinfo = try field(d, "userinfo")
            if !userinfo.isEmpty {
                do {
                    u.user = try GoURL.parse("proto://\(userinfo)@host").user
                } catch let e as GoURL.ParseError {
                    throw FunctionError("unable to parse userinfo in dict: " + e.message)
                }
            }
            return .string(u.string)
        },
    ]

    /// Sprig's `dictGetOrEmpty`: a missing key is "", a non-string panics.
    private static func field(_ d: GoMap?, _ key: String) throws -> String {
        guard let v = d?[key] else { return "" }
        switch v {
        case .string(let s): return s
        case .null: throw FunctionError(ListArgument.nilPanic)
        default:
            throw FunctionError("unable to parse \(key) key, must be of type string, but \(v.goKindName) found")
        }
    }
}
