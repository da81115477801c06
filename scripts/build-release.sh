#!/usr/bin/env bash
# Builds the release `render` as one static executable (Swift runtime,
# Foundation and the C libraries linked in): no dynamic loading at start,
# which is most of a small render's process time. Prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product render --static-swift-stdlib -Xswiftc -static-executable \
    --scratch-path .build-static >&2
echo "$PWD/.build-static/release/render"
