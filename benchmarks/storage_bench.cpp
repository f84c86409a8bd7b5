// SPDX-License-Identifier: MIT
// Eviction planning over a large saved-file list.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "wxim/storage/eviction.hpp"

namespace {

struct fixture {
  std::vector<wxim::saved_file> files;
  std::int64_t total = 0;
};

// n files of 1 KB–200 KB saved over a month, with paths like the platform's and half of them
// read since. Fixed seed: every run plans over the same list.
fixture make_files(std::size_t n) {
  fixture f;
  std::mt19937_64 rng(20240617);
  std::uniform_int_distribution<std::int64_t> size(1000, 200000), created(1715000000, 1717600000), later(0, 86400);
  for (std::size_t i = 0; i < n; ++i) {
    wxim::saved_file s;
    s.path = "wxfile://usr/store_" + std::to_string(rng()) + ".mp3";
    s.size = size(rng);
    s.create_time = created(rng);
    if (i % 2 == 0) s.last_access = s.create_time + later(rng);
    f.total += s.size;
    f.files.push_back(std::move(s));
  }
  return f;
}

// Half of the bytes must go: the planner sorts and walks the whole order.
void plan_half(benchmark::State& state, wxim::eviction_policy policy) {
  const fixture f = make_files(static_cast<std::size_t>(state.range(0)));
  const wxim::eviction_options options{f.total / 2, policy};
  std::size_t removed = 0;
  for (auto _ : state) {
    auto plan = wxim::plan_eviction(f.files, 100000, options);
    if (!plan) state.SkipWithError(plan.error().message.c_str());
    removed = plan->remove.size();
    benchmark::DoNotOptimize(plan);
  }
  state.counters["files"] = static_cast<double>(f.files.size());
  state.counters["removed"] = static_cast<double>(removed);
}

void BM_plan_eviction_oldest(benchmark::State& state) { plan_half(state, wxim::eviction_policy::oldest); }
void BM_plan_eviction_lru(benchmark::State& state) { plan_half(state, wxim::eviction_policy::lru); }

// Everything fits: validation and one pass, no sort.
void BM_plan_eviction_fits(benchmark::State& state) {
  const fixture f = make_files(static_cast<std::size_t>(state.range(0)));
  const wxim::eviction_options options{f.total + 100000, wxim::eviction_policy::lru};
  for (auto _ : state) benchmark::DoNotOptimize(wxim::plan_eviction(f.files, 100000, options));
  state.counters["files"] = static_cast<double>(f.files.size());
}

}  // namespace

BENCHMARK(BM_plan_eviction_oldest)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_plan_eviction_lru)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_plan_eviction_fits)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
