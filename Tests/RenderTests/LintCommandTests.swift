import Foundation
import Testing

/// `render lint` and `--warn-unused`.
struct LintCommandTests {
    struct LintCase: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var status: Int32
        var stdout: String
        var testDescription: String { name }
    }

    static let lintCases: [LintCase] = [
        LintCase(name: "clean chart", files: [
            "values.yaml": "name: x\n",
            "templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n",
        ], status: 0, stdout: "1 document linted, 0 errors, 0 warnings\n"),
        LintCase(name: "documents without identity, unused values", files: [
            "values.yaml": "name: x\nimage:\n  tag: v1\n  pullPolicy: Always\nresources:\n  limits: 1\n",
            "templates/cm.yaml": """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ .Values.name }}
                data:
                  tag: {{ .Values.image.tag }}
                  r: {{ toYaml .Values.resources | quote }}
                ---
                apiVersion: v1
                metadata:
                  labels: {}

                """,
        ], status: 1, stdout: """
            c/templates/cm.yaml:8: error: document has no kind
            c/templates/cm.yaml:8: error: document has no metadata.name
            values: warning: image.pullPolicy is not used by any template
            2 documents linted, 2 errors, 1 warning

            """),
        LintCase(name: "missing key", files: [
            "values.yaml": "name: x\n",
            "templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.nme }}\n",
        ], status: 1, stdout: """
            c/templates/cm.yaml:4: error: .Values.nme is not set (did you mean .Values.name?)
            0 documents linted, 1 error, 0 warnings

            """),
        LintCase(name: "every failing template", files: [
            "values.yaml": "name: x\nimage:\n  tag: v1\n",
            "templates/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.nme }}\n",
            "templates/b.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  t: {{ .Values.image.tga }}\n",
            "templates/c.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n",
            "templates/d.yaml": "{{ if }}\n",
        ], status: 1, stdout: """
            c/templates/a.yaml:4: error: .Values.nme is not set (did you mean .Values.name?)
            c/templates/b.yaml:6: error: .Values.image.tga is not set (did you mean .Values.image.tag?)
            error: parse error at (c/templates/d.yaml:1): missing value for if
            1 document linted, 3 errors, 0 warnings

            """),
    ]

    @Test(arguments: lintCases)
    func lints(_ c: LintCase) throws {
        let chart = try TestChart(c.files)
        defer { chart.remove() }
        let result = try chart.run(["lint", "c"])
        #expect(result.status == c.status)
        #expect(result.stdout == c.stdout)
    }

    @Test(arguments: [
        "s: {{ toJson .Values.web.settings }}",
        "s: {{ toYaml .Values.web.settings | nindent 2 }}",
        "s: {{ toJson (dict \"s\" .Values.web.settings) | quote }}",
        "s: {{ printf \"%v\" .Values.web.settings | quote }}",
    ])
    func mapHandedWholeToAFunctionIsRead(_ use: String) throws {
        let chart = try TestChart([
            "values.yaml": "web:\n  settings:\n    a: 1\n    b: 2\n    nested:\n      c: 3\n  other: 1\n",
            "templates/t.yaml": "a: {{ .Values.web.settings.a }}\n" + use + "\n",
        ])
        defer { chart.remove() }
        let result = try chart.run(["template", "demo", "c", "--warn-unused"])
        #expect(result.status == 0)
        #expect(result.stderr == "Warning: values key web.other is not used by any template\n")
    }

    @Test func warnUnusedWithTemplate() throws {
        let chart = try TestChart([
            "values.yaml": "a: 1\nb:\n  c: 2\n  d: 3\nglobal:\n  x: 1\nsub:\n  p: 1\n",
            "templates/t.yaml": "a: {{ .Values.a }}\nc: {{ .Values.b.c }}\n",
        ])
        defer { chart.remove() }
        let result = try chart.run(["template", "demo", "c", "--warn-unused", "--set", "e=5"])
        #expect(result.status == 0)
        #expect(result.stderr == """
            Warning: values key b.d is not used by any template
            Warning: values key e is not used by any template
            Warning: values key sub is not used by any template

            """)
        let plain = try chart.run(["template", "demo", "c"])
        #expect(plain.stderr == "")
        #expect(plain.stdout == result.stdout)
    }
}
