import Testing
import TemplateEngine
@testable import ChartModel

/// Every function name a Helm v4.2.3 chart template can call: Go's
/// text/template built-ins, Sprig v3.3.0's `genericMap` without `env` and
/// `expandenv`, and Helm's own (`pkg/engine/funcs.go` and the late-bound
/// ones of `engine.go`). Checked against helm-oracle: a template naming
/// each of them parses, and naming `env` or `expandenv` is a parse error
/// (`function "env" not defined`).
enum HelmFunctionNames {
    static let all: [String] = [
        "abbrev", "abbrevboth", "add", "add1", "add1f", "addf", "adler32sum", "ago", "all", "and", "any", "append",
        "atoi", "b32dec", "b32enc", "b64dec", "b64enc", "base", "bcrypt", "biggest", "buildCustomCert", "call",
        "camelcase", "cat", "ceil", "chunk", "clean", "coalesce", "compact", "concat", "contains", "date",
        "dateInZone", "dateModify", "date_in_zone", "date_modify", "decryptAES", "deepCopy", "deepEqual", "default",
        "derivePassword", "dict", "dig", "dir", "div", "divf", "duration", "durationRound", "empty", "encryptAES",
        "eq", "ext", "fail", "first", "float64", "floor", "fromJson", "fromJsonArray", "fromToml", "fromYaml",
        "fromYamlArray", "ge", "genCA", "genCAWithKey", "genPrivateKey", "genSelfSignedCert",
        "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey", "get", "getHostByName", "gt", "has",
        "hasKey", "hasPrefix", "hasSuffix", "hello", "html", "htmlDate", "htmlDateInZone", "htpasswd", "include",
        "indent", "index", "initial", "initials", "int", "int64", "isAbs", "join", "js", "kebabcase", "keys",
        "kindIs", "kindOf", "last", "le", "len", "list", "lookup", "lower", "lt", "max", "maxf", "merge",
        "mergeOverwrite", "min", "minf", "mod", "mul", "mulf", "mustAppend", "mustChunk", "mustCompact",
        "mustDateModify", "mustDeepCopy", "mustFirst", "mustFromJson", "mustHas", "mustInitial", "mustLast",
        "mustMerge", "mustMergeOverwrite", "mustPrepend", "mustPush", "mustRegexFind", "mustRegexFindAll",
        "mustRegexMatch", "mustRegexReplaceAll", "mustRegexReplaceAllLiteral", "mustRegexSplit", "mustRest",
        "mustReverse", "mustSlice", "mustToDate", "mustToJson", "mustToPrettyJson", "mustToRawJson", "mustToToml",
        "mustToYaml", "mustUniq", "mustWithout", "must_date_modify", "ne", "nindent", "nospace", "not", "now",
        "omit", "or", "osBase", "osClean", "osDir", "osExt", "osIsAbs", "pick", "pluck", "plural", "prepend",
        "print", "printf", "println", "push", "quote", "randAlpha", "randAlphaNum", "randAscii", "randBytes",
        "randInt", "randNumeric", "regexFind", "regexFindAll", "regexMatch", "regexQuoteMeta", "regexReplaceAll",
        "regexReplaceAllLiteral", "regexSplit", "repeat", "replace", "required", "rest", "reverse", "round",
        "semver", "semverCompare", "seq", "set", "sha1sum", "sha256sum", "sha512sum", "shuffle", "slice",
        "snakecase", "sortAlpha", "split", "splitList", "splitn", "squote", "sub", "subf", "substr", "swapcase",
        "ternary", "title", "toDate", "toDecimal", "toJson", "toPrettyJson", "toRawJson", "toString", "toStrings",
        "toToml", "toYaml", "toYamlPretty", "tpl", "trim", "trimAll", "trimPrefix", "trimSuffix", "trimall", "trunc",
        "tuple", "typeIs", "typeIsLike", "typeOf", "uniq", "unixEpoch", "unset", "until", "untilStep", "untitle",
        "upper", "urlJoin", "urlParse", "urlquery", "uuidv4", "values", "without", "wrap", "wrapWith",
    ]

    static let absent: [String] = ["env", "expandenv"]

    /// Names whose implementation has not landed yet (a ratchet: remove a
    /// name once it resolves).
    static let pending: Set<String> = ["bcrypt", "fromToml", "must_date_modify"]
}

struct FunctionNamesTests {
    @Test("the list has every name once")
    func namesAreUnique() {
        #expect(Set(HelmFunctionNames.all).count == HelmFunctionNames.all.count)
        #expect(HelmFunctionNames.all.count == 240)
    }

    @Test(arguments: HelmFunctionNames.all)
    func resolves(_ name: String) {
        let found = HelmFunctionTable.shared.lookup(name) != nil
        if HelmFunctionNames.pending.contains(name) {
            #expect(!found, "function \(name) resolves now: remove it from HelmFunctionNames.pending")
        } else {
            #expect(found, "function \(name) is missing")
        }
    }

    @Test(arguments: HelmFunctionNames.absent)
    func isNotDefined(_ name: String) {
        #expect(HelmFunctionTable.shared.lookup(name) == nil)
    }
}
