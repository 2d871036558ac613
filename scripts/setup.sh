#!/usr/bin/env bash
# Installs everything lede needs to build, test and run, idempotently, on Debian 12.
# Sources: Debian's packages (apt) and the npm registry only. Safe to run again: each step
# checks before it acts, so a warm machine passes through in seconds.
#
#   scripts/setup.sh            native + wasm toolchains, utf8proc source, npm packages
#   LEDE_SETUP_BROWSER=0 ...    skip Chromium (no browser tests on this machine)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sudo_cmd=""
if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi

apt_packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates dpkg-dev
  rapidjson-dev libutf8proc-dev libgtest-dev libgmock-dev libbenchmark-dev
  emscripten nodejs iso-codes
  clang-14 libclang-rt-14-dev
  parallel
)
if [ "${LEDE_SETUP_BROWSER:-1}" = 1 ]; then apt_packages+=(chromium); fi

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# utf8proc's C source for the WASM build comes from Debian's source package, which needs a
# deb-src entry. Derive it from the machine's own apt sources (no host names in this repo).
src_list=/etc/apt/sources.list.d/lede-deb-src.sources
need_update=0
if [ ! -f "$src_list" ]; then
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed -e 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $sudo_cmd tee "$src_list" >/dev/null
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed -e 's/^deb /deb-src /' \
      | $sudo_cmd tee /etc/apt/sources.list.d/lede-deb-src.list >/dev/null
    src_list=/etc/apt/sources.list.d/lede-deb-src.list
  fi
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  echo "setup: apt-get install ${missing[*]:-(sources only)}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# utf8proc source: third_party/ is git-ignored and filled here, never committed.
utf8proc_dir="$here/third_party/utf8proc"
if [ ! -f "$utf8proc_dir/utf8proc.c" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source --download-only -qq utf8proc >/dev/null && dpkg-source -x --no-check ./*.dsc src >/dev/null)
  mkdir -p "$utf8proc_dir"
  cp "$tmp"/src/utf8proc.c "$tmp"/src/utf8proc.h "$tmp"/src/utf8proc_data.c "$tmp"/src/LICENSE.md "$utf8proc_dir"/
  rm -rf "$tmp"
  echo "setup: utf8proc source in $utf8proc_dir"
fi

# npm packages, pinned by package-lock.json.
if [ -f "$here/package-lock.json" ]; then
  if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "setup: ok"
