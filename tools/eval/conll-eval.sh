#!/usr/bin/env bash
# CoNLL-2003 dev F1 of the compiled-in NER model (conlleval rules; PER/LOC/ORG and all four
# types, per-type P/R/F1) and its tagging speed. Usage: tools/eval/conll-eval.sh [build dir]
# [conll file] [repeats]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build/ner}"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEDE_JS_TESTS=OFF
fi
cmake --build "$build" --target lede_conll_eval
"$build/tools/train/lede_conll_eval" "${2:-${LEDE_SHARED_DIR:-$root/../shared}/corpus/conll2003/dev.txt}" "${3:-1}"
