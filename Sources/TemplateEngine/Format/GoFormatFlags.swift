/// The flags, width and precision of one `%` directive (Go's `fmtFlags`
/// plus `wid`/`prec`).
struct GoFormatFlags {
    var widPresent = false
    var precPresent = false
    var minus = false
    var plus = false
    var sharp = false
    var space = false
    var zero = false
    /// `%+v`: set instead of `plus` for the `v` verb.
    var plusV = false
    /// `%#v`: set instead of `sharp` for the `v` verb.
    var sharpV = false
    var wid = 0
    var prec = 0
}

/// Width and precision values from the format or from `*` arguments are
/// rejected beyond this magnitude, as Go's `tooLarge` does.
let goFormatMaxWidth = 1_000_000

/// Nesting depth from which the printer checks lists and maps for cycles.
let goFormatCycleCheckDepth = 1000
