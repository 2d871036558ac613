#!/usr/bin/env bash
# The benchmark harness: set up, build, install the benchmark-only npm packages, run.
#   scripts/bench.sh [--quick]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# All three builds: bench/run.mjs times the baseline .wasm (no SIMD) beside the SIMD one.
bash scripts/build.sh release wasm wasm-baseline
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
node bench/run.mjs "$@"
