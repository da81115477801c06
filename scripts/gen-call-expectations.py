#!/usr/bin/env python3
"""Ask real Helm (the oracle) what template function calls return, for the
unit tests of Go's fmt / encoding/json ports (Tests/TemplateEngineTests).

Input:  fixtures/calls/<name>.cases.jsonl, one case per line:
  {"id": "...", "func": "printf", "args": ["%05d", 42]}
Typed arguments (each becomes a template expression):
  "text"             string literal            42        int literal
  1.5 / 1e+21        float64 literal           true/null bool / nil
  {"f": "NaN"}       float64 (float64 "NaN")   {"i64": 3} int64 (int64 3)
  {"list": [...]}    []interface {} (list ...) {"map": {"k": v}} map (dict ...)
  {"strs": ["a"]}    []string (splitList)      {"bytes": "hi"}  []byte (.Files.GetBytes)
  {"fn": "NAME", "args": [...]}  the result of another call (e.g. fromJson)

Output: fixtures/calls/<name>.expected.jsonl: each case, its arguments with
explicit type tags ("typed_args": {"int": "42"}, {"float": "1.5"}, ...), and "expected"
(the call's result, exact bytes as base64 in "expected_b64" too) or, when
the call fails, "error" (Helm's message). Every case renders in one chart
(the output of each call is piped to b64enc); a case whose call fails is
rendered alone to capture its error.

usage: scripts/gen-call-expectations.py [NAME ...]
"""
import base64
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CALLS = os.path.join(ROOT, "fixtures", "calls")
ORACLE = os.path.normpath(os.path.join(ROOT, "..", "shared", "helm-oracle", "helm-oracle"))
CHART = "apiVersion: v2\nname: c\nversion: 0.1.0\n"


def go_string(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Expr:
    def __init__(self):
        self.files = {}

    def of(self, a):
        if a is None:
            return "nil"
        if isinstance(a, bool):
            return "true" if a else "false"
        if isinstance(a, int):
            return str(a)
        if isinstance(a, float):
            text = repr(a)
            if not any(c in text for c in ".eE"):
                text += ".0"
            return text
        if isinstance(a, str):
            return go_string(a)
        if isinstance(a, list):
            return "(list " + " ".join(self.of(x) for x in a) + ")" if a else "(list)"
        if isinstance(a, dict):
            if "f" in a:
                v = a["f"]
                return "(float64 %s)" % (go_string(v) if isinstance(v, str) else self.of(float(v)))
            if "i64" in a:
                return "(int64 %d)" % a["i64"]
            if "list" in a:
                return self.of(list(a["list"]))
            if "map" in a:
                parts = []
                for k, v in a["map"].items():
                    parts.append(go_string(k))
                    parts.append(self.of(v))
                return "(dict " + " ".join(parts) + ")" if parts else "(dict)"
            if "strs" in a:
                return "(splitList \"\\x00\" %s)" % go_string("\x00".join(a["strs"]))
            if "bytes" in a:
                name = "bytes/b%d" % len(self.files)
                self.files[name] = a["bytes"]
                return "($.Files.GetBytes %s)" % go_string(name)
            if "fn" in a:
                return "(" + a["fn"] + " " + " ".join(self.of(x) for x in a.get("args", [])) + ")"
        raise ValueError("unsupported argument %r" % (a,))


def typed(a):
    """The argument with an explicit Go type tag, for the Swift tests."""
    if a is None:
        return {"nil": True}
    if isinstance(a, bool):
        return {"bool": a}
    if isinstance(a, int):
        return {"int": str(a)}
    if isinstance(a, float):
        return {"float": repr(a)}
    if isinstance(a, str):
        return {"string": a}
    if isinstance(a, list):
        return {"list": [typed(x) for x in a]}
    if "f" in a:
        return {"float": a["f"] if isinstance(a["f"], str) else repr(float(a["f"]))}
    if "i64" in a:
        return {"int64": str(a["i64"])}
    if "list" in a:
        return typed(list(a["list"]))
    if "map" in a:
        return {"map": {k: typed(v) for k, v in a["map"].items()}}
    if "strs" in a:
        return {"strings": list(a["strs"])}
    if "bytes" in a:
        return {"bytes": a["bytes"]}
    if "fn" in a:
        return {"call": a["fn"], "args": [typed(x) for x in a.get("args", [])]}
    raise ValueError("unsupported argument %r" % (a,))


def render(cases):
    expr = Expr()
    lines = ["out:"]
    for n, case in enumerate(cases):
        call = case["func"] + " " + " ".join(expr.of(a) for a in case["args"])
        lines.append("  c%d: \"{{ %s | b64enc }}\"" % (n, call))
    with tempfile.TemporaryDirectory(prefix="calls-") as workdir:
        chart = os.path.join(workdir, "c")
        os.makedirs(os.path.join(chart, "templates"))
        with open(os.path.join(chart, "Chart.yaml"), "w") as f:
            f.write(CHART)
        with open(os.path.join(chart, "templates", "t.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")
        for name, text in expr.files.items():
            os.makedirs(os.path.dirname(os.path.join(chart, name)), exist_ok=True)
            with open(os.path.join(chart, name), "w", encoding="utf-8") as f:
                f.write(text)
        proc = subprocess.run([ORACLE, "template", "demo", "c"], cwd=workdir,
                              env=dict(os.environ, TZ="UTC"), capture_output=True)
    if proc.returncode != 0:
        return None, proc.stderr.decode("utf-8", "replace")
    found = dict(re.findall(r"^  c(\d+): \"?([A-Za-z0-9+/=]*)\"?$", proc.stdout.decode(), re.M))
    return [found.get(str(n), "") for n in range(len(cases))], None


def error_text(stderr):
    text = stderr.split("\n\nUse --debug")[0].strip()
    m = re.search(r"error calling [^:]+: (.*)$", text, re.S)
    return m.group(1) if m else text


def main():
    if not os.access(ORACLE, os.X_OK):
        sys.exit(f"oracle not found at {ORACLE}")
    names = sys.argv[1:] or sorted(f[: -len(".cases.jsonl")] for f in os.listdir(CALLS)
                                   if f.endswith(".cases.jsonl"))
    for name in names:
        with open(os.path.join(CALLS, name + ".cases.jsonl"), encoding="utf-8") as f:
            cases = [json.loads(l) for l in f if l.strip() and not l.startswith("#")]
        ids = [c["id"] for c in cases]
        if len(set(ids)) != len(ids):
            sys.exit(f"{name}: duplicate ids")
        outputs, err = render(cases)
        results = []
        if outputs is None:
            outputs = []
            for case in cases:
                one, err = render([case])
                outputs.append(one[0] if one else None)
                if one is None:
                    case = dict(case, error=error_text(err))
                results.append(case)
        else:
            results = list(cases)
        with open(os.path.join(CALLS, name + ".expected.jsonl"), "w", encoding="utf-8") as f:
            for case, b64 in zip(results, outputs):
                rec = dict(case)
                rec["typed_args"] = [typed(a) for a in case["args"]]
                if b64 is not None:
                    raw = base64.b64decode(b64)
                    rec["expected_b64"] = b64
                    rec["expected"] = raw.decode("utf-8", "replace")
                f.write(json.dumps(rec, ensure_ascii=True, sort_keys=True) + "\n")
        print(f"{name}: {len(cases)} cases")


if __name__ == "__main__":
    main()
