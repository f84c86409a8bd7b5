#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The whole test suite: installs what is missing, builds (Release, C++17),
# runs every test with ctest.
#   scripts/test.sh          with g++ (the `default` preset)
#   scripts/test.sh clang    the same suite built with clang++ (the `clang` preset)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
case "$preset" in
  default) scripts/install-deps.sh ;;
  clang) scripts/install-deps.sh clang ;;
  *) echo "test.sh: unknown preset '$preset' (default or clang)" >&2; exit 2 ;;
esac
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
ctest --preset "$preset" -j"$(nproc)"
