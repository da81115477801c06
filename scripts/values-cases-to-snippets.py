#!/usr/bin/env python3
"""Turn the values cases (fixtures/values-cases/<family>.jsonl) into
snippet-golden cases for the end-to-end harness: every chart of a case
prints its `.Values` with `%v` and `toJson`, and its `.Chart.Name`.

  strvals -> fixtures/snippets/set-grammar.jsonl
  values  -> fixtures/snippets/values-coalesce.jsonl
  deps    -> fixtures/snippets/deps-processing.jsonl
  schema  -> fixtures/snippets/values-schema.jsonl
  loader  -> fixtures/snippets/chart-loading.jsonl

Cases that need standard input or binary files are skipped (the harness
has neither).
usage: scripts/values-cases-to-snippets.py   (then scripts/gen-snippet-goldens.py FAMILY)
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAP = {"strvals": "set-grammar", "values": "values-coalesce", "deps": "deps-processing",
       "schema": "values-schema", "loader": "chart-loading"}
TEMPLATE = ("chart: {{ .Chart.Name }}\nvalues: |-\n  {{ .Values }}\n"
            "json: |-\n  {{ toJson .Values }}\n")


def convert(case, family):
    if "stdin" in case or "binary" in case:
        return None
    out = {"id": family + "/" + case["id"].split("/", 1)[1], "template": TEMPLATE}
    for k in ("values", "chart", "inputs", "args"):
        if k in case:
            out[k] = case[k]
    files = dict(case.get("files", {}))
    for name in list(files):
        if os.path.basename(name) == "Chart.yaml":
            files[os.path.join(os.path.dirname(name), "templates", "t.yaml")] = TEMPLATE
    if files:
        out["files"] = files
    return out


def main():
    for src, dst in MAP.items():
        with open(os.path.join(ROOT, "fixtures", "values-cases", src + ".jsonl"), encoding="utf-8") as f:
            cases = [json.loads(l) for l in f if l.strip()]
        out = [c for c in (convert(c, dst) for c in cases) if c]
        with open(os.path.join(ROOT, "fixtures", "snippets", dst + ".jsonl"), "w", encoding="utf-8") as f:
            for c in out:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(dst, len(out))


if __name__ == "__main__":
    main()
