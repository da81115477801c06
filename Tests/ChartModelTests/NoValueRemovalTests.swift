import Foundation
import Testing
@testable import ChartModel

/// `<no value>` removal (Go's `strings.ReplaceAll(s, "<no value>", "")`),
/// which jumps from one `<` to the next: every case against a plain
/// replacement.
@Suite struct NoValueRemovalTests {
    @Test(arguments: [
        "", "<", "<no value>", "<no value><no value>", "<<no value>>", "a<no value", "<no valu<no value>e>",
        "x: <no value>\ny: 1", "<no value>tail", "head<no value>", "<<<<", "é<no value>ü", "<no value>é",
        String(repeating: "a<b", count: 100) + "<no value>",
    ])
    func matchesReplaceAll(_ text: String) {
        #expect(NoValueRemoval.apply(text) == text.replacingOccurrences(of: "<no value>", with: ""))
    }
}
