#!/usr/bin/env bash
# The whole test run, from nothing: set up, build natively and to WASM, run every suite
# (GoogleTest, CLI, corpus evaluations, Node tests of the package, Vite + Chromium) with CTest.
#   scripts/test.sh                 everything
#   LEDE_CTEST_ARGS="-L unit" ...   a subset (CTest labels: unit cli corpus js browser)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
start=$(date +%s)
bash scripts/setup.sh
bash scripts/build.sh wasm release
ctest --test-dir build/release --output-on-failure -j "${LEDE_JOBS:-$(nproc)}" ${LEDE_CTEST_ARGS:-}
echo "test.sh: $(( $(date +%s) - start )) s"
