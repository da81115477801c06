import Foundation
import Testing

/// Strict mode lets templates probe optional keys (`if`, `with`, `and`/`or`/
/// `not` there, `default`); any other use of a missing key fails.
struct StrictProbeTests {
    struct Case: CustomStringConvertible, Sendable {
        var snippet: String
        /// nil: fails with a missing-key error.
        var output: String?
        var description: String { snippet }
    }

    static let cases: [Case] = [
        Case(snippet: "{{ if .Values.x }}yes{{ else }}no{{ end }}", output: "no"),
        Case(snippet: "{{ with .Values.x }}yes{{ else }}no{{ end }}", output: "no"),
        Case(snippet: "{{ if and .Values.x .Values.y }}yes{{ else }}no{{ end }}", output: "no"),
        Case(snippet: "{{ if or .Values.x .Values.set }}yes{{ end }}", output: "yes"),
        Case(snippet: "{{ if not .Values.x }}absent{{ end }}", output: "absent"),
        Case(snippet: "{{ .Values.x | default 3 }}", output: "3"),
        Case(snippet: "{{ default \"d\" .Values.x }}", output: "d"),
        Case(snippet: "{{ .Values.x | default .Values.set }}", output: "1"),
        Case(snippet: "{{ if .Values.set }}{{ .Values.x }}{{ end }}"),
        Case(snippet: "{{ if eq .Values.x 1 }}yes{{ end }}"),
        Case(snippet: "{{ .Values.x | quote }}"),
        Case(snippet: "{{ $v := .Values.x }}{{ $v }}"),
        Case(snippet: "{{ if .Values.x | quote }}yes{{ end }}"),
    ]

    @Test(arguments: cases)
    func probe(_ c: Case) throws {
        let chart = try TestChart([
            "values.yaml": "set: 1\n",
            "templates/t.yaml": "out: |-\n  " + c.snippet + "\n",
        ])
        defer { chart.remove() }
        let result = try chart.run(["template", "demo", "c", "--strict"])
        if let output = c.output {
            #expect(result.status == 0)
            #expect(result.stdout == "---\n# Source: c/templates/t.yaml\nout: |-\n  \(output)\n")
        } else {
            #expect(result.status == 1)
            #expect(result.stderr.contains(".Values.x is not set"))
        }
    }
}
