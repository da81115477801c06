#!/usr/bin/env python3
"""Ask Helm's own YAML code what it says about a manifest whose bytes are not
UTF-8, for Tests/ChartModelTests/ManifestUTF8Tests.swift.

Helm parses every rendered document with sigs.k8s.io/yaml (releaseutil's
SimpleHead), whose reader rejects bytes that are not UTF-8. helm-oracle
cannot show this: its SDK hands rendered text back as JSON, which turns
such bytes into U+FFFD. So this script calls the same Go function of the
oracle's library (helm_values_from_yaml: sigs.k8s.io/yaml.Unmarshal) on
the raw bytes directly.

Input:  fixtures/manifest-utf8/cases.jsonl  {"id": "...", "document_b64": "..."}
Output: fixtures/manifest-utf8/expected.jsonl  each case plus "error" (Go's
message, "" when the document parses).

usage: scripts/gen-manifest-utf8-expectations.py
"""
import base64
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "fixtures", "manifest-utf8")

PROBE = r"""
import base64, json, sys
from helm_python import _native
out = []
for line in sys.stdin:
    case = json.loads(line)
    try:
        _native.call_string("helm_values_from_yaml", base64.b64decode(case["document_b64"]))
        case["error"] = ""
    except Exception as e:
        case["error"] = str(e)
    out.append(case)
for case in out:
    print(json.dumps(case, sort_keys=True))
"""


def oracle_python():
    candidates = [os.environ.get("HELM_ORACLE_VENV", ""), os.path.expanduser("~/.cache/helm-oracle/venv"),
                  os.path.join(ROOT, "..", "shared", ".venv-helm-oracle")]
    for venv in candidates:
        python = os.path.join(venv, "bin", "python")
        if venv and os.access(python, os.X_OK):
            return python
    sys.exit("no helm-oracle venv found (run ../shared/helm-oracle/setup)")


def main():
    with open(os.path.join(DIR, "cases.jsonl"), encoding="utf-8") as f:
        cases = [line for line in f if line.strip() and not line.startswith("#")]
    proc = subprocess.run([oracle_python(), "-I", "-c", PROBE], input="".join(cases),
                          capture_output=True, text=True, check=True)
    with open(os.path.join(DIR, "expected.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write(proc.stdout)
    print(f"manifest-utf8: {len(cases)} cases")


if __name__ == "__main__":
    main()
