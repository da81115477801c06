import TemplateEngine

/// Helm's `strvals.parser` (for `--set`, `--set-string`, `--set-file`,
/// `--set-json`): the shared key grammar, then a typed value, a string, a
/// file's contents, a JSON value, or a `{a,b}` list.
struct StrValsParser: StrValsKeyGrammar {
    enum Mode {
        case typed
        case strings
        case file((String) throws -> Value)
        case json
    }

    var sc: RuneScanner
    private let mode: Mode

    init(_ s: String, mode: Mode) {
        sc = RuneScanner(s)
        self.mode = mode
    }

    static let escapes = true
    static let keyStops: Set<Unicode.Scalar> = ["=", "[", ",", "."]
    private static let valueStops: Set<Unicode.Scalar> = [","]
    private static let listStops: Set<Unicode.Scalar> = [",", "}"]

    private var isJSON: Bool {
        if case .json = mode { return true }
        return false
    }

    private func read(_ runes: String.UnicodeScalarView) -> Result<Value, ParseError> {
        let s = String(runes)
        switch mode {
        case .typed: return .success(StrVals.typedValue(s, stringsOnly: false))
        case .strings, .json: return .success(StrVals.typedValue(s, stringsOnly: true))
        case .file(let reader):
            do { return .success(try reader(s)) } catch let e as ParseError {
                return .failure(e)
            } catch {
                return .failure(ParseError("\(error)"))
            }
        }
    }

    mutating func assignValue(_ data: GoMap, _ ks: String) -> ParseError? {
        if isJSON {
            let (v, err) = jsonValue()
            if let v = v { set(data, ks, v) }
            return err
        }
        switch valList() {
        case .success(let vl):
            set(data, ks, .list(GoList(vl)))
            return nil
        case .failure(let e) where e.wrapsEOF && e.message == "EOF":
            set(data, ks, .string(""))
            return e
        case .failure(let e) where e.message == "not a list":
            let (rs, _, _) = sc.runesUntil(Self.valueStops, escapes: true)
            switch read(rs) {
            case .success(let v):
                set(data, ks, v)
                return nil
            case .failure(let e):
                set(data, ks, .null)
                return e
            }
        case .failure(let e):
            return e
        }
    }

    mutating func assignListItem(_ list: [Value], _ i: Int) -> ([Value], ParseError?) {
        if isJSON {
            let (v, err) = jsonValue()
            guard let v = v else { return (list, err) }
            return setIndex(list, i, v)
        }
        switch valList() {
        case .success(let vl): return setIndex(list, i, .list(GoList(vl)))
        case .failure(let e) where e.wrapsEOF && e.message == "EOF": return setIndex(list, i, .string(""))
        case .failure(let e) where e.message == "not a list":
            let (rs, _, _) = sc.runesUntil(Self.valueStops, escapes: true)
            switch read(rs) {
            case .success(let v): return setIndex(list, i, v)
            case .failure(let e): return (list, e)
            }
        case .failure(let e): return (list, e)
        }
    }

    /// `--set-json` value after `=`: empty means null, else one JSON value.
    private mutating func jsonValue() -> (Value?, ParseError?) {
        if emptyValue() { return (.null, nil) }
        let decoded: (Value, Int)
        do {
            decoded = try GoJSON.decodeFirst(Array(sc.remaining))
        } catch {
            return (nil, ParseError("invalid JSON value"))
        }
        sc.skip(decoded.1)
        _ = emptyValue()
        return (decoded.0, nil)
    }

    /// `emptyVal`: true at the end or at `,` (consumed), skipping spaces.
    private mutating func emptyValue() -> Bool {
        while true {
            guard let r = sc.read() else { return true }
            if r == "," { return true }
            if !GoWhitespace.isSpace(r) {
                sc.unread()
                return false
            }
        }
    }

    /// `valList`: `{a,b}` as a list; "not a list" when the value does not start with `{`.
    private mutating func valList() -> Result<[Value], ParseError> {
        guard let r = sc.read() else { return .failure(.eof) }
        if r != "{" {
            sc.unread()
            return .failure(ParseError("not a list"))
        }
        var list: [Value] = []
        while true {
            let (rs, last, eof) = sc.runesUntil(Self.listStops, escapes: true)
            if eof { return .failure(ParseError("list must terminate with '}'")) }
            if last == "}" {
                if let r2 = sc.read(), r2 != "," { sc.unread() }
                switch read(rs) {
                case .success(let v):
                    list.append(v)
                    return .success(list)
                case .failure(let e): return .failure(e)
                }
            }
            switch read(rs) {
            case .success(let v): list.append(v)
            case .failure(let e): return .failure(e)
            }
        }
    }
}
