import Testing
@testable import ChartModel
import TemplateEngine

struct ChartContractTests {
    @Test func subchartsKnowTheirParent() {
        let sub = Chart(metadata: ChartMetadata(name: "sub", version: "1.0.0"))
        let top = Chart(metadata: ChartMetadata(name: "top", version: "0.1.0"), dependencies: [sub])
        #expect(sub.parent === top)
        #expect(top.name == "top")
    }
}
