#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
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
# The parent defines nlohmann_json::nlohmann_json and date::date itself; a
# find_package for either would fail.
cmake --no-warn-unused-cli -S "$src/tests/cmake_consumer" -B "$work/own_deps" -DWXIM_CONSUMER_MODE=own_deps -DWXIM_SOURCE_DIR="$src" \
  -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON -DCMAKE_DISABLE_FIND_PACKAGE_date=ON >/dev/null
cmake --build "$work/own_deps" >/dev/null
"$work/own_deps/consumer"
# pkg-config, from the installed wxim.pc.
flags=$(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --cflags wxim)
case "$flags" in *"/include"*) ;; *) echo "wxim.pc: unexpected cflags: $flags"; exit 1 ;; esac
version=$(sed -n 's/^#define WXIM_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$/\2/p' "$src/include/wxim/version.hpp" | paste -sd.)
[ "$(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --modversion wxim)" = "$version" ] ||
  { echo "wxim.pc: version is not $version"; exit 1; }
${CXX:-c++} -std=c++17 $flags "$src/tests/cmake_consumer/main.cpp" -o "$work/pkgconfig_consumer"
"$work/pkgconfig_consumer"
echo "consumer: find_package, add_subdirectory (with and without the parent's own dependency targets) and pkg-config all build and run"
