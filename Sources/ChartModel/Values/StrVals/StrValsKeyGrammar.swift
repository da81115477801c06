import TemplateEngine

/// The key grammar Helm's `strvals.parser` (`--set` and friends) and
/// `strvals.literalParser` (`--set-literal`) share: `a.b`, `a[0]`, `a[0].b`,
/// `a[0][1]`, up to `=`. What follows `=` is the parser's own
/// (`assignValue`, `assignListItem`).
///
/// Errors are returned, not thrown, where Go returns them, so the partial
/// writes Go makes before returning an error happen here too; Go's recovered
/// panics (failed type assertions) are thrown as `StrValsPanic` and caught in
/// `key`, which skips the rest of that frame exactly as the panic does.
protocol StrValsKeyGrammar {
    typealias ParseError = StrVals.ParseError
    var sc: RuneScanner { get set }
    /// Whether a `\` in a key or an index takes the next rune literally.
    static var escapes: Bool { get }
    /// The runes that end a key (`=`, `[`, `.`, and `,` for `--set`).
    static var keyStops: Set<Unicode.Scalar> { get }
    /// Reads the value after `key=` and stores it in `data`.
    mutating func assignValue(_ data: GoMap, _ key: String) -> ParseError?
    /// Reads the value after `key[i]=` and returns the list with it.
    mutating func assignListItem(_ list: [Value], _ i: Int) -> ([Value], ParseError?)
}

/// A Go panic inside the parser: Helm recovers it as a key error.
struct StrValsPanic: Error { let message: String }

private let indexStops: Set<Unicode.Scalar> = ["]"]
private let listItemStops: Set<Unicode.Scalar> = ["[", ".", "="]

extension StrValsKeyGrammar {
    /// Parses every `key=value` of the input into `data`.
    mutating func parse(into data: GoMap) throws {
        while true {
            guard let err = key(data, 0) else { continue }
            if err.wrapsEOF { return }
            throw err
        }
    }

    func set(_ data: GoMap, _ key: String, _ val: Value) {
        if key.isEmpty { return }
        data[key] = val
    }

    func setIndex(_ list: [Value], _ index: Int, _ val: Value) -> ([Value], ParseError?) {
        if index < 0 { return (list, ParseError("negative \(index) index not allowed")) }
        if index > StrVals.maxIndex {
            return (list, ParseError("index of \(index) is greater than maximum supported index of \(StrVals.maxIndex)"))
        }
        var l = list
        if l.count <= index { l.append(contentsOf: repeatElement(Value.null, count: index + 1 - l.count)) }
        l[index] = val
        return (l, nil)
    }

    private mutating func key(_ data: GoMap, _ level: Int) -> ParseError? {
        do {
            return try keyBody(data, level)
        } catch let p as StrValsPanic {
            return ParseError("unable to parse key: \(p.message)")
        } catch {
            return ParseError("unable to parse key: \(error)")
        }
    }

    private mutating func keyBody(_ data: GoMap, _ level: Int) throws -> ParseError? {
        let (k, last, eof) = sc.runesUntil(Self.keyStops, escapes: Self.escapes)
        let ks = String(k)
        if eof {
            if k.isEmpty { return .eof }
            return ParseError("key \(GoStrconv.quote(ks)) has no value")
        }
        switch last {
        case "="?:
            return assignValue(data, ks)
        case ","?:
            set(data, ks, .string(""))
            return ParseError("key \(GoStrconv.quote(ks)) has no value (cannot end with ,)")
        case "."?:
            let next = level + 1
            if next > StrVals.maxNestedNameLevel {
                return ParseError("value name nested level is greater than maximum supported nested level of \(StrVals.maxNestedNameLevel)")
            }
            var inner = GoMap()
            if let existing = data[ks] {
                guard case .map(let m) = existing else {
                    throw StrValsPanic(message: StrVals.conversionPanic(existing, want: "map[string]interface {}"))
                }
                inner = m
            }
            let e = key(inner, next)
            if e == nil && inner.count == 0 {
                return ParseError("key map \(GoStrconv.quote(ks)) has no value")
            }
            if inner.count != 0 { set(data, ks, .map(inner)) }
            return e
        default:  // "["
            let i: Int
            switch keyIndex() {
            case .failure(let e): return ParseError("error parsing index: \(e.message)", wrapsEOF: e.wrapsEOF)
            case .success(let v): i = v
            }
            var list: [Value] = []
            if let existing = data[ks] {
                guard case .list(let l) = existing else {
                    throw StrValsPanic(message: StrVals.conversionPanic(existing, want: "[]interface {}"))
                }
                list = l.items
            }
            let (out, err) = try listItem(list, i, level)
            set(data, ks, .list(GoList(out)))
            return err
        }
    }

    private mutating func keyIndex() -> Result<Int, ParseError> {
        let (v, _, eof) = sc.runesUntil(indexStops, escapes: Self.escapes)
        if eof { return .failure(.eof) }
        return StrVals.atoi(String(v))
    }

    private mutating func listItem(_ list: [Value], _ i: Int, _ level: Int) throws -> ([Value], ParseError?) {
        if i < 0 { return (list, ParseError("negative \(i) index not allowed")) }
        let (k, last, eof) = sc.runesUntil(listItemStops, escapes: Self.escapes)
        if !k.isEmpty {
            return (list, ParseError("unexpected data at end of array index: \(StrVals.quoteRunes(k))"))
        }
        if eof { return (list, .eof) }
        switch last {
        case "="?:
            return assignListItem(list, i)
        case "["?:
            let nextI: Int
            switch keyIndex() {
            case .failure(let e): return (list, ParseError("error parsing index: \(e.message)", wrapsEOF: e.wrapsEOF))
            case .success(let v): nextI = v
            }
            var current: [Value] = []
            if list.count > i, !list[i].isNull {
                guard case .list(let l) = list[i] else {
                    throw StrValsPanic(message: StrVals.conversionPanic(list[i], want: "[]interface {}"))
                }
                current = l.items
            }
            let (list2, err) = try listItem(current, nextI, level)
            if let err = err { return (list, err) }
            return setIndex(list, i, .list(GoList(list2)))
        default:  // "."
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
}
