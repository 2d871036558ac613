#!/usr/bin/env bash
# Trains the NER model end to end and writes core/data/ner/ner.bin (docs/model-card-ner.md).
# Deterministic: fixed seeds, single-threaded. Usage: tools/train/train-ner.sh [build dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build/ner}"
shared="${LEDE_SHARED_DIR:-$root/../shared}"
work="$build/nerwork"
mkdir -p "$work"
if [ ! -x "$build/tools/train/lede_ner_train" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEDE_JS_TESTS=OFF
fi
cmake --build "$build" --target lede_ner_cluster lede_ner_train
start=$(date +%s)
node "$root/tools/train/build-ner-lexicon.mjs" "$work/lexicon.tsv"
"$build/tools/train/lede_ner_cluster" "$shared/corpus/unlabeled/reuters21578.jsonl" \
  "$work/clusters.txt" 1024 128 32 3 1
"$build/tools/train/lede_ner_train" --train="$shared/corpus/conll2003/train.txt" \
  --dev="$shared/corpus/conll2003/dev.txt" --clusters="$work/clusters.txt" \
  --lexicon="$work/lexicon.tsv" --out="$root/core/data/ner/ner.bin" --seed=1 "${@:2}"
echo "training pipeline took $(( $(date +%s) - start )) s"
