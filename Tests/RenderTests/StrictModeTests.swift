import Foundation
import Testing

/// `render template --strict`: a missing key fails with its position and,
/// for `.Values` paths, the closest existing key.
struct StrictModeTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var template: String
        var values = "ingress:\n  hosts: [a]\n  enabled: true\nimage:\n  tag: v1\n"
        var extraFiles: [String: String] = [:]
        var args: [String] = []
        /// nil: the render succeeds.
        var stderr: String?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "values key with a suggestion",
             template: "a: 1\nb: {{ .Values.ingress.host }}\n",
             stderr: "Error: c/templates/t.yaml:2:13: .Values.ingress.host is not set (did you mean .Values.ingress.hosts?)\n"),
        Case(name: "missing parent key is reported, not its child",
             template: "b: {{ .Values.imag.tag }}\n",
             stderr: "Error: c/templates/t.yaml:1:13: .Values.imag is not set (did you mean .Values.image?)\n"),
        Case(name: "no suggestion when nothing is close",
             template: "b: {{ .Values.zzzzzzzz }}\n",
             stderr: "Error: c/templates/t.yaml:1:13: .Values.zzzzzzzz is not set\n"),
        Case(name: "root-relative $.Values",
             template: "{{ range list 1 }}b: {{ $.Values.image.tags }}{{ end }}\n",
             stderr: "Error: c/templates/t.yaml:1:25: .Values.image.tags is not set (did you mean .Values.image.tag?)\n"),
        Case(name: "other maps keep Go's words",
             template: "b: {{ .Chart.Nme }}\n",
             stderr: "Error: c/templates/t.yaml:1:12: <.Chart.Nme>: map has no entry for key \"Nme\"\n"),
        Case(name: "inside an include the inner position is reported",
             template: "b: {{ include \"c.x\" . }}\n",
             extraFiles: ["templates/_h.tpl": "{{ define \"c.x\" }}\n{{- .Values.image.tga }}{{ end }}\n"],
             stderr: "Error: c/templates/_h.tpl:2:11: .Values.image.tga is not set (did you mean .Values.image.tag?)\n"),
        Case(name: "inside tpl",
             template: "b: {{ tpl \"{{ .Values.imag }}\" . }}\n",
             stderr: "Error: gotpl:1:10: .Values.imag is not set (did you mean .Values.image?)\n"),
        Case(name: "values set on the command line count",
             template: "b: {{ .Values.extra }}\n", args: ["--set", "extra=1"]),
        Case(name: "existing keys render as usual",
             template: "b: {{ .Values.image.tag }}\n"),
        Case(name: "a missing key given to required fails before required runs",
             template: "b: {{ required \"need x\" .Values.image.x }}\n",
             stderr: "Error: c/templates/t.yaml:1:31: .Values.image.x is not set\n"),
    ]

    @Test(arguments: cases)
    func strictRender(_ c: Case) throws {
        var files = c.extraFiles
        files["templates/t.yaml"] = c.template
        files["values.yaml"] = c.values
        let chart = try TestChart(files)
        defer { chart.remove() }
        let result = try chart.run(["template", "demo", "c", "--strict"] + c.args)
        if let stderr = c.stderr {
            #expect(result.status == 1)
            #expect(result.stderr == stderr)
            #expect(result.stdout == "")
        } else {
            #expect(result.status == 0)
            #expect(result.stderr == "")
        }
    }

    @Test func withoutStrictMissingKeysRenderEmpty() throws {
        let chart = try TestChart(["templates/t.yaml": "b: {{ .Values.nope }}\n"])
        defer { chart.remove() }
        let result = try chart.run(["template", "demo", "c"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("---\n# Source: c/templates/t.yaml\nb:"))
    }

    @Test func subchartValuesAreTheSubchartsOwn() throws {
        let chart = try TestChart([
            "templates/t.yaml": "a: 1\n",
            "charts/sub/Chart.yaml": "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
            "charts/sub/values.yaml": "port: 80\n",
            "charts/sub/templates/s.yaml": "p: {{ .Values.prot }}\n",
        ])
        defer { chart.remove() }
        let result = try chart.run(["template", "demo", "c", "--strict"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: c/charts/sub/templates/s.yaml:1:13: .Values.prot is not set (did you mean .Values.port?)\n")
    }
}
