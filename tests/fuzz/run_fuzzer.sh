#!/usr/bin/env bash
# Runs one fuzz target for a time budget from a seed corpus made of the shared corpora
# (fresh temp folder each run; nothing is written into the repo).
#   run_fuzzer.sh BINARY SECONDS SHARED_DIR KIND(text|html|blocks|jsonl)
set -euo pipefail
bin="$1"; seconds="$2"; shared="$3"; kind="$4"
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
if [ -d "$shared/corpus" ]; then
  case "$kind" in
    html) for f in $(ls "$shared"/corpus/aeb-dev/html/*.html.gz | head -20); do
            { gunzip -c "$f" || true; } | head -c 60000 > "$corpus/$(basename "$f" .gz)"; done ;;
    jsonl) { head -n 3 "$shared/corpus/cnndm-dev/articles.jsonl" || true; } | \
             node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{s.trim().split("\n").forEach((l,i)=>{try{const o=JSON.parse(l);require("fs").writeFileSync(process.argv[1]+"/"+i,JSON.stringify({id:i,text:o.article}))}catch{}})})' "$corpus" ;;
    *) cp "$shared/seed/article.txt" "$corpus/seed.txt"
       for f in $(ls "$shared"/corpus/summ-bbc/articles/politics/*.txt | head -10); do cp "$f" "$corpus/"; done ;;
  esac
fi
printf 'x' > "$corpus/min"
echo "fuzz: $(basename "$bin") for ${seconds}s from $(ls "$corpus" | wc -l) seeds"
"$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -print_final_stats=1 "$corpus" 2>&1 | grep -v "^INFO: \|^#[0-9]*\s*\(NEW\|REDUCE\|pulse\)" | tail -n 120
