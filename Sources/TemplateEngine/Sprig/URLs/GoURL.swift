/// The parts of Go's `net/url` behind Sprig's `urlParse` and `urlJoin`:
/// `Parse` with its error texts, `URL.String`, `Hostname`, and the
/// percent-escaping rules of each URL component.
struct GoURL {
    var scheme = ""
    var opaque = ""
    /// (username, password or nil).
    var user: (String, String?)?
    var host = ""
    var path = ""
    var rawPath = ""
    var forceQuery = false
    var rawQuery = ""
    var fragment = ""
    var rawFragment = ""

    enum Mode { case path, pathSegment, host, zone, userPassword, queryComponent, fragment }

    struct ParseError: Error { let message: String }

    // MARK: escaping

    static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
        if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) { return false }
        if mode == .host || mode == .zone {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "\""):
                return false
            default: break
            }
        }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return c == UInt8(ascii: "?")
            case .pathSegment: return c == UInt8(ascii: "/") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "?")
            case .userPassword: return c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")
            case .queryComponent: return true
            case .fragment: return false
            default: break
            }
        default: break
        }
        if mode == .fragment {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"): return false
            default: break
            }
        }
        return true
    }

    static func escape(_ s: String, _ mode: Mode) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        var changed = false
        for c in s.utf8 {
            if c == 0x20 && mode == .queryComponent {
                out.append(UInt8(ascii: "+"))
                changed = true
            } else if shouldEscape(c, mode) {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(c >> 4)])
                out.append(hex[Int(c & 15)])
                changed = true
            } else {
                out.append(c)
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : s
    }

    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    private static func unhex(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return 0
        }
    }

    static func unescape(_ str: String, _ mode: Mode) throws -> String {
        let s = Array(str.utf8)
        var n = 0
        var hasPlus = false
        var i = 0
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "%"):
                n += 1
                if i + 2 >= s.count || !isHex(s[i + 1]) || !isHex(s[i + 2]) {
                    let bad = GoUTF8.string(s[i..<min(s.count, i + 3)])
                    throw ParseError(message: "invalid URL escape " + GoStrconv.quote(bad))
                }
                let three = GoUTF8.string(s[i..<(i + 3)])
                if mode == .host && unhex(s[i + 1]) < 8 && three != "%25" {
                    throw ParseError(message: "invalid URL escape " + GoStrconv.quote(three))
                }
                if mode == .zone {
                    let v = unhex(s[i + 1]) << 4 | unhex(s[i + 2])
                    if three != "%25" && v != 0x20 && shouldEscape(v, .host) {
                        throw ParseError(message: "invalid URL escape " + GoStrconv.quote(three))
                    }
                }
                i += 3
            case UInt8(ascii: "+"):
                hasPlus = mode == .queryComponent
                i += 1
            default:
                if (mode == .host || mode == .zone) && s[i] < 0x80 && shouldEscape(s[i], mode) {
                    let bad = GoUTF8.string(s[i..<(i + 1)])
                    throw ParseError(message: "invalid character " + GoStrconv.quote(bad) + " in host name")
                }
                i += 1
            }
        }
        if n == 0 && !hasPlus { return str }
        var out: [UInt8] = []
        i = 0
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "%"):
                out.append(unhex(s[i + 1]) << 4 | unhex(s[i + 2]))
                i += 3
            case UInt8(ascii: "+"):
                out.append(mode == .queryComponent ? 0x20 : UInt8(ascii: "+"))
                i += 1
            default:
                out.append(s[i])
                i += 1
            }
        }
        return GoUTF8.string(out)
    }

    // MARK: parsing

    /// `url.Parse`; the error text is `*url.Error`'s (`parse "…": …`).
    static func parse(_ raw: String) throws -> GoURL {
        let (u, frag, hasFrag) = cut(raw, "#")
        var url: GoURL
        do {
            url = try parseReference(u)
        } catch let e as ParseError {
            throw ParseError(message: "parse " + GoStrconv.quote(u) + ": " + e.message)
        }
        if !hasFrag || frag.isEmpty { return url }
        do {
            url.fragment = try unescape(frag, .fragment)
            url.rawFragment = escape(url.fragment, .fragment) == frag ? "" : frag
        } catch let e as ParseError {
            throw ParseError(message: "parse " + GoStrconv.quote(raw) + ": " + e.message)
        }
        return url
    }

    private static func cut(_ s: String, _ sep: Character) -> (String, String, Bool) {
        guard let i = s.firstIndex(of: sep) else { return (s, "", false) }
        return (String(s[..<i]), String(s[s.index(after: i)...]), true)
    }

    private static func parseReference(_ raw: String) throws -> GoURL {
        if raw.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw ParseError(message: "net/url: invalid control character in URL")
        }
        var url = GoURL()
        if raw == "*" {
            url.path = "*"
            return url
        }
        var rest: String
        (url.scheme, rest) = try getScheme(raw)
        url.scheme = GoStrings.toLower(url.scheme)
        if rest.hasSuffix("?") && rest.utf8.filter({ $0 == UInt8(ascii: "?") }).count == 1 {
            url.forceQuery = true
            rest = String(rest.dropLast())
        } else {
            let (a, b, _) = cut(rest, "?")
            rest = a
            url.rawQuery = b
        }
        if !rest.hasPrefix("/") {
            if !url.scheme.isEmpty {
                url.opaque = rest
                return url
            }
            let (segment, _, _) = cut(rest, "/")
            if segment.contains(":") {
                throw ParseError(message: "first path segment in URL cannot contain colon")
            }
        }
        if (!url.scheme.isEmpty || !rest.hasPrefix("///")) && rest.hasPrefix("//") {
            var authority = String(rest.dropFirst(2))
            rest = ""
            if let i = authority.firstIndex(of: "/") {
                rest = String(authority[i...])
                authority = String(authority[..<i])
            }
            (url.user, url.host) = try parseAuthority(authority)
        }
        url.path = try unescape(rest, .path)
        url.rawPath = escape(url.path, .path) == rest ? "" : rest
        return url
    }

    private static func getScheme(_ raw: String) throws -> (String, String) {
        let b = Array(raw.utf8)
        for (i, c) in b.enumerated() {
            switch c {
            case 0x61...0x7A, 0x41...0x5A:
                continue
            case 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { return ("", raw) }
            case UInt8(ascii: ":"):
                if i == 0 { throw ParseError(message: "missing protocol scheme") }
                return (GoUTF8.string(b[..<i]), GoUTF8.string(b[(i + 1)...]))
            default:
                return ("", raw)
            }
        }
        return ("", raw)
    }

    private static func parseAuthority(_ authority: String) throws -> ((String, String?)?, String) {
        let b = Array(authority.utf8)
        let at = b.lastIndex(of: UInt8(ascii: "@"))
        let host = try parseHost(at.map { GoUTF8.string(b[($0 + 1)...]) } ?? authority)
        guard let i = at else { return (nil, host) }
        let userinfo = GoUTF8.string(b[..<i])
        if !validUserinfo(userinfo) { throw ParseError(message: "net/url: invalid userinfo") }
        if !userinfo.contains(":") {
            return ((try unescape(userinfo, .userPassword), nil), host)
        }
        let (name, password, _) = cut(userinfo, ":")
        return ((try unescape(name, .userPassword), try unescape(password, .userPassword)), host)
    }

    private static func validUserinfo(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { r in
            if r.value < 0x80 && RE2UnicodeCategory.isWordChar(r.value) && r != "_" { return true }
            return "-._:~!$&'()*+,;=%@".unicodeScalars.contains(r)
        }
    }

    static func validOptionalPort(_ port: String) -> Bool {
        if port.isEmpty { return true }
        let b = Array(port.utf8)
        if b[0] != UInt8(ascii: ":") { return false }
        return b.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func parseHost(_ host: String) throws -> String {
        let b = Array(host.utf8)
        if host.hasPrefix("[") {
            guard let i = b.lastIndex(of: UInt8(ascii: "]")) else {
                throw ParseError(message: "missing ']' in host")
            }
            let colonPort = GoUTF8.string(b[(i + 1)...])
            if !validOptionalPort(colonPort) {
                throw ParseError(message: "invalid port " + GoStrconv.quote(colonPort) + " after host")
            }
            if let zone = GoStrings.index(Array(b[..<i]), Array("%25".utf8)) {
                let h1 = try unescape(GoUTF8.string(b[..<zone]), .host)
                let h2 = try unescape(GoUTF8.string(b[zone..<i]), .zone)
                let h3 = try unescape(GoUTF8.string(b[i...]), .host)
                return h1 + h2 + h3
            }
        } else if let i = b.lastIndex(of: UInt8(ascii: ":")) {
            let colonPort = GoUTF8.string(b[i...])
            if !validOptionalPort(colonPort) {
                throw ParseError(message: "invalid port " + GoStrconv.quote(colonPort) + " after host")
            }
        }
        return try unescape(host, .host)
    }

    // MARK: output

    var userString: String {
        guard let (name, password) = user else { return "" }
        var s = GoURL.escape(name, .userPassword)
        if let p = password { s += ":" + GoURL.escape(p, .userPassword) }
        return s
    }

    /// `Hostname()`: the host without port and brackets.
    var hostname: String {
        var h = host
        let b = Array(h.utf8)
        if let colon = b.lastIndex(of: UInt8(ascii: ":")), GoURL.validOptionalPort(GoUTF8.string(b[colon...])) {
            h = GoUTF8.string(b[..<colon])
        }
        if h.hasPrefix("[") && h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        return h
    }

    var escapedPath: String {
        if !rawPath.isEmpty, (try? GoURL.unescape(rawPath, .path)) == path { return rawPath }
        if path == "*" { return "*" }
        return GoURL.escape(path, .path)
    }

    var escapedFragment: String {
        if !rawFragment.isEmpty, (try? GoURL.unescape(rawFragment, .fragment)) == fragment { return rawFragment }
        return GoURL.escape(fragment, .fragment)
    }

    /// `URL.String()`.
    var string: String {
        var out = ""
        if !scheme.isEmpty { out += scheme + ":" }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if !host.isEmpty || !path.isEmpty || user != nil { out += "//" }
                if user != nil { out += userString + "@" }
                if !host.isEmpty { out += GoURL.escape(host, .host) }
            }
            let p = escapedPath
            if !p.isEmpty && !p.hasPrefix("/") && !host.isEmpty { out += "/" }
            if out.isEmpty {
                let (segment, _, _) = GoURL.cut(p, "/")
                if segment.contains(":") { out += "./" }
            }
            out += p
        }
        if forceQuery || !rawQuery.isEmpty { out += "?" + rawQuery }
        if !fragment.isEmpty { out += "#" + escapedFragment }
        return out
    }
}
