import Foundation
import Testing

/// `--explain`: the failing line with a caret and the include chain, after
/// Helm's own message, which stays unchanged without the flag.
struct ExplainTests {
    static let files = [
        "templates/_h.tpl": "{{- define \"c.name\" -}}\n{{ .Values.name | required \"name is required\" }}\n{{- end }}\n{{- define \"c.labels\" -}}\n  name: {{ include \"c.name\" . }}\n{{- end }}\n",
        "templates/t.yaml": "kind: ConfigMap\nmetadata:\n{{ include \"c.labels\" . }}\n",
    ]

    @Test func explainShowsTheLineAndTheChain() throws {
        let chart = try TestChart(Self.files)
        defer { chart.remove() }
        let plain = try chart.run(["template", "demo", "c"])
        let explained = try chart.run(["template", "demo", "c", "--explain"])
        #expect(plain.status == 1)
        #expect(explained.status == 1)
        #expect(explained.stderr.hasPrefix(String(plain.stderr.dropLast()) + "\n\n"))
        let tail = String(explained.stderr.dropFirst(plain.stderr.count + 1))
        #expect(tail == """
            c/templates/_h.tpl:2:18
              2 | {{ .Values.name | required "name is required" }}
                |                   ^
              included from c/templates/_h.tpl:5:11 (include "c.name" .)
              included from c/templates/t.yaml:3:3 (include "c.labels" .)

            """)
    }

    @Test func explainWithStrict() throws {
        let chart = try TestChart([
            "values.yaml": "image:\n  tag: v1\n",
            "templates/t.yaml": "a: 1\nb: {{ .Values.image.tga }}\n",
        ])
        defer { chart.remove() }
        let result = try chart.run(["template", "demo", "c", "--strict", "--explain"])
        #expect(result.status == 1)
        #expect(result.stderr == """
            Error: c/templates/t.yaml:2:13: .Values.image.tga is not set (did you mean .Values.image.tag?)

            c/templates/t.yaml:2:13
              2 | b: {{ .Values.image.tga }}
                |              ^

            """)
    }

    @Test func explainFalseKeepsHelmsText() throws {
        let chart = try TestChart(Self.files)
        defer { chart.remove() }
        let plain = try chart.run(["template", "demo", "c"])
        let off = try chart.run(["template", "demo", "c", "--explain=false"])
        #expect(off.stderr == plain.stderr)
    }
}
