/// Go's `strconv.IsPrint` (the same set as `unicode.IsPrint`): letters,
/// marks, numbers, punctuation, symbols and the ASCII space, by Go's
/// Unicode version (`GoPrintableRanges`, generated from real Helm).
public enum GoIsPrint {
    public static func isPrint(_ r: UInt32) -> Bool {
        if r <= 0xFF {
            if r >= 0x20 && r < 0x7F { return true }
            if r >= 0xA1 && r <= 0xFF { return r != 0xAD }
            return false
        }
        // Binary search for the last range starting at or below r.
        let bounds = GoPrintableRanges.bounds
        var low = 0
        var high = bounds.count / 2 - 1
        while low <= high {
            let mid = (low + high) / 2
            if bounds[2 * mid] <= r {
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return high >= 0 && r <= bounds[2 * high + 1]
    }
}
