import Testing
@testable import ChartModel
import TemplateEngine

struct KeySuggesterTests {
    static let values = GoMap([
        "ingress": .map(GoMap(["hosts": .list([]), "enabled": .bool(true), "tls": .list([])])),
        "image": .map(GoMap(["repository": .string("x"), "tag": .string("1")])),
        "replicaCount": .int(1),
    ])

    @Test(arguments: [
        ("ingress.host", "ingress.hosts"),
        ("ingres.hosts", "ingress.hosts"),
        ("imag.repo", "image"),
        ("image.repositry", "image.repository"),
        ("replicacount", "replicaCount"),
        ("resources", nil),
        ("replicaCount.x", nil),
    ] as [(String, String?)])
    func suggests(_ missing: String, _ expected: String?) {
        #expect(KeySuggester.suggest(missing: missing, in: Self.values) == expected)
    }

    @Test func editDistance() {
        #expect(KeySuggester.editDistance("kitten", "sitting") == 3)
        #expect(KeySuggester.editDistance("", "abc") == 3)
        #expect(KeySuggester.editDistance("héllo", "hello") == 1)
        #expect(KeySuggester.editDistance("tga", "tag") == 1)
    }
}
