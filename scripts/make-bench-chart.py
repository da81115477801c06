#!/usr/bin/env python3
"""Writes fixtures/bench/engine: a chart whose one template is ~1,000 lines of
realistic template code (ranges over maps and lists, nested named-template
calls, printf, conditionals), used by scripts/bench-engine.sh."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHART = os.path.join(ROOT, "fixtures", "bench", "engine")

HELPERS = '''{{- define "bench.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .release }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- define "bench.env" -}}
{{- range $k, $v := .env }}
- name: {{ $k }}
  value: {{ printf "%q" (print $v) }}
{{- end }}
{{- end }}
{{- define "bench.resources" -}}
{{- if .resources }}
resources:
  requests:
    cpu: {{ .resources.cpu | print }}
    memory: {{ printf "%s" .resources.memory }}
{{- end }}
{{- end }}
'''

BLOCK = '''---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ printf "%s-%s-@@" $.Release.Name $svc.name }}
  labels:
    {{- include "bench.labels" (dict "name" $svc.name "release" $.Release.Name "component" "c@@") | nindent 4 }}
spec:
  replicas: {{ if $svc.replicas }}{{ $svc.replicas }}{{ else }}1{{ end }}
  template:
    spec:
      {{- with $.Values.nodeSelector }}
      nodeSelector:
        {{- range $k, $v := . }}
        {{ $k }}: {{ $v | quote }}
        {{- end }}
      {{- end }}
      containers:
        {{- range $i, $c := $svc.containers }}
        - name: {{ $c.name }}-{{ $i }}
          image: {{ printf "%s/%s:%s" $.Values.registry $c.image ($c.tag | default $.Values.tag) }}
          {{- if and $c.ports (gt (len $c.ports) 0) }}
          ports:
            {{- range $c.ports }}
            - containerPort: {{ . }}
              protocol: {{ if eq (mod . 2) 0 }}TCP{{ else }}UDP{{ end }}
            {{- end }}
          {{- end }}
          env:
            {{- include "bench.env" $c | indent 12 }}
          {{- include "bench.resources" $c | indent 10 }}
        {{- end }}
'''


def main():
    os.makedirs(os.path.join(CHART, "templates"), exist_ok=True)
    with open(os.path.join(CHART, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: engine\nversion: 0.1.0\n")
    services = []
    for s in range(6):
        containers = []
        for c in range(3):
            containers.append(
                f"      - name: c{c}\n        image: img{s}{c}\n" + ("        tag: v1.2.%d\n" % c if c else "")
                + "        ports: [%d, %d]\n" % (8080 + c, 9090 + c)
                + "        env: {A: \"1\", B: two, C: \"true\", D: x-%d}\n" % c
                + "        resources: {cpu: 100m, memory: 128Mi}\n")
        services.append(f"  - name: svc{s}\n    replicas: {s % 3}\n    containers:\n" + "".join(containers))
    with open(os.path.join(CHART, "values.yaml"), "w") as f:
        f.write("registry: registry.example.com\ntag: latest\nnodeSelector: {gpu: nvidia, zone: a}\n"
                "services:\n" + "".join(services))
    with open(os.path.join(CHART, "templates", "_helpers.tpl"), "w") as f:
        f.write(HELPERS)
    body = []
    n = 0
    while sum(b.count("\n") for b in body) < 1000:
        body.append(BLOCK.replace("@@", str(n)))
        n += 1
    with open(os.path.join(CHART, "templates", "services.yaml"), "w") as f:
        f.write("{{- range $svc := .Values.services }}\n" + "".join(body) + "{{- end }}\n")


if __name__ == "__main__":
    main()
