#!/usr/bin/env bash
# The whole test run, from nothing: set up, build natively and to WASM, run every suite with
# CTest: GoogleTest, CLI, corpus evaluations, Node tests of the package, Vite + Chromium; then
# the same GoogleTest and CLI suites under ASan + UBSan (clang) and each libFuzzer target.
#   scripts/test.sh                 everything
#   LEDE_CTEST_ARGS="-L unit" ...   a subset of the first run (labels: unit cli corpus js browser)
#   LEDE_SANITIZERS=0 ...           skip the sanitizer and fuzz run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
start=$(date +%s)
bash scripts/setup.sh
bash scripts/build.sh wasm wasm-baseline release
ctest --test-dir build/release --output-on-failure -j "${LEDE_JOBS:-$(nproc)}" ${LEDE_CTEST_ARGS:-}
if [ "${LEDE_SANITIZERS:-1}" = 1 ]; then
  bash scripts/build.sh asan
  ctest --test-dir build/asan --output-on-failure -j "${LEDE_JOBS:-$(nproc)}"
fi
echo "test.sh: $(( $(date +%s) - start )) s"
