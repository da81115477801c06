#!/usr/bin/env python3
"""Record what real Helm computes for values cases: the coalesced `.Values`
(and `.Chart`) of every chart in a case, or Helm's error.

A case (fixtures/values-cases/<family>.jsonl, one JSON object per line):
  {"id": "<family>/<name>", "values": "<values.yaml>", "chart": "<Chart.yaml>",
   "files": {"charts/sub/Chart.yaml": "...", "x.yaml": "..."},
   "inputs": {"<path in the working dir>": "..."}, "stdin": "...", "args": ["--set", "a=1"],
   "binary": {"charts/sub-0.1.0.tgz": "<base64 of the file>"}}
Every chart directory of the case (the top chart `c` and each `charts/<name>`
directory holding a Chart.yaml) gets a template that prints a typed dump of
`.Values` and `.Chart` (see DUMP_TEMPLATE); the oracle renders the chart with
`helm-oracle template demo c ARGS` and the expectations file
fixtures/values-cases/<family>.expected.jsonl holds, per case: id, exit,
`dumps` ({template source path: {"values": dump, "chart": dump}}) and
`error` (Helm's error message: stderr from `Error: ` on, without the prefix and the final newline).

usage: scripts/gen-values-expectations.py [--jobs N] [FAMILY ...]
"""
import argparse
import base64
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "fixtures", "values-cases")
ORACLE = os.path.normpath(os.path.join(ROOT, "..", "shared", "helm-oracle", "helm-oracle"))
DEFAULT_CHART = "apiVersion: v2\nname: c\nversion: 0.1.0\n"

# Typed canonical dump: maps as {"k":v,...}, lists as [v,...], scalars as
# TYPE:JSON. Swift's test helper writes the same format.
DUMP_DEFINE = (
    '{{- define "zzdump" -}}{{- $k := kindOf . -}}'
    '{{- if eq $k "map" -}}{ {{- range $key, $v := . -}}{{ toJson $key }}:{{ include "zzdump" $v }},{{- end -}} }'
    '{{- else if eq $k "slice" -}}[{{- range . -}}{{ include "zzdump" . }},{{- end -}}]'
    '{{- else -}}{{ typeOf . }}:{{ toJson . }}{{- end -}}{{- end -}}'
)
DUMP_TEMPLATE = ('values: |-\n  {{ include "zzdump" .Values }}\nchart: |-\n  {{ include "zzdump" .Chart }}\n'
                 'files: |-\n  {{ $l := list }}{{ range $k, $v := .Files }}{{ $l = append $l $k }}{{ end }}{{ toJson $l }}\n')


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def build(case, workdir):
    chart = os.path.join(workdir, "c")
    write(os.path.join(chart, "Chart.yaml"), case.get("chart", DEFAULT_CHART))
    if "values" in case:
        write(os.path.join(chart, "values.yaml"), case["values"])
    files = case.get("files", {})
    for name, text in files.items():
        write(os.path.join(chart, name), text)
    for name, data in case.get("binary", {}).items():
        path = os.path.join(chart, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
    chart_dirs = [""] + sorted({os.path.dirname(n) for n in files if os.path.basename(n) == "Chart.yaml"})
    write(os.path.join(chart, "templates", "_zzdump.tpl"), DUMP_DEFINE)
    for d in chart_dirs:
        if d:
            write(os.path.join(chart, d, "templates", "zzdump.yaml"), DUMP_TEMPLATE)
    write(os.path.join(chart, "templates", "zzdump.yaml"), DUMP_TEMPLATE)
    for name, text in case.get("inputs", {}).items():
        write(os.path.join(workdir, name), text)


def parse_output(stdout):
    dumps = {}
    source = None
    lines = stdout.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# Source: "):
            source = line[len("# Source: "):]
        elif source and line in ("values: |-", "chart: |-", "files: |-") and i + 1 < len(lines):
            key = line.split(":")[0]
            dumps.setdefault(source, {})[key] = lines[i + 1][2:]
            i += 1
        i += 1
    return dumps


def run(case):
    with tempfile.TemporaryDirectory() as work:
        build(case, work)
        env = dict(os.environ, TZ="UTC")
        p = subprocess.run([ORACLE, "template", "demo", "c"] + case.get("args", []), cwd=work, env=env,
                           input=case.get("stdin", "").encode(), capture_output=True, timeout=120)
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    result = {"id": case["id"], "exit": p.returncode}
    if p.returncode == 0:
        result["dumps"] = parse_output(out)
    else:
        # Helm prints "Error: <message>\n" last; the message may span lines.
        lines = err.split("\n")
        starts = [i for i, l in enumerate(lines) if l.startswith("Error: ")]
        if starts:
            text = "\n".join(lines[starts[0]:])[len("Error: "):]
            result["error"] = text[:-1] if text.endswith("\n") else text
        else:
            result["error"] = err
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("families", nargs="*")
    a = ap.parse_args()
    if not os.access(ORACLE, os.X_OK):
        sys.exit(f"oracle not found at {ORACLE}")
    fams = a.families or sorted(f[:-6] for f in os.listdir(CASES)
                                if f.endswith(".jsonl") and not f.endswith(".expected.jsonl"))
    for fam in fams:
        with open(os.path.join(CASES, fam + ".jsonl"), encoding="utf-8") as f:
            cases = [json.loads(l) for l in f if l.strip()]
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
            results = list(ex.map(run, cases))
        with open(os.path.join(CASES, fam + ".expected.jsonl"), "w", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{fam}: {len(results)} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
