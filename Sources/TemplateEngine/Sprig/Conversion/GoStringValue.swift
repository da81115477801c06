/// Go's `%v` text of a value as Sprig's `strval` makes it: strings and
/// byte slices as text, everything else through fmt.
enum GoStringValue {
    static func strval(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .bytes(let b): return GoUTF8.string(b)
        default: return GoFormat.format(v)
        }
    }
}
