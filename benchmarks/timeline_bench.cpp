// SPDX-License-Identifier: MIT
// Timeline benchmarks: ordering, merging, relabelling and appending 1,000,000
// messages. Every benchmark reports items/s and ns/item ("ns_per_item").
// The ordered and out-of-order-tail inputs show that ordering pays O(n)
// when the input is already (mostly) ordered, against O(n log n) shuffled.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "wxim/timeline/bubble.hpp"
#include "wxim/timeline/merge.hpp"
#include "wxim/timeline/order.hpp"
#include "wxim/timeline/timeline.hpp"

namespace {

using wxim::chat_message;

constexpr std::int64_t n_messages = 1'000'000;
constexpr std::int64_t base_ms = 1'772'330'400'000;  // 2026-03-01T10:00+08:00

chat_message make_message(std::int64_t i, std::int64_t ms, bool with_id) {
  chat_message m;
  if (with_id) m.id = "m" + std::to_string(i);
  m.author = (i % 2) ? "user_001" : "user_002";
  m.recipient = (i % 2) ? "user_002" : "user_001";
  m.time = wxim::from_unix_ms(ms);
  m.body = wxim::text_content{"hello " + std::to_string(i % 97)};
  return m;
}

/// n messages, 1 to 600 s apart (so some bubbles show), in time order;
/// a few equal instants so that stability matters.
std::vector<chat_message> ordered_log(bool with_id = true) {
  std::vector<chat_message> v;
  v.reserve(n_messages);
  std::mt19937_64 rng(1);
  std::int64_t t = base_ms;
  for (std::int64_t i = 0; i < n_messages; ++i) {
    if (i % 10 != 0) t += 1'000 + static_cast<std::int64_t>(rng() % 600'000);
    v.push_back(make_message(i, t, with_id));
  }
  return v;
}

const std::vector<chat_message>& ordered_input() {
  static const auto v = ordered_log();
  return v;
}

const std::vector<chat_message>& shuffled_input() {
  static const auto v = [] {
    auto s = ordered_input();
    std::shuffle(s.begin(), s.end(), std::mt19937_64(2));
    return s;
  }();
  return v;
}

/// Ordered, except the last 1% (10,000) which are older messages in random
/// order: a page of history pushed at the end.
const std::vector<chat_message>& tail_input() {
  static const auto v = [] {
    auto s = ordered_input();
    const auto tail = s.end() - n_messages / 100;
    std::shuffle(tail, s.end(), std::mt19937_64(3));
    std::mt19937_64 rng(4);
    for (auto it = tail; it != s.end(); ++it) it->time = s[rng() % static_cast<std::uint64_t>(n_messages / 2)].time;
    return s;
  }();
  return v;
}

void per_item(benchmark::State& state, std::int64_t items_per_iteration) {
  state.SetItemsProcessed(state.iterations() * items_per_iteration);
  state.counters["ns_per_item"] =
      benchmark::Counter(static_cast<double>(items_per_iteration),
                         benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// --- ordering -------------------------------------------------------------

void order_from(benchmark::State& state, const std::vector<chat_message>& input) {
  std::vector<chat_message> work;
  for (auto _ : state) {
    state.PauseTiming();
    work = input;
    state.ResumeTiming();
    benchmark::DoNotOptimize(wxim::order(work));
  }
  if (!wxim::is_ordered(work)) state.SkipWithError("not ordered");
  per_item(state, n_messages);
}

void BM_order_already_ordered(benchmark::State& state) {
  auto work = ordered_input();  // order() leaves it as it is: no copy per iteration needed
  for (auto _ : state) benchmark::DoNotOptimize(wxim::order(work));
  per_item(state, n_messages);
}
BENCHMARK(BM_order_already_ordered)->Unit(benchmark::kMillisecond);

void BM_order_ordered_with_1pct_tail(benchmark::State& state) { order_from(state, tail_input()); }
BENCHMARK(BM_order_ordered_with_1pct_tail)->Unit(benchmark::kMillisecond);

void BM_order_shuffled(benchmark::State& state) { order_from(state, shuffled_input()); }
BENCHMARK(BM_order_shuffled)->Unit(benchmark::kMillisecond);

/// Baseline: what a plain full stable sort costs on the same ordered input.
void BM_std_stable_sort_already_ordered(benchmark::State& state) {
  auto work = ordered_input();
  for (auto _ : state) {
    std::stable_sort(work.begin(), work.end(),
                     [](const chat_message& a, const chat_message& b) { return a.time < b.time; });
    benchmark::ClobberMemory();
  }
  per_item(state, n_messages);
}
BENCHMARK(BM_std_stable_sort_already_ordered)->Unit(benchmark::kMillisecond);

// --- merging --------------------------------------------------------------

/// Builds a timeline from 1,000,000 shuffled messages with ids: de-duplication
/// by id, ordering and bubbles for every one. The timeline is cleared and
/// reused between iterations (clear() keeps its memory), so the timing leaves
/// out the first touch of fresh pages, which costs more than the algorithm on
/// machines with slow page faults.
void BM_merge_shuffled_page_into_empty(benchmark::State& state) {
  wxim::chat_timeline t(shuffled_input());
  std::vector<chat_message> page;
  for (auto _ : state) {
    state.PauseTiming();
    t.clear();
    page = shuffled_input();
    state.ResumeTiming();
    benchmark::DoNotOptimize(t.merge_page(std::move(page)));
  }
  if (t.size() != static_cast<std::size_t>(n_messages)) state.SkipWithError("messages lost");
  per_item(state, n_messages);
}
BENCHMARK(BM_merge_shuffled_page_into_empty)->Unit(benchmark::kMillisecond)->Iterations(3);

/// A page of 1,000,000 messages that are all already shown (reloading
/// history): every one is a duplicate, by id or (without ids) by key.
void merge_duplicates(benchmark::State& state, bool with_id) {
  const auto log = with_id ? ordered_input() : ordered_log(false);
  wxim::chat_timeline t(log);
  std::vector<chat_message> page;
  for (auto _ : state) {
    state.PauseTiming();
    page = log;
    state.ResumeTiming();
    benchmark::DoNotOptimize(t.merge_page(std::move(page)));
  }
  if (t.size() != log.size()) state.SkipWithError("duplicates were added");
  per_item(state, n_messages);
}
void BM_merge_all_duplicates_by_id(benchmark::State& state) { merge_duplicates(state, true); }
BENCHMARK(BM_merge_all_duplicates_by_id)->Unit(benchmark::kMillisecond)->Iterations(3);
void BM_merge_all_duplicates_without_ids(benchmark::State& state) { merge_duplicates(state, false); }
BENCHMARK(BM_merge_all_duplicates_without_ids)->Unit(benchmark::kMillisecond)->Iterations(3);

/// A page of 1,000 older messages merged in front of a 1,000,000-message
/// timeline: the whole timeline moves and is relabelled (ns/item is per
/// timeline item).
void BM_merge_history_page_of_1000(benchmark::State& state) {
  wxim::chat_timeline t;
  // Pages are merged into a timeline that grows as a real one does.
  t.merge_page(ordered_input());
  std::int64_t next = n_messages;
  std::int64_t oldest = base_ms;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<chat_message> page;
    for (int i = 0; i < 1000; ++i) page.push_back(make_message(next++, oldest -= 60'000, true));
    state.ResumeTiming();
    benchmark::DoNotOptimize(t.merge_page(std::move(page)));
  }
  per_item(state, n_messages);
}
BENCHMARK(BM_merge_history_page_of_1000)->Unit(benchmark::kMillisecond);

// --- relabelling and appending --------------------------------------------

void BM_relabel(benchmark::State& state) {
  auto items = wxim::make_items(ordered_input());
  for (auto _ : state) {
    wxim::relabel(items);
    benchmark::ClobberMemory();
  }
  per_item(state, n_messages);
}
BENCHMARK(BM_relabel)->Unit(benchmark::kMillisecond);

/// Live messages, one at a time, each deciding its bubble in O(1). The
/// timeline is reused (see above) so that its memory is already touched.
void BM_append_in_order(benchmark::State& state) {
  wxim::chat_timeline t(ordered_input());
  std::vector<chat_message> input;
  for (auto _ : state) {
    state.PauseTiming();
    t.clear();
    input = ordered_input();
    state.ResumeTiming();
    for (auto& m : input) benchmark::DoNotOptimize(t.append(std::move(m)));
  }
  if (t.size() != static_cast<std::size_t>(n_messages)) state.SkipWithError("messages lost");
  per_item(state, n_messages);
}
BENCHMARK(BM_append_in_order)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
