import Foundation
import Testing
import TemplateEngine
@testable import ChartModel

/// Template names are joined with Go's `path.Join`; already clean parts are
/// joined without the cleaning pass, and must give what cleaning gives.
@Suite struct RenderDataPathTests {
    @Test(arguments: [
        ("c", "templates/a.yaml", "c/templates/a.yaml"),
        ("c/charts/s", "templates/x/b.yaml", "c/charts/s/templates/x/b.yaml"),
        ("c", "templates/../a.yaml", "c/a.yaml"),
        ("c", "./templates//a.yaml", "c/templates/a.yaml"),
        ("c/", "templates/", "c/templates"),
        ("c", "templates/.../a", "c/templates/.../a"),
        ("c", "templates/.hidden", "c/templates/.hidden"),
        ("c/charts/s", "../../x", "c/x"),
    ])
    func joinCleans(_ a: String, _ b: String, _ joined: String) {
        #expect(RenderData.cleanJoin(a, b) == joined)
    }
}

/// A file that holds neither `define` nor `block` can only add its own
/// template, so the render may add it to the set when first needed; the
/// check must never miss a definition.
@Suite struct TemplateDefinitionScanTests {
    @Test(arguments: [
        ("{{ define \"x\" }}{{ end }}", true),
        ("{{- block \"x\" . }}{{ end }}", true),
        ("{{define\"x\"}}{{end}}", true),
        ("text that says undefined", true),
        ("kind: ConfigMap\n{{ .Values.a }}", false),
        ("", false),
        ("defin", false),
        ("bloc", false),
        ("{{ blocks }}", true),
    ])
    func scan(_ text: String, _ mayDefine: Bool) {
        #expect(TemplateParseAhead.mayDefineTemplates(Array(text.utf8)) == mayDefine)
    }
}

/// The parse-ahead lists templates before dependency processing; every
/// template a render of a fixture chart asks for must be among them (else
/// the render parses it on its own thread), aliased subcharts included.
@Suite struct ParseAheadNamesTests {
    static let chartsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/charts")

    @Test(arguments: ["polyaxon", "hydrosphere", "howso-platform", "dsosu-jupyterhub", "doks-ml"])
    func renderNamesWereParsedAhead(_ name: String) throws {
        let chart = try ChartLoader.load(path: Self.chartsDirectory.appendingPathComponent(name).path)
        let listed = Set(RenderData.templateSources(of: chart).keys)
        let values = try ReleaseValues.prepare(chart: chart, userValues: GoMap())
        let used = RenderData.collect(chart: chart, values: values, release: ReleaseOptions(name: "r").releaseMap,
                                      capabilities: Capabilities())
        #expect(!used.isEmpty)
        #expect(Set(used.keys).subtracting(listed).sorted() == [])
    }
}
