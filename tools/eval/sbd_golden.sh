#!/usr/bin/env bash
# Prints the sentence-boundary Golden Rules scores (en.json, 48 rules; the Pragmatic Segmenter
# list, 52) with every miss, and the segmenter's speed on Reuters-21578.
#   tools/eval/sbd_golden.sh [build-dir]     (default: build/release)
# The same figures: ctest --test-dir <build-dir> -R 'SbdGolden|SpeedOnReuters' -V
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build/release}"
exec "$build/tests/lede_tests" --gtest_filter='SbdGolden.*:Tokens.SpeedOnReuters:Language.AebDev*:Language.Bbc*'
