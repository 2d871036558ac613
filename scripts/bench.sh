#!/usr/bin/env bash
# The benchmark harness: set up, build, install the benchmark-only npm packages, run.
#   scripts/bench.sh [--quick]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/build.sh wasm release
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
node bench/run.mjs "$@"
