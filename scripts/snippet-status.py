#!/usr/bin/env python3
"""Run snippet cases through the built `render` and compare with their goldens
(the same check as Tests/RenderTests/SnippetGoldenTests.swift, without a
rebuild of the test bundle): prints FAIL lines and a summary.

usage: scripts/snippet-status.py [--bin PATH] [--diff] [--failing-ids] [FAMILY ...]
"""
import argparse
import concurrent.futures
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIPPETS = os.path.join(ROOT, "fixtures", "snippets")

spec = importlib.util.spec_from_file_location("gen", os.path.join(ROOT, "scripts", "gen-snippet-goldens.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def run(binary, case):
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
        gen.build_case_dir(case, workdir)
        env = dict(os.environ, TZ="UTC")
        env.pop("HELM_NAMESPACE", None)
        proc = subprocess.run([binary, "template", "demo", "c", *case.get("args", [])],
                              cwd=workdir, env=env, capture_output=True, timeout=120)
    stderr = gen.LOG_TIME.sub("<log time> ", proc.stderr.decode("utf-8", "replace"))
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("families", nargs="*")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "render"))
    ap.add_argument("--diff", action="store_true", help="show expected and actual output of failures")
    ap.add_argument("--failing-ids", action="store_true", help="print only the ids of failing cases")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    passed = failed = 0
    for family in gen.families(args.families):
        goldens = {}
        gpath = os.path.join(SNIPPETS, family + ".golden.jsonl")
        if os.path.exists(gpath):
            goldens = {g["id"]: g for g in gen.load_jsonl(gpath)}
        cases = [c for c in gen.load_jsonl(os.path.join(SNIPPETS, family + ".jsonl")) if c["id"] in goldens]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lambda c: run(args.bin, c), cases))
        for case, (code, out, err) in zip(cases, results):
            g = goldens[case["id"]]
            ok = (code == 0) == (g["exit"] == 0) and out == g["stdout"] and err == g["stderr"]
            if ok:
                passed += 1
                continue
            failed += 1
            if args.failing_ids:
                print(case["id"])
                continue
            print(f"FAIL {case['id']}")
            if args.diff:
                print(f"  expected exit {g['exit']}\n  stdout: {g['stdout']!r}\n  stderr: {g['stderr']!r}")
                print(f"  actual exit {code}\n  stdout: {out!r}\n  stderr: {err!r}")
    if not args.failing_ids:
        print(f"{passed} passed, {failed} failed")


if __name__ == "__main__":
    sys.exit(main())
