#!/usr/bin/env python3
"""Run the fixture cases (fixtures/cases.jsonl) through the built `render` and
compare with their goldens, as Tests/RenderTests/FixtureConformanceTests.swift
does, without rebuilding the test bundle. Prints one FAIL line per failing case
(with the first differing line), the ratchet's verdict against
fixtures/known-failures.txt, and a summary.

usage: scripts/fixture-status.py [--bin PATH] [--diff] [--failing-ids] [--only SUBSTR]
  --failing-ids  print only the ids of failing cases (the known-failures list)
"""
import argparse
import difflib
import importlib.util
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures")

spec = importlib.util.spec_from_file_location("gen", os.path.join(ROOT, "scripts", "gen-fixture-goldens.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except FileNotFoundError:
        return None


def golden(case):
    base = os.path.join(gen.GOLDEN, case["id"])
    if gen.is_random(case):
        masked = read(base + ".masked.yaml")
        return None if masked is None else ("masked", masked)
    stdout, stderr, exit_text = read(base + ".yaml"), read(base + ".stderr"), read(base + ".exit")
    if stdout is None and stderr is None and exit_text is None:
        return None
    return ("output", int(exit_text or "0"), stdout or "", stderr or "")


def run(binary, case):
    argv = [binary, "template"] + ([case["release"]] if case.get("release") is not None else [])
    argv += [case["chart"]] + case.get("args", [])
    env = dict(os.environ, TZ="UTC", NO_COLOR="1")
    env.pop("HELM_NAMESPACE", None)
    proc = subprocess.run(argv, cwd=FIXTURES, env=env, capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def first_difference(actual, expected):
    for a, e in zip(actual.splitlines(), expected.splitlines()):
        if a != e:
            return "expected %r, got %r" % (e, a)
    return "lengths differ (%d vs %d lines)" % (len(expected.splitlines()), len(actual.splitlines()))


def mismatch(result, want, show_diff):
    status, stdout, stderr = result
    if want[0] == "masked":
        if status != 0:
            return "exit %d: %s" % (status, stderr.strip().splitlines()[0] if stderr.strip() else "")
        got, exp = stdout.split("\n"), want[1].split("\n")
        if len(got) != len(exp):
            return "%d lines instead of %d" % (len(got), len(exp))
        for n, (line, w) in enumerate(zip(got, exp), 1):
            ok = line.startswith(w[:-len(gen.RANDOM_MARKER)]) if w.endswith(gen.RANDOM_MARKER) else line == w
            if not ok:
                return "line %d: expected %r, got %r" % (n, w, line)
        return None
    _, exit_code, want_out, want_err = want
    if (status == 0) != (exit_code == 0):
        return "exit %d, Helm's %d: %s" % (status, exit_code, stderr.strip().splitlines()[0] if stderr.strip() else "")
    for name, got, exp in (("stdout", stdout, want_out), ("stderr", stderr, want_err)):
        if got != exp:
            text = "%s: %s" % (name, first_difference(got, exp))
            if show_diff:
                text += "\n" + "".join(difflib.unified_diff(exp.splitlines(True), got.splitlines(True),
                                                            "helm", "render", n=2))
            return text
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "render"))
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--failing-ids", action="store_true")
    ap.add_argument("--only", default=None)
    args = ap.parse_args()
    known = set()
    known_path = os.path.join(FIXTURES, "known-failures.txt")
    if os.path.exists(known_path):
        with open(known_path, encoding="utf-8") as f:
            known = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    failing, passing_listed, failing_unlisted, passed = [], [], [], 0
    for case in gen.load_cases():
        if args.only and args.only not in case["id"]:
            continue
        want = golden(case)
        if want is None:
            print("NO GOLDEN %s" % case["id"])
            continue
        why = mismatch(run(args.bin, case), want, args.diff)
        if why is None:
            passed += 1
            if case["id"] in known:
                passing_listed.append(case["id"])
            continue
        failing.append(case["id"])
        if case["id"] not in known:
            failing_unlisted.append(case["id"])
        if not args.failing_ids:
            print("FAIL %s: %s" % (case["id"], why))
    if args.failing_ids:
        print("\n".join(failing))
        return 0
    for cid in passing_listed:
        print("PASSES NOW (remove from known-failures.txt): %s" % cid)
    for cid in failing_unlisted:
        print("REGRESSION (not in known-failures.txt): %s" % cid)
    print("%d passed, %d failed" % (passed, len(failing)))
    return 1 if passing_listed or failing_unlisted else 0


if __name__ == "__main__":
    sys.exit(main())
