import Foundation
import TemplateEngine

/// Helm's `sanitizeString`: spaces of any kind become ' ', characters that
/// are not printable are dropped.
func sanitizeChartString(_ s: String) -> String {
    var needs = false
    for u in s.unicodeScalars where u.value < 0x20 || u.value >= 0x7F {
        needs = true
        break
    }
    if !needs { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
        if GoWhitespace.isSpace(u) {
            out.append(" ")
        } else if GoIsPrint.isPrint(u.value) {
            out.append(u)
        }
    }
    return String(out)
}
