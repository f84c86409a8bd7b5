// SPDX-License-Identifier: MIT
// libFuzzer target: wxim's own lexer against nlohmann's SAX parser, through
// wxim::decode<wxim::raw_json>: the same accept/reject, the same compact text.
#include "dialects.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return wxim_verify::run_or_abort(data, size,
                                   [](std::string_view text) { return wxim_verify::check_tokenizers(text); });
}
