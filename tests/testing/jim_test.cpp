// SPDX-License-Identifier: MIT
#include "wxim/testing/jim.hpp"

#include <catch2/catch.hpp>

#include "testing/properties.hpp"

TEST_CASE("jim generators: every frame kind is generated", "[property]") {
  wxim::testing::generator g(1);
  std::vector<bool> seen(std::variant_size_v<wxim::jim::frame>, false);
  for (int i = 0; i < 300; ++i) seen[wxim::testing::generate<wxim::jim::frame>(g).index()] = true;
  for (bool s : seen) CHECK(s);
}

TEST_CASE("jim generators: decode(encode(v)) == v", "[property]") {
  wxim_verify::generated_frames_round_trip<wxim_verify::jim_dialect>(201, 1500);
}

TEST_CASE("jim generators: encode(decode(t)) is JSON-equal to t", "[property]") {
  wxim_verify::generated_texts_are_lossless<wxim_verify::jim_dialect>(202, 400);
}

TEST_CASE("jim generators: mutated generated frames are answered", "[property]") {
  wxim::testing::generator g(203);
  std::vector<std::string> texts;
  for (int i = 0; i < 100; ++i) texts.push_back(wxim::jim::encode(wxim::testing::generate<wxim::jim::frame>(g)));
  wxim_verify::mutants_are_answered<wxim_verify::jim_dialect>(texts, 204, 4);
}
