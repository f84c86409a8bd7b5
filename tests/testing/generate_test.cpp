// SPDX-License-Identifier: MIT
#include "wxim/testing/generate.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/blank_or.hpp"
#include "wxim/codec/decode.hpp"
#include "wxim/codec/encode.hpp"
#include "wxim/schema/equal.hpp"

namespace gen_test {
struct meta {
  std::int64_t v = 0;
};
constexpr auto wxim_schema(wxim::schema::tag<meta>) {
  using namespace wxim::schema;
  return object<meta>(field("v", &meta::v));
}
struct shape {
  bool flag = false;
  std::int8_t small = 0;
  std::uint64_t big = 0;
  double real = 0;
  float single = 0;
  std::string name;
  std::vector<std::string> members;
  std::optional<std::int64_t> at;
  wxim::nullable<std::string> topic;
  wxim::raw_json any;
  std::optional<wxim::raw_json> maybe_any;
  wxim::nullable<wxim::raw_json> null_or_any;
  wxim::embedded_json<meta> inner;
  std::vector<shape> children;
  std::int32_t level = 3;
  wxim::extras unknown;
};
constexpr auto wxim_schema(wxim::schema::tag<shape>) {
  using namespace wxim::schema;
  using T = shape;
  return object<T>(field("flag", &T::flag), field("small", &T::small), field("big", &T::big), field("real", &T::real),
                   field("single", &T::single), field("name", &T::name), field("members", &T::members),
                   field("at", &T::at), field("topic", &T::topic), field("any", &T::any),
                   field("maybeAny", &T::maybe_any), field("nullOrAny", &T::null_or_any), field("inner", &T::inner),
                   field("children", &T::children), field("level", &T::level, default_to(3)))
      .keep_unknown(&T::unknown);
}
using wxim::adl::operator==;
using wxim::adl::operator!=;

enum class level { low, high };
}  // namespace gen_test

template <>
struct wxim::testing::arbitrary<gen_test::level> {
  static gen_test::level generate(generator& g) { return g.coin() ? gen_test::level::low : gen_test::level::high; }
};

TEST_CASE("generate: values of a described type round-trip with both tokenizers", "[property]") {
  wxim::testing::generator g(2024);
  bool saw_extras = false, saw_null = false, saw_absent = false;
  for (int i = 0; i < 1500; ++i) {
    const auto v = wxim::testing::generate<gen_test::shape>(g);
    saw_extras = saw_extras || !v.unknown.empty();
    saw_null = saw_null || v.topic.is_null();
    saw_absent = saw_absent || !v.at.has_value();
    const std::string text = wxim::encode(v);
    for (auto p : {wxim::json_parser::wxim_lexer, wxim::json_parser::nlohmann_sax}) {
      wxim::decode_options o;
      o.parser = p;
      const auto back = wxim::decode<gen_test::shape>(text, o);
      INFO(text);
      REQUIRE(back.has_value());
      CHECK(*back == v);
      CHECK(wxim::encode(*back) == text);
    }
  }
  CHECK(saw_extras);
  CHECK(saw_null);
  CHECK(saw_absent);
}

TEST_CASE("generate: the same seed gives the same values", "[property]") {
  wxim::testing::generator a(77), b(77);
  for (int i = 0; i < 50; ++i)
    CHECK(wxim::encode(wxim::testing::generate<gen_test::shape>(a)) ==
          wxim::encode(wxim::testing::generate<gen_test::shape>(b)));
}

TEST_CASE("generate: integers reach their extremes and 13-digit timestamps", "[property]") {
  wxim::testing::generator g(3);
  bool min = false, max = false, ms = false;
  for (int i = 0; i < 2000; ++i) {
    const auto v = wxim::testing::generate<std::int64_t>(g);
    min = min || v == INT64_MIN;
    max = max || v == INT64_MAX;
    ms = ms || (v >= 1000000000000 && v <= 9999999999999);
  }
  CHECK((min && max && ms));
}

TEST_CASE("generate: arbitrary<T> is the customization point", "[property]") {
  wxim::testing::generator g(1);
  const auto l = wxim::testing::generate<gen_test::level>(g);
  CHECK((l == gen_test::level::low || l == gen_test::level::high));
  const auto x = wxim::testing::random_extras(g, wxim::schema::schema_of<gen_test::shape>());
  for (const auto& [k, v] : x) CHECK(k.rfind("x-", 0) == 0);
}

TEST_CASE("blank_or values generate both the placeholder and numbers, and round-trip", "[testing]") {
  wxim::testing::generator g(11);
  bool blank = false, number = false;
  for (int i = 0; i < 200; ++i) {
    const auto v = wxim::testing::generate<wxim::blank_or<std::int64_t>>(g);
    (v.is_blank() ? blank : number) = true;
    CHECK(wxim::decode<wxim::blank_or<std::int64_t>>(wxim::encode(v)).value() == v);
  }
  CHECK(blank);
  CHECK(number);
}
