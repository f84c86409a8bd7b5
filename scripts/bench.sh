#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmarks: installs what is missing, builds the `bench` preset, runs every
# benchmark, and times wxim's codec against nlohmann/json and Node's
# JSON.parse / JSON.stringify on the same corpus in one run. Writes
# benchmarks/results.json and benchmarks/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh bench
cmake --preset bench >/dev/null
cmake --build --preset bench -j"$(nproc)"
out=build/bench/results
mkdir -p "$out"
min_time=${WXIM_BENCH_MIN_TIME:-0.5}
# Each figure is the fastest of several repetitions, on both sides: on a
# shared machine, noise only ever adds time, and comes in episodes that one
# repetition alone could fall into. Repetitions are spread over the run
# (interleaved with the other benchmarks', or the outer loop in Node), so an
# episode takes some repetitions of every figure rather than all of one.
repetitions=${WXIM_BENCH_REPETITIONS:-3}
# Both sides run pinned to each CPU this shell may use in turn (the first
# four): on a virtual machine one CPU can be far slower than another for the
# whole life of a process (the same decode loop measured 4.0 or 6.4 us per
# frame depending only on the CPU it ran on), and an unpinned process keeps
# whichever it started on. Each side keeps its fastest figure.
cpus=()
IFS=, read -ra ranges <<<"$(awk '/^Cpus_allowed_list/ {print $2}' /proc/self/status)"
for r in "${ranges[@]}"; do
  for ((c = ${r%-*}; c <= ${r#*-}; c++)); do
    if [ ${#cpus[@]} -lt 4 ]; then cpus+=("$c"); fi
  done
done
build/bench/benchmarks/wxim_codec_bench --corpus-out="$out/corpus.tsv" --benchmark_filter=none >/dev/null
runs=()
for c in "${cpus[@]}"; do
  taskset -c "$c" build/bench/benchmarks/wxim_codec_bench \
    --benchmark_min_time="$min_time" --benchmark_repetitions="$repetitions" \
    --benchmark_enable_random_interleaving=true \
    --benchmark_out="$out/codec-cpu$c.json" --benchmark_out_format=json >/dev/null
  taskset -c "$c" node benchmarks/node_bench.js "$out/corpus.tsv" "$min_time" "$repetitions" >"$out/node-cpu$c.json"
  runs+=("$out/codec-cpu$c.json" "$out/node-cpu$c.json")
done
node benchmarks/report.js benchmarks "${runs[@]}"
echo
for b in build/bench/benchmarks/wxim_*_bench; do
  [ "$(basename "$b")" = wxim_codec_bench ] && continue
  echo "== $(basename "$b")"
  "$b" --benchmark_min_time="$min_time"
done
