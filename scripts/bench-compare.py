#!/usr/bin/env python3
"""Compares render binaries on the five fixture charts, interleaved.

    scripts/bench-compare.py ROUNDS BIN[|VAR=VALUE,...] BIN[|...] ...

Each round runs every binary once per chart, one after another, so that the
machine's drift (its speed can change by a third within minutes) falls on all
of them alike. Prints, per chart and binary, the median render phase
(`--report-time`) and the median whole-process wall time, then the geometric
mean of those medians per binary. For comparing two builds of `render`; the
ratio against Helm comes from scripts/bench-fixtures.sh.
Copy each binary to a fresh file first: the page-cache placement of the
executable changes the whole-process time by several percent.
"""
import os
import re
import statistics
import subprocess
import sys
import time

CASES = [
    ["charts/polyaxon", "-f", "cases/polyaxon/defaults.yaml"],
    ["charts/hydrosphere"],
    ["charts/dsosu-jupyterhub"],
    ["charts/doks-ml"],
    ["charts/howso-platform"],
]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    variants = sys.argv[2:]
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))
    render = {(v, i): [] for v in variants for i in range(len(CASES))}
    wall = {(v, i): [] for v in variants for i in range(len(CASES))}
    for _ in range(rounds):
        for i, case in enumerate(CASES):
            for v in variants:
                binary, _, settings = v.partition("|")
                env = dict(os.environ, TZ="UTC")
                for kv in filter(None, settings.split(",")):
                    key, _, value = kv.partition("=")
                    env[key] = value
                start = time.perf_counter()
                p = subprocess.run([binary, "template", "demo"] + case + ["--report-time"],
                                   capture_output=True, env=env)
                wall[(v, i)].append((time.perf_counter() - start) * 1000)
                m = re.search(rb"render_ms=([0-9.]+)", p.stderr)
                if p.returncode != 0 or not m:
                    sys.exit("%s failed on %s: %s" % (binary, case[0], p.stderr.decode(errors="replace")[:300]))
                render[(v, i)].append(float(m.group(1)))
    print("%-20s %s | %s" % ("chart", "  ".join("render%d" % k for k in range(len(variants))),
                             "  ".join("wall%d" % k for k in range(len(variants)))))
    for i, case in enumerate(CASES):
        print("%-20s %s | %s" % (case[0].split("/")[1],
                                 "  ".join("%7.3f" % statistics.median(render[(v, i)]) for v in variants),
                                 "  ".join("%5.2f" % statistics.median(wall[(v, i)]) for v in variants)))
    for k, v in enumerate(variants):
        print("%d %-40s render geomean %.3f ms  wall geomean %.2f ms" % (
            k, v,
            statistics.geometric_mean([statistics.median(render[(v, i)]) for i in range(len(CASES))]),
            statistics.geometric_mean([statistics.median(wall[(v, i)]) for i in range(len(CASES))])))


if __name__ == "__main__":
    main()
