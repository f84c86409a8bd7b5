// SPDX-License-Identifier: MIT
// The hostile-input catalogue (tests/vectors/hostile/catalogue.jsonl): each
// input gets its error (code and path), or its documented acceptance, with
// both tokenizers; time per megabyte is printed, not asserted.
#include "testing/hostile.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>

TEST_CASE("hostile inputs: an error with a code and a path, or the documented acceptance", "[property][hostile]") {
  const auto cases = wxim_verify::hostile_catalogue();
  REQUIRE(cases.size() >= 40);
  for (const auto& c : cases) {
    const std::string text = wxim_verify::materialize(c);
    for (auto p : {wxim::json_parser::wxim_lexer, wxim::json_parser::nlohmann_sax}) {
      INFO(c.name << (p == wxim::json_parser::wxim_lexer ? " (wxim lexer)" : " (nlohmann)"));
      const auto start = std::chrono::steady_clock::now();
      wxim::result<std::string> r = wxim::result<std::string>(std::string());
      REQUIRE_NOTHROW(r = wxim_verify::decode_hostile(c, text, p));
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (text.size() >= (1u << 20))
        std::printf("hostile: %-60s %-8s %8.2f MB %8.3f s/MB\n", c.name.c_str(),
                    p == wxim::json_parser::wxim_lexer ? "wxim" : "nlohmann", text.size() / 1e6,
                    secs / (text.size() / 1e6));
      if (c.code) {
        REQUIRE_FALSE(r.has_value());
        CHECK(to_string(r.error().code) == *c.code);
        CHECK((r.error().path.empty() || r.error().path[0] == '/'));
        if (c.path) CHECK(r.error().path == *c.path);
        CHECK_FALSE(r.error().message.empty());
      } else {
        if (!r) INFO(r.error().describe());
        REQUIRE(r.has_value());
        if (c.accept.is_string()) CHECK(*r == c.accept.get<std::string>());
        CHECK(wxim_verify::json_equal(*r, text));
      }
    }
  }
}

TEST_CASE("hostile inputs: JSON nested in strings 50 times unwraps 50 times", "[property][hostile]") {
  for (const auto& c : wxim_verify::hostile_catalogue()) {
    if (c.decoder != "raw" || !c.parts.at(0).contains("nest_in_string")) continue;
    std::string text = wxim_verify::materialize(c);
    const int levels = c.parts.at(0)["nest_in_string"];
    for (int i = 0; i < levels; ++i) {
      auto s = wxim::decode<std::string>(text);
      REQUIRE(s.has_value());
      text = std::move(*s);
    }
    CHECK(text == c.parts.at(0)["text"].get<std::string>());
  }
}
