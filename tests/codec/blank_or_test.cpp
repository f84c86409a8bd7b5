// SPDX-License-Identifier: MIT
#include "wxim/codec/blank_or.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "wxim/codec/decode.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"

namespace blank_or_test {

// A profile as an SDK builds it: numbers that are "" until loaded.
struct profile {
  std::string id;
  wxim::blank_or<std::int64_t> created;
  std::optional<wxim::blank_or<std::int64_t>> members;
  std::optional<wxim::blank_or<double>> score;
  std::optional<wxim::blank_or<bool>> muted;
  wxim::extras unknown;
};
constexpr auto wxim_schema(wxim::schema::tag<profile>) {
  using namespace wxim::schema;
  return object<profile>(field("id", &profile::id), field("created", &profile::created),
                         field("members", &profile::members), field("score", &profile::score),
                         field("muted", &profile::muted))
      .keep_unknown(&profile::unknown);
}
using wxim::adl::operator==;
using wxim::adl::operator!=;

}  // namespace blank_or_test

using namespace wxim;
using blank_or_test::profile;

TEST_CASE("blank_or reads a number or \"\" and writes each back as it came", "[codec]") {
  auto n = decode<blank_or<std::int64_t>>("1700000000");
  REQUIRE(n);
  CHECK(*n == blank_or<std::int64_t>(1700000000));
  CHECK(encode(*n) == "1700000000");

  auto b = decode<blank_or<std::int64_t>>(R"("")");
  REQUIRE(b);
  CHECK(b->is_blank());
  CHECK(encode(*b) == R"("")");

  auto z = decode<blank_or<std::int64_t>>("0");
  REQUIRE(z);
  CHECK(z->has_value());  // 0 is a number, not the placeholder
  CHECK(encode(*z) == "0");

  CHECK(encode(blank_or<double>(0.5)) == "0.5");
  CHECK(encode(blank_or<bool>(false)) == "false");
  CHECK(encode(blank_or<bool>()) == R"("")");
  CHECK(decode<blank_or<bool>>("true")->value());
}

TEST_CASE("blank_or refuses what is neither, with the reason", "[codec]") {
  const auto code_of = [](const char* text, const decode_options& o = {}) {
    return decode<blank_or<std::int64_t>>(text, o).error().code;
  };
  CHECK(code_of(R"("12")") == errc::type_mismatch);  // a numeric string: only under leniency
  CHECK(code_of(R"(" ")") == errc::type_mismatch);
  CHECK(code_of("null") == errc::unexpected_null);
  CHECK(code_of("true") == errc::type_mismatch);
  CHECK(code_of("1.5") == errc::type_mismatch);
  CHECK(code_of("[]") == errc::type_mismatch);
  CHECK(code_of("9223372036854775808") == errc::number_out_of_range);
  CHECK(decode<blank_or<std::int64_t>>(R"("x")").error().message.find(R"("")") != std::string::npos);
  CHECK(decode<blank_or<bool>>("0").error().code == errc::type_mismatch);
  CHECK(decode<blank_or<std::string>>(R"("x")").error().code == errc::type_mismatch);

  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  auto digits = decode<blank_or<std::int64_t>>(R"("57")", lax);
  REQUIRE(digits);
  CHECK(*digits == blank_or<std::int64_t>(57));
  CHECK(code_of(R"("5x")", lax) == errc::type_mismatch);
  CHECK(decode<blank_or<std::int64_t>>(R"("")", lax)->is_blank());
}

TEST_CASE("blank_or fields: absent, blank and number all round-trip", "[codec]") {
  const std::string fresh = R"({"id":"g1","created":"","members":"","score":"","muted":""})";
  auto f = decode<profile>(fresh);
  REQUIRE(f);
  CHECK(f->created.is_blank());
  REQUIRE(f->members);
  CHECK(f->members->is_blank());
  CHECK(encode(*f) == fresh);

  const std::string loaded = R"({"id":"g1","created":1700000000,"members":5,"score":0.25,"muted":false})";
  auto l = decode<profile>(loaded);
  REQUIRE(l);
  CHECK(l->created == blank_or<std::int64_t>(1700000000));
  CHECK(**l->members == 5);
  CHECK(encode(*l) == loaded);
  CHECK(*l != *f);

  const std::string bare = R"({"id":"g1","created":7})";
  auto a = decode<profile>(bare);
  REQUIRE(a);
  CHECK_FALSE(a->members);
  CHECK(encode(*a) == bare);

  // Required stays required: "" is a value, absence is not.
  auto missing = decode<profile>(R"({"id":"g1"})");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == errc::missing_field);
  CHECK(missing.error().path == "/created");
  auto bad = decode<profile>(R"({"id":"g1","created":"","members":"n/a"})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::type_mismatch);
  CHECK(bad.error().path == "/members");

  // Under numeric-strings a string of digits is kept and written back as a string.
  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  const std::string stringly = R"({"id":"g1","created":"1700000000","members":""})";
  auto s = decode<profile>(stringly, lax);
  REQUIRE(s);
  CHECK(s->created == blank_or<std::int64_t>(1700000000));
  CHECK(encode(*s) == stringly);
}
