#!/usr/bin/env python3
"""Render the snippet cases of fixtures/snippets/*.jsonl with real Helm and
write their goldens (fixtures/snippets/<family>.golden.jsonl).

A case is one JSON object per line:
  {"id": "<family>/<name>", "snippet": "{{ 1 }}"}            templates/t.yaml = "out: |-\n  " + snippet
  {"id": "...", "template": "<whole templates/t.yaml>"}
optional: "values" (values.yaml text), "chart" (Chart.yaml text),
"files" ({path in chart: text}), "files_b64" ({path in chart: base64 of
binary content}), "inputs" ({path in the working dir: text}),
"args" (extra `helm template` flags).

The chart is built as ./c in a fresh working directory and rendered with
`helm-oracle template demo c ARGS` (TZ=UTC). Goldens hold id, input_sha,
exit, stdout and stderr (the time at the start of Helm's log lines replaced
by `<log time>`). Only cases whose input changed are rendered again,
unless --all. --check renders everything into memory and fails when a
committed golden differs from what the oracle prints now.

usage: scripts/gen-snippet-goldens.py [--check] [--all] [--jobs N] [FAMILY ...]
"""
import argparse
import base64
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIPPETS = os.path.join(ROOT, "fixtures", "snippets")
ORACLE = os.path.normpath(os.path.join(ROOT, "..", "shared", "helm-oracle", "helm-oracle"))
DEFAULT_CHART = "apiVersion: v2\nname: c\nversion: 0.1.0\n"
TIMEOUT_SECONDS = 120
# Helm's log lines (dependency warnings) start with the wall-clock time; a
# golden keeps a fixed stand-in so that it stays comparable run to run.
LOG_TIME = re.compile(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d ", re.M)


def case_sha(case):
    canonical = json.dumps(case, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def build_case_dir(case, workdir):
    chart = os.path.join(workdir, "c")
    write(os.path.join(chart, "Chart.yaml"), case.get("chart", DEFAULT_CHART))
    if "values" in case:
        write(os.path.join(chart, "values.yaml"), case["values"])
    if "template" in case:
        write(os.path.join(chart, "templates", "t.yaml"), case["template"])
    elif "snippet" in case:
        write(os.path.join(chart, "templates", "t.yaml"), "out: |-\n  " + case["snippet"])
    for name, text in case.get("files", {}).items():
        write(os.path.join(chart, name), text)
    for name, data in case.get("files_b64", {}).items():
        path = os.path.join(chart, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
    for name, text in case.get("inputs", {}).items():
        write(os.path.join(workdir, name), text)


def render(case):
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
        build_case_dir(case, workdir)
        env = dict(os.environ, TZ="UTC")
        env.pop("HELM_NAMESPACE", None)
        proc = subprocess.run(
            [ORACLE, "template", "demo", "c", *case.get("args", [])],
            cwd=workdir, env=env, capture_output=True, timeout=TIMEOUT_SECONDS,
        )
    return {
        "id": case["id"],
        "input_sha": case_sha(case),
        "exit": proc.returncode,
        "stdout": proc.stdout.decode("utf-8", errors="replace"),
        "stderr": LOG_TIME.sub("<log time> ", proc.stderr.decode("utf-8", errors="replace")),
    }


def load_jsonl(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{lineno}: {e}")
    return items


def families(selected):
    names = sorted(
        f[: -len(".jsonl")]
        for f in os.listdir(SNIPPETS)
        if f.endswith(".jsonl") and not f.endswith(".golden.jsonl")
    )
    if selected:
        missing = [s for s in selected if s not in names]
        if missing:
            sys.exit(f"no such snippet family: {', '.join(missing)}")
        names = [n for n in names if n in selected]
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("families", nargs="*")
    ap.add_argument("--check", action="store_true", help="fail if a golden differs from the oracle")
    ap.add_argument("--all", action="store_true", help="render every case, not only changed ones")
    ap.add_argument("--jobs", type=int, default=4)
    args = ap.parse_args()
    if not os.access(ORACLE, os.X_OK):
        sys.exit(f"oracle not found at {ORACLE}")

    failures = 0
    total = 0
    for family in families(args.families):
        cases = load_jsonl(os.path.join(SNIPPETS, family + ".jsonl"))
        ids = [c.get("id") for c in cases]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes or None in ids:
            sys.exit(f"{family}: missing or duplicate ids: {sorted(map(str, dupes))}")
        golden_path = os.path.join(SNIPPETS, family + ".golden.jsonl")
        old = {}
        if os.path.exists(golden_path):
            old = {g["id"]: g for g in load_jsonl(golden_path)}
        todo = [c for c in cases if args.check or args.all
                or c["id"] not in old or old[c["id"]].get("input_sha") != case_sha(c)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            fresh = {r["id"]: r for r in pool.map(render, todo)}
        total += len(cases)
        if args.check:
            for c in cases:
                g = old.get(c["id"])
                if g is None or any(g.get(k) != fresh[c["id"]][k] for k in ("input_sha", "exit", "stdout", "stderr")):
                    failures += 1
                    print(f"STALE {c['id']}")
            continue
        out = [fresh.get(c["id"]) or old[c["id"]] for c in cases]
        with open(golden_path, "w", encoding="utf-8", newline="") as f:
            for g in out:
                f.write(json.dumps(g, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{family}: {len(cases)} cases, {len(todo)} rendered")
    if args.check:
        print(f"{total - failures} current, {failures} stale")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
