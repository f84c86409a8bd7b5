#!/usr/bin/env bash
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
# repetition alone could fall into.
repetitions=${WXIM_BENCH_REPETITIONS:-5}
build/bench/benchmarks/wxim_codec_bench --corpus-out="$out/corpus.tsv" \
  --benchmark_min_time="$min_time" --benchmark_repetitions="$repetitions" \
  --benchmark_out="$out/codec.json" --benchmark_out_format=json >/dev/null
node benchmarks/node_bench.js "$out/corpus.tsv" "$min_time" "$repetitions" >"$out/node.json"
node benchmarks/report.js "$out/codec.json" "$out/node.json" benchmarks
echo
for b in build/bench/benchmarks/wxim_*_bench; do
  [ "$(basename "$b")" = wxim_codec_bench ] && continue
  echo "== $(basename "$b")"
  "$b" --benchmark_min_time="$min_time"
done
