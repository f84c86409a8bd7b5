// SPDX-License-Identifier: MIT
// Peak memory while decoding each hostile input, with a counting allocator
// (global operator new/delete replaced in this executable only). The peak
// above the materialized input must stay under a bound derived from the
// limits: inputs over max_frame_bytes cost (almost) nothing, others at most
// a fixed multiple of the frame limit.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>

#include "testing/hostile.hpp"

namespace {
std::atomic<std::size_t> live{0}, peak{0};

void* counted(std::size_t n) {
  void* p = std::malloc(n + 16);
  if (!p) throw std::bad_alloc();
  *static_cast<std::size_t*>(p) = n;
  const std::size_t now = live.fetch_add(n) + n;
  std::size_t old = peak.load();
  while (now > old && !peak.compare_exchange_weak(old, now)) {
  }
  return static_cast<char*>(p) + 16;
}
void release(void* p) noexcept {
  if (!p) return;
  char* base = static_cast<char*>(p) - 16;
  live.fetch_sub(*reinterpret_cast<std::size_t*>(base));
  std::free(base);
}
}  // namespace

void* operator new(std::size_t n) { return counted(n); }
void* operator new[](std::size_t n) { return counted(n); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

int main() {
  int failures = 0;
  for (const auto& c : wxim_verify::hostile_catalogue()) {
    const std::string text = wxim_verify::materialize(c);
    for (auto p : {wxim::json_parser::wxim_lexer, wxim::json_parser::nlohmann_sax}) {
      const std::size_t base = live.load();
      peak.store(base);
      { auto r = wxim_verify::decode_hostile(c, text, p); }
      const std::size_t used = peak.load() - base;
      // Over the frame limit: refused before reading. Otherwise: the tape
      // (about 64 bytes per token, a token per input byte at worst) plus
      // copies of strings: 96 times the frame limit, and 1 MiB to spare.
      const std::size_t bound =
          text.size() > c.limits.max_frame_bytes ? (64u << 10) : 96 * c.limits.max_frame_bytes + (1u << 20);
      const bool ok = used <= bound;
      failures += ok ? 0 : 1;
      std::printf("%s %-62s %-8s input %10zu B  peak %10zu B  bound %10zu B\n", ok ? "ok  " : "FAIL", c.name.c_str(),
                  p == wxim::json_parser::wxim_lexer ? "wxim" : "nlohmann", text.size(), used, bound);
    }
  }
  return failures == 0 ? 0 : 1;
}
