import TemplateEngine

/// A small render of its own that the parse worker runs while the process
/// starts (flags, chart loading), so that the Swift runtime's one-time work is
/// done before a render needs it: type metadata for each generic type first
/// used, protocol conformance lookups (a scan of the whole executable),
/// lazily built tables, first touches of code pages. Go does this work when
/// the program is linked and initialised. The warm-up shares no mutable
/// state with the render: it builds its own function table, values and
/// templates (and uses no date functions, whose zone cache is not locked).
/// It stops between steps as soon as `shouldStop` says real work came.
/// Returns what the template printed (nil when it stopped early).
enum RuntimeWarmUp {
    @discardableResult
    static func run(shouldStop: () -> Bool) -> String? {
        let functions = HelmFunctionTable.make()
        functions.prepareForParsing()
        if shouldStop() { return nil }
        guard let values = try? YAMLDecoder.loadValues(Array(valuesText.utf8)),
              let defaults = try? YAMLDecoder.loadValues(Array(valuesText.utf8)) else { return nil }
        var warnings: [String] = []
        ValueCoalescing.coalesceTables(values, ValueMaps.deepCopy(defaults), prefix: "warm", merge: false,
                                       warnings: &warnings)
        ValueCoalescing.cleanNilValues(values)
        if shouldStop() { return nil }
        let set = TemplateSet(functions: functions)
        do {
            try set.parse(name: "warm/templates/_helpers.tpl", text: helpersText)
            try set.parse(name: templateName, text: templateText)
        } catch {
            return nil
        }
        if shouldStop() { return nil }
        let data = CommonValues.make([
            "Values": .map(CommonValues.typed(values)),
            "Release": .map(ReleaseOptions(name: "warm").releaseMap),
            "Chart": .map(GoMap(["Name": .string("warm"), "Version": .string("0.1.0"), "AppVersion": .string("1.0")])),
            "Capabilities": .object(Capabilities()),
            "Template": .map(CommonValues.make(["Name": .string(templateName), "BasePath": .string("warm/templates")])),
        ])
        set.reuseIncludeOutputs(volatileKey: "Template", in: [data])
        guard let output = try? set.execute(name: templateName, data: .map(data), renderState: RenderState()) else {
            return nil
        }
        if shouldStop() { return nil }
        _ = try? ManifestSorter.sort(files: [templateName: NoValueRemoval.apply(output)])
        return output
    }

    static let templateName = "warm/templates/deployment.yaml"

    static let valuesText = """
        replicas: 2
        nameOverride: ""
        nodeSelector: {kubernetes.io/os: linux, gpu: "true"}
        containers:
          - name: app
            image: {repository: registry.example.com/app, tag: ""}
            env: {LOG_LEVEL: info, WORKERS: 4, RATIO: 0.5}
            resources:
              limits: {cpu: 500m, memory: 1Gi, nvidia.com/gpu: 1}
              requests: {cpu: 0.25}
        tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]
        ingress: {enabled: true, hosts: [a.example.com], tls: null}
        """

    static let helpersText = """
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
        """

    static let templateText = """
        apiVersion: {{ if .Capabilities.APIVersions.Has "apps/v1" }}apps/v1{{ else }}v1{{ end }}
        kind: Deployment
        metadata:
          name: {{ include "warm.fullname" . }}
          labels:
            {{- include "warm.labels" . | nindent 4 }}
          annotations:
            checksum: {{ include "warm.labels" . | sha256sum }}
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
                  image: "{{ $c.image.repository }}:{{ $c.image.tag | default $.Chart.AppVersion }}"
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
          {{- $d := dict "a" 1 "b" (list 1 2) }}
          {{- $_ := set $d "c" "x" }}
          x: {{ tpl "{{ .Values.replicas }}" . | squote }} {{ b64enc "x" }} {{ len $d }} {{ hasKey $d "a" }}
          y: {{ empty .Values.nope }} {{ and true (not false) (eq 1 1) (ne "a" "b") (or 0 1) }} {{ lower "A" }}
          z: {{ index .Values.containers 0 "name" }} {{ add1 3 | mul 2 }} {{ 3.5 | float64 }} {{ trim " a " }}
          w: {{ regexReplaceAll "\\\\s+warm-up-[a-z]+" " warm-up-only" "" }} {{ splitList "," "a,b" | join "-" }}
          v: {{ toYaml $d | fromYaml | toJson }} {{ kindIs "map" $d }} {{ keys $d | sortAlpha | join "," }}
          {{- range .Values.ingress.hosts }}
          host: {{ . | quote }}{{ if $.Values.ingress.tls }}tls{{ end }}
          {{- end }}
        """
}
