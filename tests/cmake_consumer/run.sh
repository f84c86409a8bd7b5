#!/usr/bin/env bash
# Builds tests/cmake_consumer against wxim both ways. Args: wxim source dir, scratch dir.
set -euo pipefail
src=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
cmake -S "$src" -B "$work/wxim" -DWXIM_BUILD_TESTS=OFF -DWXIM_BUILD_TOOLS=OFF >/dev/null
cmake --install "$work/wxim" --prefix "$work/prefix" >/dev/null
cmake -S "$src/tests/cmake_consumer" -B "$work/package" -DWXIM_CONSUMER_MODE=package \
  -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/package" >/dev/null
"$work/package/consumer"
cmake -S "$src/tests/cmake_consumer" -B "$work/subdir" -DWXIM_CONSUMER_MODE=subdir -DWXIM_SOURCE_DIR="$src" >/dev/null
cmake --build "$work/subdir" >/dev/null
"$work/subdir/consumer"
echo "consumer: find_package and add_subdirectory both build and run"
