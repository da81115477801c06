#!/usr/bin/env bash
# Engine benchmark: renders fixtures/bench/engine (one ~1,000-line template)
# with `render` (static release build) and with real Helm in the same run, and prints
# the median render-phase time of each and their ratio.
#   usage: scripts/bench-engine.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
repeat=${1:-20}
chart=fixtures/bench/engine
bin=$(scripts/build-release.sh)
ours=$("$bin" template demo "$chart" --report-time --repeat "$repeat" 2>&1 >/dev/null \
    | sed -n 's/.*render_ms=\([0-9.]*\).*/\1/p' | tail -1)
helm=$(../shared/helm-oracle/helm-oracle template demo "$chart" --report-time --repeat "$repeat" 2>&1 >/dev/null \
    | sed -n 's/.*render_ms=\([0-9.]*\).*/\1/p' | tail -1)
if ! cmp -s <("$bin" template demo "$chart") <(../shared/helm-oracle/helm-oracle template demo "$chart"); then
    echo "warning: output differs from Helm's" >&2
fi
python3 - "$ours" "$helm" "$repeat" <<'PY'
import sys
ours, helm, n = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
print(f"engine benchmark ({n} renders, median): render {ours*1000:.0f} us, helm {helm*1000:.0f} us, "
      f"speedup {helm/ours:.1f}x")
PY
