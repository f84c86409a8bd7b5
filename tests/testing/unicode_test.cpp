// SPDX-License-Identifier: MIT
#include "wxim/testing/unicode.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"
#include "wxim/codec/encode.hpp"

TEST_CASE("unicode: every edge case and random string is UTF-8 that round-trips", "[property]") {
  wxim::testing::generator g(5);
  for (auto s : wxim::testing::unicode_edge_cases) {
    const std::string text = wxim::encode(std::string(s));
    CHECK(wxim::decode<std::string>(text).value() == s);
  }
  for (int i = 0; i < 2000; ++i) {
    const std::string s = wxim::testing::unicode_string(g, 8);
    for (auto p : {wxim::json_parser::wxim_lexer, wxim::json_parser::nlohmann_sax}) {
      wxim::decode_options o;
      o.parser = p;
      const auto back = wxim::decode<std::string>(wxim::encode(s), o);
      REQUIRE(back.has_value());
      CHECK(*back == s);
    }
  }
}

TEST_CASE("unicode: append_utf8 refuses surrogates and values past U+10FFFF", "[property]") {
  std::string s;
  wxim::testing::append_utf8(s, 0xD800);
  wxim::testing::append_utf8(s, 0x110000);
  CHECK(s == "\uFFFD\uFFFD");
  s.clear();
  wxim::testing::append_utf8(s, 0x10FFFF);
  CHECK(s == "\U0010FFFF");
}
