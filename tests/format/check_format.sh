#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a C++ file differs from .clang-format, naming each file and how to
# fix it. The formatter is pinned (clang-format 14, Debian 12's): another
# version formats some constructs differently.
#   check_format.sh SOURCE_DIR
set -uo pipefail
src=$1
fmt=$(command -v clang-format-14 || true)
if [ -z "$fmt" ]; then
  echo "format: clang-format-14 is not installed (apt-get install clang-format-14)"
  exit 1
fi
cd "$src" || exit 1
bad=0
total=0
while IFS= read -r -d '' f; do
  total=$((total + 1))
  if ! "$fmt" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "format: $f differs from .clang-format (fix: $fmt -i --style=file $f)"
    bad=$((bad + 1))
  fi
done < <(find include tests tools fuzz benchmarks examples -type f \( -name '*.hpp' -o -name '*.cpp' \) -print0)
echo "format: $((total - bad)) of $total files match .clang-format"
[ "$bad" -eq 0 ]
