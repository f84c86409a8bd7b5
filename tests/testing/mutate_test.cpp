// SPDX-License-Identifier: MIT
#include "wxim/testing/mutate.hpp"

#include <catch2/catch.hpp>

#include "testing/properties.hpp"

TEST_CASE("mutate: every mutation kind changes a frame and stays deterministic", "[property]") {
  const std::string frame =
      R"({"type":"get-conversations","conversations":[{"latestMsg":"{\"type\":\"text\",\"content\":\"hi\"}","unread":1}]})";
  for (auto kind : wxim::testing::all_mutations) {
    wxim::testing::generator a(11), b(11);
    const std::string x = wxim::testing::mutate(frame, kind, a);
    CHECK(x == wxim::testing::mutate(frame, kind, b));
    INFO(to_string(kind) << ": " << x);
    CHECK(x != frame);
  }
}

TEST_CASE("mutate: duplicate_key sends a key twice, invalid_utf8 breaks a string", "[property]") {
  wxim::testing::generator g(4);
  const std::string dup = wxim::testing::mutate(R"({"a":1})", wxim::testing::mutation::duplicate_key, g);
  CHECK((dup == R"({"a":1,"a":1})" || dup == R"({"a":1,"a":null})"));
  const std::string bad = wxim::testing::mutate(R"({"a":"xy"})", wxim::testing::mutation::invalid_utf8, g);
  CHECK(wxim::decode<wxim::raw_json>(bad).error().code == wxim::errc::invalid_utf8);
}

TEST_CASE("mutate: every dialect answers mutated golden frames without throwing", "[property]") {
  wxim_verify::for_each_dialect([](auto d) {
    using D = decltype(d);
    const auto texts = wxim_verify::accepted_vectors(D::name);
    INFO(D::name);
    if (texts.empty()) WARN("no golden vectors for " << D::name);
    wxim_verify::mutants_are_answered<D>(texts, 0x5eed, 8);
  });
}

TEST_CASE("mutate: every dialect's golden frames round-trip with both tokenizers", "[property]") {
  wxim_verify::for_each_dialect([](auto d) {
    using D = decltype(d);
    for (const auto& text : wxim_verify::accepted_vectors(D::name)) {
      INFO(D::name << ": " << text);
      const auto v = wxim_verify::check_text<D>(text);
      if (v) INFO(v.what);
      CHECK(v.what == nullptr);
    }
  });
}
