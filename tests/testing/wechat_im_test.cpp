// SPDX-License-Identifier: MIT
#include "wxim/testing/wechat_im.hpp"

#include <catch2/catch.hpp>

#include "testing/properties.hpp"

TEST_CASE("wechat_im generators: every frame kind is generated", "[property]") {
  wxim::testing::generator g(1);
  std::vector<bool> seen(std::variant_size_v<wxim::wechat_im::frame>, false);
  for (int i = 0; i < 300; ++i) seen[wxim::testing::generate<wxim::wechat_im::frame>(g).index()] = true;
  for (bool s : seen) CHECK(s);
}

TEST_CASE("wechat_im generators: decode(encode(v)) == v", "[property]") {
  wxim_verify::generated_frames_round_trip<wxim_verify::wechat_im_dialect>(101, 1500);
}

TEST_CASE("wechat_im generators: encode(decode(t)) is JSON-equal to t", "[property]") {
  wxim_verify::generated_texts_are_lossless<wxim_verify::wechat_im_dialect>(102, 400);
}

TEST_CASE("wechat_im generators: mutated generated frames are answered", "[property]") {
  wxim::testing::generator g(103);
  std::vector<std::string> texts;
  for (int i = 0; i < 100; ++i)
    texts.push_back(wxim::wechat_im::encode(wxim::testing::generate<wxim::wechat_im::frame>(g)));
  wxim_verify::mutants_are_answered<wxim_verify::wechat_im_dialect>(texts, 104, 4);
}
