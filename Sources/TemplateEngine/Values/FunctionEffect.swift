/// What calling a template function does besides computing its result from
/// its arguments. `TemplateMemo` reuses the output of a template run only
/// when everything that run called was `.pure`.
public enum FunctionEffect: Sendable {
    /// The result depends on the arguments alone (and on the maps and lists
    /// they reach), and nothing is changed.
    case pure
    /// Two calls with equal arguments may differ: the clock, random numbers,
    /// key generation or the network.
    case impure
    /// Changes a map or list it is given (`set`, `merge`, an in-place sort).
    case mutatesArguments

    /// The effect of a function of the Go, Sprig or Helm function libraries,
    /// by name; a name not listed is pure. (`include` and `tpl` are pure:
    /// what the templates they run call is counted as it runs.) Methods of
    /// Go values (exported, so capitalised: `.Files.Get`) are pure; their
    /// functions are made for each call, so they are told apart first.
    public static func of(_ name: String) -> FunctionEffect {
        if let first = name.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") { return .pure }
        // A switch rather than a set of names: it is asked while the function
        // table is built at start-up, when a `Set<String>` would cost a
        // runtime conformance lookup first.
        switch name {
        case "set", "unset", "merge", "mustMerge", "mergeOverwrite", "mustMergeOverwrite",
             // A `[]string` is sorted in place, as Sprig's `sort.Strings` does.
             "sortAlpha":
            return .mutatesArguments
        case // The clock (`date` and its kin read it for an argument that is not a time).
             "now", "ago", "date", "dateInZone", "date_in_zone", "htmlDate", "htmlDateInZone", "durationRound",
             // Random numbers.
             "randAlpha", "randAlphaNum", "randAscii", "randNumeric", "randBytes", "randInt", "shuffle", "uuidv4",
             "genPrivateKey", "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey",
             "genSignedCert", "genSignedCertWithKey", "encryptAES", "bcrypt", "htpasswd",
             // The network.
             "getHostByName":
            return .impure
        default:
            return .pure
        }
    }
}
