#!/usr/bin/env bash
# Builds lede. Presets come from CMakePresets.json.
#   scripts/build.sh [release|debug|asan|wasm|wasm-baseline]...   (default: release wasm wasm-baseline)
# wasm is the SIMD build the package loads by default; wasm-baseline, the build for engines
# without WASM SIMD, adds web/dist/lede-core-baseline.wasm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"  # em++ needs Debian's acorn
jobs="${LEDE_JOBS:-$(nproc)}"
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(release wasm wasm-baseline)
for preset in "${presets[@]}"; do
  echo "build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
done
