import Testing
@testable import ChartModel
import TemplateEngine

struct FieldPathTests {
    @Test(arguments: [
        ("metadata.labels[helm.sh/chart]", [FieldPath.Component.key("metadata"), .key("labels"), .key("helm.sh/chart")]),
        ("spec.template.metadata.annotations[checksum/config]",
         [.key("spec"), .key("template"), .key("metadata"), .key("annotations"), .key("checksum/config")]),
        ("spec.containers[0].image", [.key("spec"), .key("containers"), .index(0), .key("image")]),
        ("a", [.key("a")]),
        ("[a.b]", [.key("a.b")]),
    ])
    func parses(_ text: String, _ expected: [FieldPath.Component]) throws {
        #expect(try #require(FieldPath(text)).components == expected)
    }

    @Test(arguments: ["", ".", "a..b", "a.", "a[", "a[]", ".a"])
    func rejects(_ text: String) {
        #expect(FieldPath(text) == nil)
    }

    @Test func removesWithoutTouchingTheOriginal() throws {
        let labels = GoMap(["helm.sh/chart": .string("c-1"), "app": .string("x")])
        let doc = Value.map(GoMap(["metadata": .map(GoMap(["labels": .map(labels)]))]))
        let path = try #require(FieldPath("metadata.labels[helm.sh/chart]"))
        let stripped = path.removing(from: doc)
        #expect(stripped.mapValue?["metadata"]?.mapValue?["labels"]?.mapValue?.sortedKeys == ["app"])
        #expect(labels.sortedKeys == ["app", "helm.sh/chart"])
        #expect(FieldPath("spec.x")?.removing(from: doc).mapValue?.sortedKeys == ["metadata"])
    }
}
