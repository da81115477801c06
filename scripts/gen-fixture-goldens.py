#!/usr/bin/env python3
"""Render every case of fixtures/cases.jsonl with real Helm and write its golden.

A case is one JSON object per line (the format of shared/tools/conform.py):
  {"id": "<chart>/<case>", "chart": "charts/<chart>", "release": "demo",
   "args": ["--namespace", "ml", "-f", "cases/<chart>/<case>.yaml", ...]}
Paths are relative to fixtures/, which is the working directory of the oracle
(`helm-oracle template RELEASE CHART ARGS`, TZ=UTC, no HELM_NAMESPACE).

Goldens, in fixtures/golden/<id>.*:
  <id>.yaml    stdout (written when it is not empty)
  <id>.stderr  stderr (written when it is not empty)
  <id>.exit    exit status (written when it is not 0)
Cases whose id contains "random" use generated passwords or certificates, so
their bytes differ between Helm runs. They are rendered RANDOM_RUNS times and get
  <id>.masked.yaml  stdout with every line that differs between the runs cut
                    after its YAML key (or its indentation) and ended by the
                    marker <<random>>; the other lines are exact.
A candidate matches when it has as many lines, equal unmasked lines and masked
lines starting with the kept prefix. conform.py checks these cases more closely
against the live oracle (alphabet and length of the varying parts).

After writing (or checking) it verifies fixtures/parameters.jsonl: for every
documented parameter, the named resource of its case's golden differs from the
same resource in the chart's defaults golden (absent counts as different).

usage: scripts/gen-fixture-goldens.py [--check] [--jobs N] [--only SUBSTR]
  --check  render into a temporary directory and fail on any difference with
           fixtures/golden (missing, extra or changed files).
"""
import argparse
import concurrent.futures
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures")
CASES = os.path.join(FIXTURES, "cases.jsonl")
GOLDEN = os.path.join(FIXTURES, "golden")
ORACLE = os.path.normpath(os.path.join(ROOT, "..", "shared", "helm-oracle", "helm-oracle"))
TIMEOUT_SECONDS = 180


def load_cases():
    cases = []
    seen = set()
    with open(CASES, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            case = json.loads(line)
            if case["id"] in seen:
                raise SystemExit("%s:%d: duplicate id %s" % (CASES, lineno, case["id"]))
            seen.add(case["id"])
            cases.append(case)
    return cases


RANDOM_RUNS = 3
RANDOM_MARKER = "<<random>>"


def is_random(case):
    return "random" in case["id"]


def render(case):
    argv = [ORACLE, "template"]
    if case.get("release") is not None:
        argv.append(case["release"])
    argv.append(case["chart"])
    argv.extend(case.get("args", []))
    env = dict(os.environ, TZ="UTC")
    env.pop("HELM_NAMESPACE", None)
    runs = RANDOM_RUNS if is_random(case) else 1
    results = []
    for _ in range(runs):
        proc = subprocess.run(argv, cwd=FIXTURES, env=env, capture_output=True,
                              timeout=TIMEOUT_SECONDS)
        results.append((proc.returncode, proc.stdout, proc.stderr))
    return results


def stable_prefix(line):
    """The part of a varying line that does not vary: up to its YAML key's
    `: ` (a mapping line), else its indentation."""
    body = line.lstrip(" ")
    indent = line[:len(line) - len(body)]
    if body.startswith("- "):
        indent += "- "
        body = body[2:]
    key_end = body.find(": ")
    return indent + (body[:key_end + 2] if key_end >= 0 else "")


def masked_output(case_id, stdouts):
    runs = [out.decode("utf-8", "replace").split("\n") for out in stdouts]
    if len({len(r) for r in runs}) != 1:
        raise SystemExit("%s: line counts differ between Helm runs; cannot mask" % case_id)
    lines = []
    for variants in zip(*runs):
        if len(set(variants)) == 1:
            lines.append(variants[0])
        else:
            prefixes = {stable_prefix(v) for v in variants}
            if len(prefixes) != 1:
                raise SystemExit("%s: varying line with varying key: %r" % (case_id, variants))
            lines.append(prefixes.pop() + RANDOM_MARKER)
    return "\n".join(lines)


def document_identities(stdout):
    """Kind/metadata.name of each document of Helm's output, read from its
    top-level `kind:` line and the `  name:` line directly under `metadata:`
    (the same reading Tests/RenderTests uses)."""
    out = []
    for doc in stdout.decode("utf-8").split("\n---\n"):
        kind, name, in_meta = "", "", False
        for line in doc.split("\n"):
            if line.startswith("kind:"):
                kind = line[5:].strip().strip('"')
            elif line.startswith("metadata:"):
                in_meta = True
            elif in_meta and line.startswith("  name:"):
                name = line[7:].strip().strip('"')
                in_meta = False
            elif line[:1] not in ("", " ", "#"):
                in_meta = False
        if kind:
            out.append("%s/%s" % (kind, name))
    return "".join(line + "\n" for line in out)


def write_golden(case, results, into):
    status, stdout, stderr = results[0]
    base = os.path.join(into, case["id"])
    os.makedirs(os.path.dirname(base), exist_ok=True)
    if is_random(case):
        for run_status, _, run_stderr in results:
            if run_status != 0:
                raise SystemExit("%s: a random case must render (exit %d):\n%s"
                                 % (case["id"], run_status, run_stderr.decode("utf-8", "replace")))
        with open(base + ".masked.yaml", "w", encoding="utf-8", newline="") as f:
            f.write(masked_output(case["id"], [out for _, out, _ in results]))
        return
    if stdout:
        with open(base + ".yaml", "wb") as f:
            f.write(stdout)
    if stderr:
        with open(base + ".stderr", "wb") as f:
            f.write(stderr)
    if status != 0:
        with open(base + ".exit", "w", encoding="utf-8") as f:
            f.write("%d\n" % status)


def generate(cases, into, jobs):
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(render, cases))
    for case, result in zip(cases, results):
        write_golden(case, result, into)


def split_documents(text):
    """{"Kind/name": document text} of a golden's documents."""
    docs = {}
    for doc in text.split("\n---\n"):
        ident = document_identities(("\n" + doc + "\n").encode("utf-8")).strip()
        if ident:
            docs[ident] = doc.strip("\n")
    return docs


def check_catalogue(golden_dir):
    path = os.path.join(FIXTURES, "parameters.jsonl")
    problems = []
    cache = {}

    def docs(case_id):
        if case_id not in cache:
            try:
                with open(os.path.join(golden_dir, case_id + ".yaml"), encoding="utf-8") as f:
                    cache[case_id] = split_documents(f.read())
            except FileNotFoundError:
                cache[case_id] = None
        return cache[case_id]

    count = 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            count += 1
            case_docs = docs(entry["case"])
            default_docs = docs(entry["chart"] + "/defaults")
            where = "%s:%d %s" % (os.path.basename(path), lineno, entry["parameter"])
            if case_docs is None or default_docs is None:
                problems.append("%s: no golden for %s or its defaults" % (where, entry["case"]))
                continue
            res = entry["resource"]
            if res not in case_docs and res not in default_docs:
                problems.append("%s: %s in neither golden" % (where, res))
            elif case_docs.get(res) == default_docs.get(res):
                problems.append("%s: %s unchanged by %s" % (where, res, entry["case"]))
    for line in problems:
        print("catalogue: " + line)
    print("%d catalogue entries, %d problems" % (count, len(problems)))
    return len(problems)


GOLDEN_SUFFIXES = (".masked.yaml", ".yaml", ".stderr", ".exit")


def golden_case_id(path):
    for suffix in GOLDEN_SUFFIXES:
        if path.endswith(suffix):
            return path[:-len(suffix)]
    return path


def tree_files(top):
    files = set()
    for dirpath, _, names in os.walk(top):
        for name in names:
            files.add(os.path.relpath(os.path.join(dirpath, name), top))
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None, help="only cases whose id contains this")
    args = ap.parse_args()
    if not os.path.exists(ORACLE):
        raise SystemExit("helm-oracle not found at %s" % ORACLE)
    cases = load_cases()
    if args.only:
        cases = [c for c in cases if args.only in c["id"]]
    with tempfile.TemporaryDirectory(prefix="fixture-goldens-") as tmp:
        generate(cases, tmp, args.jobs)
        ids = {c["id"] for c in cases}
        produced = tree_files(tmp)
        existing = {p for p in tree_files(GOLDEN) if golden_case_id(p) in ids} \
            if os.path.isdir(GOLDEN) else set()
        if not args.only:
            existing = tree_files(GOLDEN) if os.path.isdir(GOLDEN) else set()
        if args.check:
            problems = []
            for p in sorted(produced - existing):
                problems.append("missing golden: " + p)
            for p in sorted(existing - produced):
                problems.append("stale golden: " + p)
            for p in sorted(produced & existing):
                if not filecmp.cmp(os.path.join(tmp, p), os.path.join(GOLDEN, p), shallow=False):
                    problems.append("changed: " + p)
            for line in problems:
                print(line)
            print("%d cases, %d golden files, %d problems" % (len(cases), len(produced), len(problems)))
            bad = check_catalogue(GOLDEN)
            return 1 if problems or bad else 0
        for p in sorted(existing - produced):
            os.remove(os.path.join(GOLDEN, p))
        for p in sorted(produced):
            dst = os.path.join(GOLDEN, p)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(tmp, p), dst)
        print("%d cases, %d golden files written" % (len(cases), len(produced)))
    return 1 if check_catalogue(GOLDEN) else 0


if __name__ == "__main__":
    sys.exit(main())
