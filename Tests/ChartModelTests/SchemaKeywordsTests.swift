import Testing
import TemplateEngine
@testable import ChartModel

/// The keyword names are written out by hand; each must be the case's own
/// name (`$ref` for `ref`), and a schema object's keywords must be found by them.
@Suite struct SchemaKeywordsTests {
    @Test func namesMatchTheCases() {
        #expect(SchemaKeywords.Keyword.names.count == SchemaKeywords.Keyword.allCases.count)
        for k in SchemaKeywords.Keyword.allCases {
            let expected = k == .ref ? "$ref" : String(describing: k)
            #expect(k.name == expected)
        }
    }

    @Test func everyKeywordIsRead() {
        var storage: [String: Value] = [:]
        for k in SchemaKeywords.Keyword.allCases { storage[k.name] = .int(k.rawValue) }
        storage["unknownKeyword"] = .bool(true)
        let keywords = SchemaKeywords(GoMap(storage))
        for k in SchemaKeywords.Keyword.allCases {
            guard case .int(let n, _) = keywords[k] else {
                Issue.record("\(k.name) not read")
                continue
            }
            #expect(n == Int64(k.rawValue))
        }
    }
}
