// SPDX-License-Identifier: MIT
#include "wxim/testing/easemob.hpp"

#include <catch2/catch.hpp>

#include "testing/properties.hpp"

TEST_CASE("easemob generators: every object kind is generated", "[property]") {
  wxim::testing::generator g(1);
  std::vector<bool> seen(std::variant_size_v<wxim::easemob::object>, false);
  for (int i = 0; i < 600; ++i) seen[wxim::testing::generate<wxim::easemob::object>(g).index()] = true;
  for (std::size_t k = 0; k < seen.size(); ++k) {
    INFO(to_string(static_cast<wxim::easemob::object_kind>(k)));
    CHECK(seen[k]);
  }
}

TEST_CASE("easemob generators: decode(encode(v)) == v", "[property]") {
  wxim_verify::generated_frames_round_trip<wxim_verify::easemob_dialect>(501, 1500);
}

TEST_CASE("easemob generators: encode(decode(t)) is JSON-equal to t", "[property]") {
  wxim_verify::generated_texts_are_lossless<wxim_verify::easemob_dialect>(502, 400);
}

TEST_CASE("easemob generators: mutated generated objects are answered", "[property]") {
  wxim::testing::generator g(503);
  std::vector<std::string> texts;
  for (int i = 0; i < 100; ++i)
    texts.push_back(wxim::easemob::encode(wxim::testing::generate<wxim::easemob::object>(g)));
  wxim_verify::mutants_are_answered<wxim_verify::easemob_dialect>(texts, 504, 4);
}
