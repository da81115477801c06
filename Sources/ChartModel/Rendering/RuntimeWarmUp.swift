import TemplateEngine

/// A small render of its own that the parse worker runs while the process
/// starts (flags, chart loading), so that the Swift runtime's one-time work is
/// done before a render needs it: type metadata for each generic type first
/// used, protocol conformance lookups (a scan of the whole executable),
/// lazily built tables, first touches of code pages. Go does this work when
/// the program is linked and initialised. The warm-up goes through the same
/// steps as `render template` (chart assembly, values, dependencies, schema,
/// templates, sorting, output) on a chart of its own held in memory; what it
/// shares with a real render is immutable once built (the function table)
/// or locked (the regexp, semver and time-zone caches). It stops between
/// steps, and between templates, as soon as `shouldStop` says real work
/// came, and returns the output it printed (nil when it stopped early or
/// failed).
enum RuntimeWarmUp {
    @discardableResult
    static func run(shouldStop: @escaping () -> Bool) -> String? {
        do {
            _ = HelmFunctionTable.shared
            if shouldStop() { return nil }
            let chart = try ChartFileAssembler.assemble(files.map { ChartFile(name: $0.0, data: Array($0.1.utf8)) })
            try ChartInstallChecks.checkDependencies(chart)
            if shouldStop() { return nil }
            let user = try YAMLDecoder.loadValues(Array(userValues.utf8))
            var warnings: [String] = []
            let values = try ReleaseValues.prepare(chart: chart, userValues: user, skipSchemaValidation: false,
                                                   warnings: &warnings, stopRequested: shouldStop)
            if shouldStop() { return nil }
            let rendered = try TemplateRenderer.render(chart: chart, values: values, release: ReleaseOptions(name: "warm"),
                                                       capabilities: Capabilities(), stopRequested: shouldStop)
            if shouldStop() { return nil }
            let sorted = try ReleaseRenderer.sort(rendered.filter { !$0.key.hasSuffix("NOTES.txt") })
            if shouldStop() { return nil }
            let output = try TemplateOutput().produce(chart: chart, rendered: sorted)
            // Last, as it takes long in one step and only some charts need it:
            // the semver constraint grammar (version ranges, `semverCompare`),
            // which a render that needs it prepares before it starts.
            if shouldStop() { return nil }
            SemverConstraint.prepareGrammar()
            if shouldStop() { return nil }
            SemverConstraint.prepareParsing()
            return output
        } catch {
            return nil
        }
    }

    static let userValues = """
        replicas: 2
        containers:
          - name: app
            image: {repository: registry.example.com/app, tag: ""}
            env: {LOG_LEVEL: info, WORKERS: 4, RATIO: 0.5}
            resources:
              limits: {cpu: 500m, memory: 1Gi, nvidia.com/gpu: 1}
              requests: {cpu: 0.25}
        """

    static let files: [(String, String)] = [
        ("Chart.yaml", """
            apiVersion: v2
            name: warm
            version: 0.1.0
            appVersion: "1.0"
            kubeVersion: ">=1.19.0-0"
            dependencies:
              - name: sub
                version: 0.1.0
                condition: sub.enabled
              - name: sub
                alias: other
                version: 0.1.0
                condition: other.enabled
            """),
        ("values.yaml", """
            replicas: 1
            nameOverride: ""
            nodeSelector: {kubernetes.io/os: linux, gpu: "true"}
            containers: []
            tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]
            ingress: {enabled: true, hosts: [a.example.com], tls: null}
            persistence: {data: {mountPath: /data, existingClaim: null}}
            global: {registry: registry.example.com}
            sub: {enabled: true, port: 80}
            other: {enabled: false}
            """),
        ("values.schema.json", """
            {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
             "properties": {"replicas": {"type": "integer", "minimum": 0},
                            "nameOverride": {"type": "string", "pattern": "^[a-z0-9-]*$", "maxLength": 63},
                            "ingress": {"type": "object", "properties": {"enabled": {"enum": [true, false]}}},
                            "containers": {"type": "array", "items": {"type": "object", "required": ["name"]}}}}
            """),
        ("files/app.conf", "level = info\n"),
        ("templates/_helpers.tpl", """
            {{- define "warm.name" -}}
            {{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
            {{- end -}}
            {{- define "warm.fullname" -}}
            {{- $name := default .Chart.Name .Values.nameOverride -}}
            {{- if contains $name .Release.Name -}}
            {{- .Release.Name | trunc 63 | trimSuffix "-" -}}
            {{- else -}}
            {{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
            {{- end -}}
            {{- end -}}
            {{- define "warm.labels" -}}
            helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
            app.kubernetes.io/name: {{ include "warm.name" . }}
            {{- if .Chart.AppVersion }}
            app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
            {{- end }}
            {{- end -}}
            """),
        ("templates/configmap.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ include "warm.fullname" . }}
            data:
              {{- (.Files.Glob "files/*").AsConfig | nindent 2 }}
              raw: {{ .Files.Get "files/app.conf" | b64enc | quote }}
            """),
        ("templates/deployment.yaml", """
            apiVersion: {{ if .Capabilities.APIVersions.Has "apps/v1" }}apps/v1{{ else }}v1{{ end }}
            kind: Deployment
            metadata:
              name: {{ include "warm.fullname" . }}
              labels:
                {{- include "warm.labels" . | nindent 4 }}
              annotations:
                checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
            spec:
              replicas: {{ .Values.replicas }}
              template:
                spec:
                  {{- with .Values.nodeSelector }}
                  nodeSelector:
                    {{- toYaml . | nindent 8 }}
                  {{- end }}
                  containers:
                    {{- range $i, $c := .Values.containers }}
                    - name: {{ $c.name | quote }}
                      image: "{{ $.Values.global.registry }}/{{ $c.image.repository }}:{{ $c.image.tag | default $.Chart.AppVersion }}"
                      {{- if $c.env }}
                      env:
                        {{- range $k, $v := $c.env }}
                        - name: {{ $k | upper }}
                          value: {{ $v | toString | quote }}
                        {{- end }}
                      {{- end }}
                      resources: {{- toYaml $c.resources | nindent 12 }}
                      args: {{ toJson (list "a" 1 2.5 true) }}
                    {{- end }}
                  tolerations: {{- .Values.tolerations | toYaml | nindent 8 }}
            """),
        ("templates/checks.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ include "warm.fullname" . }}-checks
            data:
              {{- $d := dict "a" 1 "b" (list 1 2) }}
              {{- $_ := set $d "c" "x" }}
              extra: |-
                x: {{ tpl "{{ .Values.replicas }}" . | squote }} {{ len $d }} {{ hasKey $d "a" }} {{ empty .Values.nope }}
                y: {{ and true (not false) (eq 1 1) (ne "a" "b") (or 0 1) }} {{ index .Values.containers 0 "name" }}
                z: {{ add1 3 | mul 2 }} {{ 3.5 | float64 }} {{ trim " a " }}
                w: {{ regexReplaceAll "\\\\s+warm-up-[a-z]+" " warm-up-only" "" }} {{ splitList "," "a,b" | join "-" }}
                v: {{ toYaml $d | fromYaml | toJson }} {{ kindIs "map" $d }} {{ keys $d | sortAlpha | join "," }}
                u: {{ required "replicas is required" .Values.replicas }} {{ "a" | indent 2 | trim }} {{ ternary "on" "off" true }} {{ "42" | int | div 84 }} {{ hasSuffix "Gi" "1Gi" }}
                t: {{ trimPrefix "v" "v1" }} {{ concat (list 1) (list 2 2) | uniq | len }} {{ lookup "v1" "Secret" "ns" "n" | len }} {{ randAlphaNum 4 | len }} {{ template "warm.name" . }}
                {{- range .Values.ingress.hosts }}
                host: {{ . | quote }}{{ if $.Values.ingress.tls }}tls{{ end }}
                {{- end }}
            """),
        ("templates/NOTES.txt", "{{ .Release.Name }} installed.\n"),
        ("charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n"),
        ("charts/sub/values.yaml", "port: 8080\nenabled: true\n"),
        ("charts/sub/templates/service.yaml", """
            apiVersion: v1
            kind: Service
            metadata:
              name: {{ .Release.Name }}-{{ .Chart.Name }}
              annotations:
                "helm.sh/hook": pre-install
            spec:
              ports:
                - port: {{ .Values.port }}
                  name: {{ .Values.global.registry | replace "." "-" }}
            """),
    ]
}
