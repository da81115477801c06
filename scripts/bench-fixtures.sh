#!/usr/bin/env bash
# Fixture benchmark: every case of fixtures/cases.jsonl with the static release
# `render` (scripts/build-release.sh) against real Helm's in-process render, in
# the same run. Prints per case our whole-process time and peak memory, our
# render phase (--report-time) and Helm's, and the ratios; the last line is the
# median render-phase speedup.
#   usage: scripts/bench-fixtures.sh [REPEAT] [extra bench.py flags…]
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
repeat=${1:-5}
shift || true
bin=$(scripts/build-release.sh)
cd fixtures
python3 ../../shared/tools/bench.py cases.jsonl --candidate "$bin template" --inprocess -r "$repeat" "$@"
