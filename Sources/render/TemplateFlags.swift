import TemplateEngine
import ChartModel
/// The flags of `render template`, parsed with Helm's (cobra/pflag) grammar:
/// `--flag=value`, `--flag value`, `-f value`, `-fvalue`, `-f=value`,
/// repeatable flags, flags anywhere, `--` ends the flags.
struct TemplateFlags {
    enum Kind {
        case bool
        case string
        /// Repeatable; every occurrence appended (`StringArray`).
        case array
        /// Repeatable; comma-separated values (`StringSlice`, CSV rules).
        case slice
        /// `key=value` pairs, comma-separated.
        case map
        /// A string flag with a value when given bare (`--dry-run`).
        case optionalValue(String)
    }

    /// Every flag `helm template` accepts; those without a meaning offline
    /// are accepted and ignored, as Helm does without a cluster.
    static let kinds: [String: Kind] = {
        var k: [String: Kind] = [:]
        for name in ["create-namespace", "force-replace", "force", "force-conflicts", "server-side", "no-hooks",
                     "replace", "wait-for-jobs", "generate-name", "devel", "dependency-update",
                     "disable-openapi-validation", "rollback-on-failure", "atomic", "skip-crds",
                     "render-subchart-notes", "skip-schema-validation", "enable-dns", "hide-notes",
                     "take-ownership", "verify", "insecure-skip-tls-verify", "plain-http", "pass-credentials",
                     "validate", "include-crds", "skip-tests", "is-upgrade", "release-name", "debug",
                     "kube-insecure-skip-tls-verify", "help", "report-time",
                     // Our extensions (not Helm's): strict mode and error explanations.
                     "strict", "explain", "warn-unused"] {
            k[name] = .bool
        }
        for name in ["timeout", "name-template", "description", "version", "keyring", "repo", "username",
                     "password", "cert-file", "key-file", "ca-file", "output-dir", "kube-version", "namespace",
                     "kubeconfig", "kube-context", "kube-token", "kube-as-user", "kube-apiserver",
                     "kube-ca-file", "kube-tls-server-name", "registry-config", "repository-config",
                     "repository-cache", "content-cache", "burst-limit", "qps", "color", "colour",
                     "post-renderer", "repeat"] {
            k[name] = .string
        }
        for name in ["set", "set-string", "set-file", "set-json", "set-literal", "show-only",
                     "post-renderer-args", "kube-as-group"] {
            k[name] = .array
        }
        k["values"] = .slice
        k["api-versions"] = .slice
        k["labels"] = .map
        k["dry-run"] = .optionalValue("unset")
        k["wait"] = .optionalValue("watcher")
        return k
    }()

    static let shorthands: [Character: String] = [
        "f": "values", "n": "namespace", "a": "api-versions", "s": "show-only",
        "g": "generate-name", "l": "labels", "h": "help",
    ]

    var bools: [String: Bool] = [:]
    var strings: [String: String] = [:]
    var arrays: [String: [String]] = [:]
    var labels: [String: String] = [:]
    var setFlags: Set<String> = []
    var positional: [String] = []

    func bool(_ name: String) -> Bool { bools[name] ?? false }
    func string(_ name: String) -> String { strings[name] ?? "" }
    func array(_ name: String) -> [String] { arrays[name] ?? [] }

    struct ParseError: Error {
        let message: String
    }

    static func parse(_ argv: [String]) throws -> TemplateFlags {
        var flags = TemplateFlags()
        var i = 0
        while i < argv.count {
            let arg = argv[i]
            i += 1
            if arg == "--" {
                flags.positional.append(contentsOf: argv[i...])
                break
            }
            if arg.hasPrefix("--") && arg.count > 2 {
                let body = arg.dropFirst(2)
                let name: String
                var value: String?
                if let eq = body.firstIndex(of: "=") {
                    name = String(body[..<eq])
                    value = String(body[body.index(after: eq)...])
                } else {
                    name = String(body)
                }
                guard let kind = kinds[name] else { throw ParseError(message: "unknown flag: --\(name)") }
                switch kind {
                case .bool:
                    try flags.set(name, value ?? "true", display: "--" + name)
                case .optionalValue(let bare):
                    try flags.set(name, value ?? bare, display: "--" + name)
                default:
                    if value == nil {
                        guard i < argv.count else { throw ParseError(message: "flag needs an argument: --\(name)") }
                        value = argv[i]
                        i += 1
                    }
                    try flags.set(name, value ?? "", display: "--" + name)
                }
                continue
            }
            if arg.hasPrefix("-") && arg.count > 1 {
                var shorts = Substring(arg.dropFirst())
                while let c = shorts.first {
                    guard let name = shorthands[c] else {
                        throw ParseError(message: "unknown shorthand flag: '\(c)' in -\(shorts)")
                    }
                    let after = shorts.dropFirst()
                    if after.count > 1 && after.first == "=" {
                        try flags.set(name, String(after.dropFirst()), display: "-\(c)")
                        break
                    }
                    if case .bool = kinds[name] ?? .string {
                        try flags.set(name, "true", display: "-\(c)")
                        shorts = after
                        continue
                    }
                    if !after.isEmpty {
                        try flags.set(name, String(after), display: "-\(c)")
                        break
                    }
                    guard i < argv.count else { throw ParseError(message: "flag needs an argument: '\(c)' in -\(c)") }
                    try flags.set(name, argv[i], display: "-\(c)")
                    i += 1
                    break
                }
                continue
            }
            flags.positional.append(arg)
        }
        return flags
    }

    mutating func set(_ name: String, _ value: String, display: String) throws {
        setFlags.insert(name)
        switch TemplateFlags.kinds[name] ?? .string {
        case .bool:
            guard let b = TemplateFlags.parseGoBool(value) else {
                throw ParseError(message: "invalid argument \(GoStrconv.quote(value)) for \"\(display)\" flag: strconv.ParseBool: parsing \(GoStrconv.quote(value)): invalid syntax")
            }
            bools[name] = b
        case .string, .optionalValue:
            strings[name] = value
        case .array:
            arrays[name, default: []].append(value)
        case .slice:
            arrays[name, default: []].append(contentsOf: try TemplateFlags.readCSV(value))
        case .map:
            for kv in try TemplateFlags.readCSV(value) {
                guard let eq = kv.firstIndex(of: "=") else {
                    throw ParseError(message: "invalid argument \(GoStrconv.quote(value)) for \"\(display)\" flag: \(kv) must be formatted as key=value")
                }
                labels[String(kv[..<eq])] = String(kv[kv.index(after: eq)...])
            }
        }
    }

    static func parseGoBool(_ v: String) -> Bool? {
        switch v {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }

    /// One CSV record (pflag's `readAsCSV`): fields split on commas, double
    /// quotes group and `""` escapes a quote.
    static func readCSV(_ value: String) throws -> [String] {
        if value.isEmpty { return [] }
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var atFieldStart = true
        var chars = Array(value)
        if chars.last == "\n" { chars.removeLast() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                    if i + 1 < chars.count && chars[i + 1] != "," {
                        throw ParseError(message: "invalid argument \(GoStrconv.quote(value))")
                    }
                } else {
                    field.append(c)
                }
            } else if c == "," {
                fields.append(field)
                field = ""
                atFieldStart = true
                i += 1
                continue
            } else if c == "\"" && atFieldStart {
                inQuotes = true
            } else if c == "\"" {
                throw ParseError(message: "invalid argument \(GoStrconv.quote(value))")
            } else {
                field.append(c)
            }
            atFieldStart = false
            i += 1
        }
        if inQuotes { throw ParseError(message: "invalid argument \(GoStrconv.quote(value))") }
        fields.append(field)
        return fields
    }
}

extension TemplateFlags {
    /// The values flags (`-f`, `--set`, `--set-string`, `--set-file`,
    /// `--set-json`, `--set-literal`) as the chart model reads them.
    var valueOptions: ValueOptions {
        var options = ValueOptions()
        options.valueFiles = array("values")
        options.values = array("set")
        options.stringValues = array("set-string")
        options.fileValues = array("set-file")
        options.jsonValues = array("set-json")
        options.literalValues = array("set-literal")
        return options
    }
}
