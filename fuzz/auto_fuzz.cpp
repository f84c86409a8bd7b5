// SPDX-License-Identifier: MIT
// libFuzzer target: auto-detection across dialects. Every dialect is asked
// about the same bytes; whichever accept must round-trip, nothing throws.
#include "dialects.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return wxim_verify::run_or_abort(data, size, [](std::string_view text) {
    wxim_verify::violation found;
    wxim_verify::for_each_dialect([&](auto d) {
      if (!found) found = wxim_verify::check_text<decltype(d)>(text);
    });
    return found;
  });
}
