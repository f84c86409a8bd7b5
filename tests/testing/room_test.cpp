// SPDX-License-Identifier: MIT
#include "wxim/testing/room.hpp"

#include <catch2/catch.hpp>

#include "testing/properties.hpp"

TEST_CASE("room generators: every frame kind is generated", "[property]") {
  wxim::testing::generator g(1);
  std::vector<bool> seen(std::variant_size_v<wxim::room::frame>, false);
  for (int i = 0; i < 300; ++i) seen[wxim::testing::generate<wxim::room::frame>(g).index()] = true;
  for (bool s : seen) CHECK(s);
}

TEST_CASE("room generators: decode(encode(v)) == v", "[property]") {
  wxim_verify::generated_frames_round_trip<wxim_verify::room_dialect>(301, 1500);
}

TEST_CASE("room generators: encode(decode(t)) is JSON-equal to t", "[property]") {
  wxim_verify::generated_texts_are_lossless<wxim_verify::room_dialect>(302, 400);
}

TEST_CASE("room generators: mutated generated frames are answered", "[property]") {
  wxim::testing::generator g(303);
  std::vector<std::string> texts;
  for (int i = 0; i < 100; ++i) texts.push_back(wxim::room::encode(wxim::testing::generate<wxim::room::frame>(g)));
  wxim_verify::mutants_are_answered<wxim_verify::room_dialect>(texts, 304, 4);
}
