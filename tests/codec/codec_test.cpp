// SPDX-License-Identifier: MIT
#include "wxim/codec/codec.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

namespace {
error fails(const std::string& text) {
  auto r = decode<numbers>(text);
  REQUIRE_FALSE(r);
  CHECK_FALSE(r.error().message.empty());
  return r.error();
}
}  // namespace

TEST_CASE("integers keep all 64 bits", "[codec]") {
  auto r = decode<numbers>(R"({"i64":1700000000123})");
  REQUIRE(r);
  CHECK(*r->i64 == 1700000000123LL);
  CHECK(encode(*r) == R"({"i64":1700000000123})");

  r = decode<numbers>(R"({"i64":9223372036854775807,"u64":18446744073709551615})");
  REQUIRE(r);
  CHECK(*r->i64 == std::numeric_limits<std::int64_t>::max());
  CHECK(*r->u64 == std::numeric_limits<std::uint64_t>::max());
  CHECK(encode(*r) == R"({"i64":9223372036854775807,"u64":18446744073709551615})");

  r = decode<numbers>(R"({"i64":-9223372036854775808,"u64":0})");
  REQUIRE(r);
  CHECK(*r->i64 == std::numeric_limits<std::int64_t>::min());
  CHECK(*r->u64 == 0u);
  CHECK(encode(*r) == R"({"i64":-9223372036854775808,"u64":0})");

  r = decode<numbers>(R"({"i8":-128,"u8":255,"i32":-2147483648,"u32":4294967295})");
  REQUIRE(r);
  CHECK(*r->i8 == -128);
  CHECK(*r->u8 == 255);
  CHECK(*r->i32 == std::numeric_limits<std::int32_t>::min());
  CHECK(*r->u32 == 4294967295u);
  CHECK(encode(*r) == R"({"i32":-2147483648,"i8":-128,"u8":255,"u32":4294967295})");

  r = decode<numbers>(R"({"i64":-0})");
  REQUIRE(r);
  CHECK(*r->i64 == 0);
}

TEST_CASE("integers that do not fit are number_out_of_range at their path", "[codec]") {
  struct tc {
    const char* text;
    const char* path;
  };
  const tc cases[] = {
      {R"({"i64":9223372036854775808})", "/i64"},   // 2^63
      {R"({"i64":18446744073709551616})", "/i64"},  // 2^64
      {R"({"i64":-9223372036854775809})", "/i64"},  // -2^63 - 1
      {R"({"u64":18446744073709551616})", "/u64"},  // 2^64
      {R"({"u64":-1})", "/u64"},                    // negative into unsigned
      {R"({"u8":-1})", "/u8"},
      {R"({"u8":300})", "/u8"},
      {R"({"u8":256})", "/u8"},
      {R"({"i8":128})", "/i8"},
      {R"({"i8":-129})", "/i8"},
      {R"({"i32":2147483648})", "/i32"},
      {R"({"u32":4294967296})", "/u32"},
      {R"({"i64":123456789012345678901234567890})", "/i64"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const error e = fails(c.text);
    CHECK(e.code == errc::number_out_of_range);
    CHECK(e.path == c.path);
  }
}

TEST_CASE("a number that is too large for a double is number_out_of_range", "[codec]") {
  const error e = fails(R"({"d":1e400})");
  CHECK(e.code == errc::number_out_of_range);
  CHECK(e.path == "/d");
  REQUIRE(e.offset.has_value());
  CHECK(*e.offset >= 5);  // somewhere in the number 1e400, bytes 5..9
  CHECK(*e.offset <= 9);

  const error neg = fails(R"({"d":-1e400})");
  CHECK(neg.code == errc::number_out_of_range);
  CHECK(neg.path == "/d");
}

TEST_CASE("what is not an integer is type_mismatch", "[codec]") {
  for (const char* text : {R"({"i64":1.5})", R"({"i64":1.0})", R"({"i64":1e2})", R"({"i64":"1"})", R"({"i64":true})",
                           R"({"i64":[1]})", R"({"i64":{}})", R"({"u8":-1.0})"}) {
    INFO(text);
    const error e = fails(text);
    CHECK(e.code == errc::type_mismatch);
    CHECK(e.path == std::string("/") + (std::string(text).find("u8") != std::string::npos ? "u8" : "i64"));
  }
  CHECK(fails(R"({"i64":null})").code == errc::unexpected_null);
}

TEST_CASE("floating point reads any JSON number", "[codec]") {
  auto r = decode<numbers>(R"({"d":1})");
  REQUIRE(r);
  CHECK(*r->d == 1.0);
  r = decode<numbers>(R"({"d":-2.5e-3,"f":0.5})");
  REQUIRE(r);
  CHECK(*r->d == -2.5e-3);
  CHECK(*r->f == 0.5f);
  r = decode<numbers>(R"({"d":18446744073709551616})");
  REQUIRE(r);
  CHECK(*r->d == 18446744073709551616.0);
  r = decode<numbers>(R"({"d":9007199254740992})");
  REQUIRE(r);
  CHECK(*r->d == 9007199254740992.0);
  r = decode<numbers>(R"({"d":-9223372036854775808})");
  REQUIRE(r);
  CHECK(*r->d == -9223372036854775808.0);
  r = decode<numbers>(R"({"d":-0.0})");
  REQUIRE(r);
  CHECK(*r->d == 0.0);
  CHECK(std::signbit(*r->d));

  CHECK(fails(R"({"d":"1.5"})").code == errc::type_mismatch);
  CHECK(fails(R"({"d":true})").code == errc::type_mismatch);
  CHECK(fails(R"({"d":null})").code == errc::unexpected_null);
}

TEST_CASE("a float field refuses a finite number beyond float's range", "[codec]") {
  auto r = decode<numbers>(R"({"f":3.4e38})");
  REQUIRE(r);
  CHECK(std::isfinite(*r->f));
  const error e = fails(R"({"f":1e39})");
  CHECK(e.code == errc::number_out_of_range);
  CHECK(e.path == "/f");
  CHECK(fails(R"({"f":-1e39})").code == errc::number_out_of_range);
  // What rounds to the largest float is in range; from halfway to the next power of two it is not.
  r = decode<numbers>(R"({"f":3.4028235e38})");
  REQUIRE(r);
  CHECK(*r->f == std::numeric_limits<float>::max());
  r = decode<numbers>(R"({"f":-3.40282356e38})");
  REQUIRE(r);
  CHECK(*r->f == -std::numeric_limits<float>::max());
  CHECK(fails(R"({"f":3.4028236e38})").code == errc::number_out_of_range);
  // Every integer is within a float's range; the ones it holds exactly are read.
  r = decode<numbers>(R"({"f":16777216})");
  REQUIRE(r);
  CHECK(*r->f == 16777216.0f);
  r = decode<numbers>(R"({"f":9223372036854775808})");
  REQUIRE(r);
  CHECK(*r->f == 9223372036854775808.0f);
}

TEST_CASE("an integer a floating-point field cannot hold exactly is refused, not rounded", "[codec]") {
  // Rounded, these would be written back as other integers, and the frame would not survive
  // its round trip.
  for (const char* text : {R"({"d":9007199254740993})", R"({"d":-9007199254740993})", R"({"d":9223372036854775807})",
                           R"({"d":18446744073709551615})", R"({"f":16777217})", R"({"f":18446744073709551615})"}) {
    INFO(text);
    const error e = fails(text);
    CHECK(e.code == errc::number_out_of_range);
    CHECK(e.path == (std::string(text).find("\"f\"") != std::string::npos ? "/f" : "/d"));
    CHECK(e.message.find("exact") != std::string::npos);
  }
  // What they can hold comes back as the same text.
  for (const char* text : {R"({"d":9007199254740992})", R"({"d":-9007199254740992})", R"({"d":9223372036854775808})",
                           R"({"d":-9223372036854775808})", R"({"d":18446744073709549568})"}) {
    INFO(text);
    const auto r = decode<numbers>(text);
    REQUIRE(r);
    CHECK(encode(*r) == text);
  }
}

TEST_CASE("booleans and strings are strict about type", "[codec]") {
  auto r = decode<numbers>(R"({"b":false,"s":""})");
  REQUIRE(r);
  CHECK(*r->b == false);
  CHECK(*r->s == "");
  CHECK(encode(*r) == R"({"b":false,"s":""})");

  for (const char* text : {R"({"b":1})", R"({"b":"true"})", R"({"b":[]})"}) {
    const error e = fails(text);
    CHECK(e.code == errc::type_mismatch);
    CHECK(e.path == "/b");
  }
  for (const char* text : {R"({"s":1})", R"({"s":false})", R"({"s":{}})", R"({"s":["a"]})"}) {
    const error e = fails(text);
    CHECK(e.code == errc::type_mismatch);
    CHECK(e.path == "/s");
  }
}

TEST_CASE("a type mismatch names what was expected and what came", "[codec]") {
  const error e = fails(R"({"s":12})");
  CHECK(e.message.find("string") != std::string::npos);
  CHECK(e.message.find("number") != std::string::npos);
}

TEST_CASE("vectors: elements, nesting, and errors at the element's index", "[codec]") {
  auto v = decode<std::vector<std::vector<int>>>(R"([[1,2],[],[3]])");
  REQUIRE(v);
  CHECK(*v == std::vector<std::vector<int>>{{1, 2}, {}, {3}});
  CHECK(encode(*v) == "[[1,2],[],[3]]");

  auto bad = decode<std::vector<std::vector<int>>>(R"([[1],[2,"x"]])");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::type_mismatch);
  CHECK(bad.error().path == "/1/1");

  const auto obj = decode<std::vector<int>>(R"({"0":1})");
  REQUIRE_FALSE(obj);
  CHECK(obj.error().code == errc::type_mismatch);
  CHECK(obj.error().path == "");

  const auto null = decode<std::vector<int>>("null");
  REQUIRE_FALSE(null);
  CHECK(null.error().code == errc::unexpected_null);

  auto r = decode<conversations_frame>(
      R"({"type":"t","conversations":[{"friendId":"a","latestMsg":"{\"type\":\"t\",\"content\":\"c\",\"time\":1}"},{"latestMsg":"{}"}]})");
  REQUIRE_FALSE(r);
  // Element 1 lacks friendId, but its latestMsg comes first and its "{}" lacks type.
  CHECK(r.error().code == errc::missing_field);
  CHECK(r.error().path == "/conversations/1/latestMsg/type");
}

TEST_CASE("top-level scalars and optional values have codecs too", "[codec]") {
  CHECK(decode<int>("5").value() == 5);
  CHECK(decode<std::string>(R"("x")").value() == "x");
  CHECK(decode<bool>("true").value());
  CHECK(decode<double>("0.25").value() == 0.25);
  CHECK(encode(std::optional<int>()) == "null");
  CHECK(encode(std::optional<int>(3)) == "3");
  const auto r = decode<std::optional<int>>("null");
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::unexpected_null);
  CHECK(r.error().path == "");
}

TEST_CASE("objects: type errors, and an empty object where fields are all optional", "[codec]") {
  auto r = decode<numbers>("{}");
  REQUIRE(r);
  CHECK(encode(*r) == "{}");

  for (const char* text : {"[]", "1", R"("{}")", "true"}) {
    const auto e = decode<user_info>(text);
    REQUIRE_FALSE(e);
    CHECK(e.error().code == errc::type_mismatch);
    CHECK(e.error().path == "");
  }
  const auto n = decode<user_info>("null");
  REQUIRE_FALSE(n);
  CHECK(n.error().code == errc::unexpected_null);
}
