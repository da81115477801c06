import Testing

/// The golden reader the fixture tests rely on: documents of Helm's output by `Kind/metadata.name`.
@Suite struct FixtureDocumentsTests {
    static let output = """
    ---
    # Source: c/templates/a.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: demo-config
      labels:
        name: not-this-one
    data:
      kind: not-a-kind
    ---
    # Source: c/templates/b.yaml
    apiVersion: v1
    kind: "Secret"
    metadata:
      labels:
        a: b
      name: "demo-secret"
      namespace: ml
    ---
    # Source: c/templates/c.yaml
    # only a comment

    """

    @Test func identitiesInOrderSkippingDocumentsWithoutKind() {
        #expect(FixtureDocuments.identities(Self.output) == ["ConfigMap/demo-config", "Secret/demo-secret"])
    }

    @Test func documentsByIdentityHoldTheirText() throws {
        let docs = FixtureDocuments.byIdentity(Self.output)
        #expect(docs.keys.sorted() == ["ConfigMap/demo-config", "Secret/demo-secret"])
        let secret = try #require(docs["Secret/demo-secret"])
        #expect(secret.hasPrefix("# Source: c/templates/b.yaml\n"))
        #expect(secret.hasSuffix("namespace: ml"))
    }

    @Test(arguments: [
        ("kind: Deployment\nmetadata:\n  name: web", "Deployment/web"),
        ("kind: Namespace\nmetadata:\n  labels: {}\nspec:\n  name: x", "Namespace/"),
        ("apiVersion: v1\nmetadata:\n  name: nokind", nil),
    ] as [(String, String?)])
    func identityOfOneDocument(_ document: String, _ expected: String?) {
        #expect(FixtureDocuments.identity(of: document) == expected)
    }
}
