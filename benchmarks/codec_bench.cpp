// SPDX-License-Identifier: MIT
// Decoding and encoding the 1000-frame corpus: wxim against nlohmann's DOM
// with idiomatic from_json / to_json, in one run. scripts/bench.sh runs this
// and Node's JSON.parse / JSON.stringify on the same corpus and writes the
// ratios to benchmarks/results.{json,md}.
//
//   wxim_codec_bench [--corpus-out=FILE] [google benchmark flags]
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "baseline.hpp"
#include "corpus.hpp"
#include "wxim/codec/decode.hpp"

// Every allocation the process makes, counted. (GCC cannot see that the
// replaced operator new allocates with malloc.)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
namespace {
std::atomic<std::size_t> allocations{0};
}
void* operator new(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

using wxim_bench::corpus_frame;
using wxim_bench::frame_kind;
using value = std::variant<wxim::wechat_im::chat_frame, wxim::wechat_im::conversation_list_frame, wxim::jim::chat_body,
                           wxim::jim::heartbeat_request, wxim::jim::get_message_reply>;

const std::vector<corpus_frame>& corpus() {
  static const auto c = wxim_bench::make_corpus();
  return c;
}

std::vector<const corpus_frame*> select(std::optional<frame_kind> kind) {
  std::vector<const corpus_frame*> out;
  for (const auto& f : corpus())
    if (!kind || f.kind == *kind) out.push_back(&f);
  return out;
}

template <class T>
struct type_tag {
  using type = T;
};

// Calls f with the tag of the type a frame of kind k decodes to.
template <class F>
decltype(auto) with_type_of(frame_kind k, F&& f) {
  switch (k) {
    case frame_kind::wechat_chat:
      return f(type_tag<wxim::wechat_im::chat_frame>{});
    case frame_kind::wechat_conversations:
      return f(type_tag<wxim::wechat_im::conversation_list_frame>{});
    case frame_kind::jim_chat:
      return f(type_tag<wxim::jim::chat_body>{});
    case frame_kind::jim_heartbeat:
      return f(type_tag<wxim::jim::heartbeat_request>{});
    case frame_kind::jim_history:
      return f(type_tag<wxim::jim::get_message_reply>{});
  }
  std::abort();
}

template <class T>
wxim::result<T> decode_or_abort(const std::string& text, const wxim::decode_options& o) {
  auto r = wxim::decode<T>(text, o);
  if (!r) {
    std::fprintf(stderr, "corpus frame failed to decode: %s\n", r.error().describe().c_str());
    std::abort();
  }
  return r;
}

value decode_wxim(const corpus_frame& f, const wxim::decode_options& o = {}) {
  return with_type_of(
      f.kind, [&](auto tag) -> value { return std::move(*decode_or_abort<typename decltype(tag)::type>(f.text, o)); });
}

value decode_baseline(const corpus_frame& f) {
  const auto j = nlohmann::json::parse(f.text);
  return with_type_of(f.kind, [&](auto tag) -> value { return j.get<typename decltype(tag)::type>(); });
}

// The timed loops: each decoded value is used where it was decoded and then
// dropped, as a server would, rather than moved into a variant (two more
// moves of every string inside, on both sides).
void decode_wxim_and_drop(const corpus_frame& f, const wxim::decode_options& o = {}) {
  with_type_of(f.kind, [&](auto tag) {
    auto r = decode_or_abort<typename decltype(tag)::type>(f.text, o);
    benchmark::DoNotOptimize(r);
  });
}

void decode_baseline_and_drop(const corpus_frame& f) {
  const auto j = nlohmann::json::parse(f.text);
  with_type_of(f.kind, [&](auto tag) {
    auto v = j.get<typename decltype(tag)::type>();
    benchmark::DoNotOptimize(v);
  });
}

void count(benchmark::State& state, const std::vector<const corpus_frame*>& frames) {
  std::size_t bytes = 0;
  for (const auto* f : frames) bytes += f->text.size();
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * frames.size()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["frames"] = static_cast<double>(frames.size());
}

void register_kind(const std::string& name, std::optional<frame_kind> kind) {
  benchmark::RegisterBenchmark(("decode/baseline/" + name).c_str(), [kind](benchmark::State& state) {
    const auto frames = select(kind);
    for (auto _ : state)
      for (const auto* f : frames) decode_baseline_and_drop(*f);
    count(state, frames);
  });
  benchmark::RegisterBenchmark(("decode/wxim/" + name).c_str(), [kind](benchmark::State& state) {
    const auto frames = select(kind);
    for (auto _ : state)
      for (const auto* f : frames) decode_wxim_and_drop(*f);
    count(state, frames);
  });
  benchmark::RegisterBenchmark(("decode/wxim_on_nlohmann_sax/" + name).c_str(), [kind](benchmark::State& state) {
    const auto frames = select(kind);
    wxim::decode_options o;
    o.parser = wxim::json_parser::nlohmann_sax;
    for (auto _ : state)
      for (const auto* f : frames) decode_wxim_and_drop(*f, o);
    count(state, frames);
  });
  benchmark::RegisterBenchmark(("encode/baseline/" + name).c_str(), [kind](benchmark::State& state) {
    const auto frames = select(kind);
    std::vector<value> values;
    for (const auto* f : frames) values.push_back(decode_wxim(*f));
    for (auto _ : state)
      for (const auto& v : values)
        benchmark::DoNotOptimize(std::visit([](const auto& x) { return nlohmann::json(x).dump(); }, v));
    count(state, frames);
  });
  benchmark::RegisterBenchmark(("encode/wxim/" + name).c_str(), [kind](benchmark::State& state) {
    const auto frames = select(kind);
    std::vector<value> values;
    for (const auto* f : frames) values.push_back(decode_wxim(*f));
    for (auto _ : state)
      for (const auto& v : values)
        benchmark::DoNotOptimize(std::visit([](const auto& x) { return wxim::encode(x); }, v));
    count(state, frames);
  });
}

// Allocations per frame: decoding, against copying the decoded value (the
// allocations for the strings and containers the value keeps).
void allocation_counts(benchmark::State& state) {
  const auto frames = select(std::nullopt);
  std::size_t decode_allocs = 0, kept_allocs = 0, baseline_allocs = 0;
  // Once first: the buffers each thread reuses from frame to frame grow to
  // the corpus's largest frame here, and are not counted per frame.
  for (const auto* f : frames) benchmark::DoNotOptimize(decode_wxim(*f));
  for (auto _ : state) {
    decode_allocs = kept_allocs = baseline_allocs = 0;
    for (const auto* f : frames) {
      auto before = allocations.load();
      value v = decode_wxim(*f);
      decode_allocs += allocations.load() - before;
      before = allocations.load();
      value copy = v;
      kept_allocs += allocations.load() - before;
      benchmark::DoNotOptimize(copy);
      before = allocations.load();
      value b = decode_baseline(*f);
      baseline_allocs += allocations.load() - before;
      benchmark::DoNotOptimize(b);
    }
  }
  const double n = static_cast<double>(frames.size());
  state.counters["wxim_allocs_per_frame"] = static_cast<double>(decode_allocs) / n;
  state.counters["kept_allocs_per_frame"] = static_cast<double>(kept_allocs) / n;
  state.counters["baseline_allocs_per_frame"] = static_cast<double>(baseline_allocs) / n;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus-out=", 13) == 0) {
      std::ofstream out(argv[i] + 13, std::ios::binary);
      for (const auto& f : corpus()) out << wxim_bench::kind_name(f.kind) << '\t' << f.text << '\n';
      continue;
    }
    args.push_back(argv[i]);
  }
  for (auto k : {frame_kind::wechat_chat, frame_kind::wechat_conversations, frame_kind::jim_chat,
                 frame_kind::jim_heartbeat, frame_kind::jim_history})
    register_kind(wxim_bench::kind_name(k), k);
  register_kind("corpus", std::nullopt);
  benchmark::RegisterBenchmark("allocations/corpus", allocation_counts)->Iterations(1);
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
