#!/usr/bin/env bash
# The main job: set up, build, analyse an article (the seed by default) and serve the demo.
#   scripts/run.sh [FILE] [--no-serve] [--port N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
file=../shared/seed/article.txt
serve=1
port=8080
while [ $# -gt 0 ]; do
  case "$1" in
    --no-serve) serve=0 ;;
    --port) port="$2"; shift ;;
    *) file="$1" ;;
  esac
  shift
done
bash scripts/setup.sh >&2
bash scripts/build.sh release wasm >&2
build/release/bindings/cli/lede analyze --pretty "$file"
if [ "$serve" = 1 ] && [ -f web/demo/index.html ]; then
  echo "demo: http://127.0.0.1:$port/web/demo/ (Ctrl-C to stop)" >&2
  exec node scripts/serve.mjs . --port "$port" --mount /web/demo/sample/=../shared/seed/
fi
