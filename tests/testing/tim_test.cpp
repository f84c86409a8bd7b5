// SPDX-License-Identifier: MIT
#include "wxim/testing/tim.hpp"

#include <catch2/catch.hpp>

#include "testing/properties.hpp"

TEST_CASE("tim generators: every object kind, element type and event data shape is generated", "[property]") {
  wxim::testing::generator g(1);
  std::vector<bool> kinds(std::variant_size_v<wxim::tim::object>, false);
  std::vector<bool> payloads(std::variant_size_v<wxim::tim::payload>, false);
  std::vector<bool> data(std::variant_size_v<wxim::tim::event_data>, false);
  // Enough objects that each of the 39 event names (and so each data shape) comes up.
  for (int i = 0; i < 2000; ++i) {
    const auto o = wxim::testing::generate<wxim::tim::object>(g);
    kinds[o.index()] = true;
    if (const auto* m = std::get_if<wxim::tim::message>(&o)) {
      payloads[m->payload.index()] = true;
      CHECK(m->kind() == wxim::tim::type_of(m->payload));
    }
    if (const auto* e = std::get_if<wxim::tim::event>(&o); e && e->data) {
      data[e->data->index()] = true;
      CHECK(static_cast<wxim::tim::event_data_kind>(e->data->index()) == wxim::tim::data_kind_of(e->name));
    }
  }
  for (bool s : kinds) CHECK(s);
  for (bool s : payloads) CHECK(s);
  for (bool s : data) CHECK(s);
}

TEST_CASE("tim generators: decode(encode(v)) == v", "[property]") {
  wxim_verify::generated_frames_round_trip<wxim_verify::tim_dialect>(401, 1500);
}

TEST_CASE("tim generators: encode(decode(t)) is JSON-equal to t", "[property]") {
  wxim_verify::generated_texts_are_lossless<wxim_verify::tim_dialect>(402, 400);
}

TEST_CASE("tim generators: mutated generated objects are answered", "[property]") {
  wxim::testing::generator g(403);
  std::vector<std::string> texts;
  for (int i = 0; i < 100; ++i) texts.push_back(wxim::tim::encode(wxim::testing::generate<wxim::tim::object>(g)));
  wxim_verify::mutants_are_answered<wxim_verify::tim_dialect>(texts, 404, 4);
}
