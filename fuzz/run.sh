#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds every libFuzzer target through CMake (-DWXIM_BUILD_FUZZ=ON, clang++,
# -fsanitize=fuzzer,address,undefined)
# and runs each for SECONDS (default 30) from its seed corpus, one at a time.
#   fuzz/run.sh [SECONDS]
# Seed corpora come from tests/vectors/ (each target's dialect; every dialect
# for auto and tokenizer) plus the kept crash inputs in fuzz/crashes/<target>/.
# Crashes land in build/fuzz/artifacts/<target>/; see fuzz/crashes/README.md.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-30}"
cxx="${CXX_FUZZ:-clang++}"
work="$root/build/fuzz"
vectors="$root/tests/vectors"
mkdir -p "$work/bin"
# Line tables are enough for the sanitizers' stack traces and cost far less to
# build than -g (fuzz/CMakeLists.txt uses the same flags).
common="-std=c++17 -gline-tables-only -O1 -DONLY_C_LOCALE=1 -I$root/include -I$root/fuzz"

# The corpus writer: replay_main with any target, in --corpus-out mode.
if ! $cxx $common "$root/fuzz/replay_main.cpp" "$root/fuzz/tokenizer_fuzz.cpp" -o "$work/bin/corpus_tool" \
    2>"$work/corpus_tool.build.log"; then
  echo "fuzz: the corpus writer did not build (see $work/corpus_tool.build.log)"
  exit 1
fi

targets="wechat_im jim room tim easemob auto tokenizer"

# Every target through CMake (WXIM_BUILD_FUZZ, fuzz/CMakeLists.txt), as many
# at once as there are cores; a target that fails to build is reported below
# and the others still run.
jobs="$(nproc 2>/dev/null || echo 2)"
for t in $targets; do rm -f "$work/cmake/fuzz/wxim_fuzz_$t" "$work/bin/${t}_fuzz"; done
if cmake -S "$root" -B "$work/cmake" -G "Unix Makefiles" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE= \
    -DCMAKE_CXX_FLAGS="-O1" -DWXIM_BUILD_FUZZ=ON -DWXIM_BUILD_TESTS=OFF -DWXIM_BUILD_TOOLS=OFF -DWXIM_INSTALL=OFF \
    >"$work/cmake.configure.log" 2>&1; then
  cmake --build "$work/cmake" -j"$jobs" -- -k >"$work/cmake.build.log" 2>&1
else
  echo "fuzz: CMake could not configure the fuzz targets (see $work/cmake.configure.log)"
fi
for t in $targets; do
  [ -x "$work/cmake/fuzz/wxim_fuzz_$t" ] && cp "$work/cmake/fuzz/wxim_fuzz_$t" "$work/bin/${t}_fuzz"
done

status=0
printf '%-10s %8s %12s %8s %s\n' target seeds executions seconds result
for t in $targets; do
  corpus="$work/corpus/$t"
  rm -rf "$corpus"
  if [ "$t" = auto ] || [ "$t" = tokenizer ]; then
    srcs=("$vectors/accept" "$vectors/reject")
  else
    srcs=("$vectors/accept/$t" "$vectors/reject/$t")
  fi
  "$work/bin/corpus_tool" --lines --corpus-out "$corpus" "${srcs[@]}" >/dev/null
  seeds=$(ls "$corpus" | wc -l)
  bin="$work/bin/${t}_fuzz"
  if [ ! -x "$bin" ]; then
    printf '%-10s %8s %12s %8s %s\n' "$t" "$seeds" - - "build failed (see $work/cmake.build.log)"
    status=1
    continue
  fi
  mkdir -p "$work/artifacts/$t"
  start=$(date +%s)
  "$bin" -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$t/" "$corpus" "$root/fuzz/crashes/$t" >"$work/${t}.log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/${t}.log" | grep -o '[0-9]*$' | tail -1)
  if [ $rc -eq 0 ]; then
    result=ok
  else
    result="CRASH (rc $rc): $(ls "$work/artifacts/$t" | head -3 | tr '\n' ' ')see $work/${t}.log"
    status=1
  fi
  printf '%-10s %8s %12s %8s %s\n' "$t" "$seeds" "${execs:-?}" "$took" "$result"
done
exit $status
