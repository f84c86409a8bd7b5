// SPDX-License-Identifier: MIT
// libFuzzer target: the tim decoder, every direction, both tokenizers.
// Accepted input must round-trip (fuzz/dialects.hpp, check_text); nothing throws.
#include "dialects.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return wxim_verify::run_or_abort(
      data, size, [](std::string_view text) { return wxim_verify::check_text<wxim_verify::tim_dialect>(text); });
}
