import TemplateEngine
import Foundation

/// The hidden `--report-time` and `--repeat N` flags: time the render phase
/// (values in, rendered templates out: values processing and the template
/// engine, as the reference renderer times it), N times, and print the median as
/// `render: render_ms=<float>` on stderr.
struct Timing {
    var enabled = false
    var repeatCount = 1
    var samples: [UInt64] = []
    var error: String?

    /// Removes the timing flags (anywhere before `--`) from the arguments.
    static func take(_ arguments: [String]) -> (Timing, [String]) {
        var timing = Timing()
        var rest: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            i += 1
            if a == "--" {
                rest.append(contentsOf: arguments[(i - 1)...])
                break
            }
            if a == "--report-time" {
                timing.enabled = true
            } else if a == "--repeat" || a.hasPrefix("--repeat=") {
                var value = ""
                if a == "--repeat" {
                    if i < arguments.count {
                        value = arguments[i]
                        i += 1
                    }
                } else {
                    value = String(a.dropFirst("--repeat=".count))
                }
                if let n = Int(value), n >= 1 { timing.repeatCount = n } else {
                    timing.error = "invalid argument \(GoStrconv.quote(value)) for \"--repeat\" flag: must be an integer >= 1"
                }
            } else {
                rest.append(a)
            }
        }
        return (timing, rest)
    }

    mutating func record(_ nanoseconds: UInt64) { samples.append(nanoseconds) }

    func report() {
        guard enabled, !samples.isEmpty else { return }
        let sorted = samples.sorted()
        let mid = sorted.count / 2
        let median = sorted.count % 2 == 1 ? Double(sorted[mid]) : (Double(sorted[mid - 1]) + Double(sorted[mid])) / 2
        StandardStreams.error("render: render_ms=\(Timing.milliseconds(median))\n")
    }

    /// Nanoseconds as milliseconds with three decimals (`%.3f`, without
    /// `String(format:)`, whose first use is slow).
    static func milliseconds(_ nanoseconds: Double) -> String {
        let micro = Int((nanoseconds / 1000).rounded())
        let fraction = String(micro % 1000)
        return "\(micro / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
