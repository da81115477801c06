import TemplateEngine

/// Helm's `strvals.parser` (for `--set`, `--set-string`, `--set-file`,
/// `--set-json`). Errors are returned, not thrown, where Go returns them, so
/// the partial writes Go makes before returning an error happen here too;
/// Go's recovered panics (failed type assertions) are thrown and caught in
/// `key`, which skips the rest of that frame exactly as the panic does.
struct StrValsParser {
    enum Mode {
        case typed
        case strings
        case file((String) throws -> Value)
        case json
    }

    private struct Panic: Error { let message: String }
    typealias ParseError = StrVals.ParseError

    private var sc: RuneScanner
    private let mode: Mode

    init(_ s: String, mode: Mode) {
        sc = RuneScanner(s)
        self.mode = mode
    }

    mutating func parse(into data: GoMap) throws {
        while true {
            guard let err = key(data, 0) else { continue }
            if err.wrapsEOF { return }
            throw err
        }
    }

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

    private static let keyStops: Set<Unicode.Scalar> = ["=", "[", ",", "."]
    private static let indexStops: Set<Unicode.Scalar> = ["]"]
    private static let listItemStops: Set<Unicode.Scalar> = ["[", ".", "="]
    private static let valueStops: Set<Unicode.Scalar> = [","]
    private static let listStops: Set<Unicode.Scalar> = [",", "}"]

    private mutating func key(_ data: GoMap, _ level: Int) -> ParseError? {
        do {
            return try keyBody(data, level)
        } catch let p as Panic {
            return ParseError("unable to parse key: \(p.message)")
        } catch {
            return ParseError("unable to parse key: \(error)")
        }
    }

    private mutating func keyBody(_ data: GoMap, _ level: Int) throws -> ParseError? {
        let (k, last, eof) = sc.runesUntil(Self.keyStops, escapes: true)
        let ks = String(k)
        if eof {
            if k.isEmpty { return .eof }
            return ParseError("key \(GoStrconv.quote(ks)) has no value")
        }
        switch last {
        case "["?:
            let i: Int
            switch keyIndex() {
            case .failure(let e): return ParseError("error parsing index: \(e.message)", wrapsEOF: e.wrapsEOF)
            case .success(let v): i = v
            }
            var list: [Value] = []
            if let existing = data[ks] {
                guard case .list(let l) = existing else {
                    throw Panic(message: StrVals.conversionPanic(existing, want: "[]interface {}"))
                }
                list = l.items
            }
            let (out, err) = try listItem(list, i, level)
            set(data, ks, .list(GoList(out)))
            return err
        case "="?:
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
        case ","?:
            set(data, ks, .string(""))
            return ParseError("key \(GoStrconv.quote(ks)) has no value (cannot end with ,)")
        default:
            let next = level + 1
            if next > StrVals.maxNestedNameLevel {
                return ParseError("value name nested level is greater than maximum supported nested level of \(StrVals.maxNestedNameLevel)")
            }
            var inner = GoMap()
            if let existing = data[ks] {
                guard case .map(let m) = existing else {
                    throw Panic(message: StrVals.conversionPanic(existing, want: "map[string]interface {}"))
                }
                inner = m
            }
            let e = key(inner, next)
            if e == nil && inner.count == 0 {
                return ParseError("key map \(GoStrconv.quote(ks)) has no value")
            }
            if inner.count != 0 { set(data, ks, .map(inner)) }
            return e
        }
    }

    private func set(_ data: GoMap, _ key: String, _ val: Value) {
        if key.isEmpty { return }
        data[key] = val
    }

    private func setIndex(_ list: [Value], _ index: Int, _ val: Value) -> ([Value], ParseError?) {
        if index < 0 { return (list, ParseError("negative \(index) index not allowed")) }
        if index > StrVals.maxIndex {
            return (list, ParseError("index of \(index) is greater than maximum supported index of \(StrVals.maxIndex)"))
        }
        var l = list
        if l.count <= index { l.append(contentsOf: repeatElement(Value.null, count: index + 1 - l.count)) }
        l[index] = val
        return (l, nil)
    }

    private mutating func keyIndex() -> Result<Int, ParseError> {
        let (v, _, eof) = sc.runesUntil(Self.indexStops, escapes: true)
        if eof { return .failure(.eof) }
        return StrVals.atoi(String(v))
    }

    private mutating func listItem(_ list: [Value], _ i: Int, _ level: Int) throws -> ([Value], ParseError?) {
        if i < 0 { return (list, ParseError("negative \(i) index not allowed")) }
        let (k, last, eof) = sc.runesUntil(Self.listItemStops, escapes: true)
        if !k.isEmpty {
            return (list, ParseError("unexpected data at end of array index: \(StrVals.quoteRunes(k))"))
        }
        if eof { return (list, .eof) }
        switch last {
        case "="?:
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
        case "["?:
            let nextI: Int
            switch keyIndex() {
            case .failure(let e): return (list, ParseError("error parsing index: \(e.message)", wrapsEOF: e.wrapsEOF))
            case .success(let v): nextI = v
            }
            var current: [Value] = []
            if list.count > i, !list[i].isNull {
                guard case .list(let l) = list[i] else {
                    throw Panic(message: StrVals.conversionPanic(list[i], want: "[]interface {}"))
                }
                current = l.items
            }
            let (list2, err) = try listItem(current, nextI, level)
            if let err = err { return (list, err) }
            return setIndex(list, i, .list(GoList(list2)))
        default:
            var l = list
            var inner = GoMap()
            if l.count > i {
                if case .map(let m) = l[i] {
                    inner = m
                } else {
                    l[i] = .map(inner)
                }
            }
            if let e = key(inner, level) { return (l, e) }
            return setIndex(l, i, .map(inner))
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
            if !isGoSpace(r) {
                sc.unread()
                return false
            }
        }
    }

    private func isGoSpace(_ r: Unicode.Scalar) -> Bool {
        switch r.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        default: return r.value > 0xFF && r.properties.isWhitespace
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
