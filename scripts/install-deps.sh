#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs, from Debian's packages, whatever wxim needs that this machine lacks.
#   scripts/install-deps.sh            build + tests
#   scripts/install-deps.sh bench      also Google Benchmark and Node.js
#   scripts/install-deps.sh fuzz       also clang and libFuzzer
#   scripts/install-deps.sh clang      the same: clang, with its sanitizer runtimes
set -euo pipefail
# python3 drives the CLI test of the hostile-input catalogue.
packages=(g++ cmake make pkg-config clang-format-14 nlohmann-json3-dev libhowardhinnant-date-dev catch2 python3)
for extra in "$@"; do
  case "$extra" in
    bench) packages+=(libbenchmark-dev nodejs) ;;
    fuzz | clang) packages+=(clang libclang-rt-14-dev) ;;
    *) echo "install-deps: unknown set '$extra'" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  if [ "$p" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
  if [ "$p" = python3 ] && command -v python3 >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
