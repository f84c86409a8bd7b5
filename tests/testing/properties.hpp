// SPDX-License-Identifier: MIT
// tests/testing/properties.hpp: the properties every dialect's frames keep.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "../../fuzz/dialects.hpp"
#include "testing/vectors.hpp"
#include "wxim/testing/generate.hpp"
#include "wxim/testing/mutate.hpp"

namespace wxim_verify {

/// decode(encode(v)) == v for generated frames, with both tokenizers, and
/// the encoding is JSON-equal after the round trip.
template <class D>
void generated_frames_round_trip(std::uint64_t seed, int count) {
  wxim::testing::generator g(seed);
  for (int i = 0; i < count; ++i) {
    const auto v = wxim::testing::generate<typename D::frame>(g);
    const std::string text = D::encode(v);
    INFO(D::name << " seed " << seed << " #" << i << ": " << text);
    for (auto p : {wxim::json_parser::wxim_lexer, wxim::json_parser::nlohmann_sax}) {
      const auto back = D::decode(text, D::direction(v), with_parser(p));
      if (!back) INFO(back.error().describe());
      REQUIRE(back.has_value());
      CHECK(back->index() == v.index());
      CHECK(*back == v);
      CHECK(json_equal(D::encode(*back), text));
    }
  }
}

/// encode(decode(t)) JSON-equal to t for texts written from generated
/// frames, and every text's check_text holds.
template <class D>
void generated_texts_are_lossless(std::uint64_t seed, int count) {
  wxim::testing::generator g(seed);
  for (int i = 0; i < count; ++i) {
    const std::string text = D::encode(wxim::testing::generate<typename D::frame>(g));
    INFO(D::name << " seed " << seed << " #" << i << ": " << text);
    const violation v = check_text<D>(text);
    CHECK(v.what == nullptr);
    if (v) INFO(v.what);
  }
}

/// Mutations of `texts`: decoding never throws with either tokenizer, the
/// tokenizers agree on well-formedness, and accepted mutants round-trip.
template <class D>
void mutants_are_answered(const std::vector<std::string>& texts, std::uint64_t seed, int per_text) {
  wxim::testing::generator g(seed);
  for (const auto& text : texts) {
    for (int i = 0; i < per_text; ++i) {
      const auto m = wxim::testing::mutate(text, g);
      INFO(D::name << " " << to_string(m.kind) << ": " << m.text);
      for (auto p : {wxim::json_parser::wxim_lexer, wxim::json_parser::nlohmann_sax})
        for (auto dir : {wxim::direction::any, wxim::direction::c2s, wxim::direction::s2c})
          CHECK_NOTHROW(D::decode(m.text, dir, with_parser(p)));
      violation v;
      CHECK_NOTHROW(v = check_tokenizers(m.text));
      CHECK(v.what == nullptr);
      CHECK_NOTHROW(v = check_text<D>(m.text));
      if (v) INFO(v.what);
      CHECK(v.what == nullptr);
    }
  }
}

}  // namespace wxim_verify
