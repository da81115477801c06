/// Go slice and map values with the static types Sprig's functions return.
enum GoValues {
    static func strings(_ items: [String]) -> Value { .list(GoList.strings(items)) }

    static func ints(_ items: [Int]) -> Value {
        .list(GoList(items.map { .int(Int64($0), .int) }, typeName: "[]int", elementTypeName: "int"))
    }

    static func interfaces(_ items: [Value]) -> Value { .list(GoList(items)) }

    static func stringMap(_ storage: [String: String]) -> Value {
        .map(GoMap(storage.mapValues { .string($0) }, typeName: "map[string]string", elementTypeName: "string"))
    }

    /// The runtime panic text of `s[a:b]` out of range, as Go prints it.
    static func sliceBoundsMessage(start: Int?, end: Int?, length: Int) -> String {
        switch (start, end) {
        case (nil, let e?):
            return e < 0 ? "runtime error: slice bounds out of range [:\(e)]"
                : "runtime error: slice bounds out of range [:\(e)] with length \(length)"
        case (let s?, nil):
            return s < 0 ? "runtime error: slice bounds out of range [\(s):]"
                : "runtime error: slice bounds out of range [\(s):\(length)]"
        case (let s?, let e?):
            if e < 0 { return "runtime error: slice bounds out of range [:\(e)]" }
            if e > length { return "runtime error: slice bounds out of range [:\(e)] with length \(length)" }
            if s < 0 { return "runtime error: slice bounds out of range [\(s):]" }
            return "runtime error: slice bounds out of range [\(s):\(e)]"
        default:
            return "runtime error: slice bounds out of range"
        }
    }
}
