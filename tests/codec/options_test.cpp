// SPDX-License-Identifier: MIT
#include "wxim/codec/options.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

namespace {
decode_options with(leniency l) {
  decode_options o;
  o.lenient = l;
  return o;
}
}  // namespace

TEST_CASE("defaults are strict with safe limits", "[codec]") {
  const decode_options o;
  CHECK(o.lenient == leniency::none);
  CHECK(o.limits.max_frame_bytes == 1048576u);
  CHECK(o.limits.max_depth == 64u);
  CHECK(o.limits.max_string_bytes == 1048576u);
  CHECK(o.limits.max_array_size == 100000u);
}

TEST_CASE("leniencies combine as flags and have CLI names", "[codec]") {
  leniency l = leniency::numeric_strings;
  l |= leniency::duplicate_keys;
  CHECK(has(l, leniency::numeric_strings));
  CHECK(has(l, leniency::duplicate_keys));
  CHECK_FALSE(has(l, leniency::case_insensitive_keys));
  CHECK_FALSE(has(leniency::none, leniency::numeric_strings));
  CHECK(has(leniency::numeric_strings | leniency::any_content, leniency::any_content));

  for (leniency one : all_leniencies) {
    const auto name = to_string(one);
    CHECK(name != "none");
    CHECK(parse_leniency(name) == one);
  }
  CHECK(to_string(leniency::case_insensitive_keys) == "case-insensitive-keys");
  CHECK(parse_leniency("numeric-strings") == leniency::numeric_strings);
  CHECK_FALSE(parse_leniency("numeric_strings").has_value());
  CHECK_FALSE(parse_leniency("").has_value());
  CHECK_FALSE(parse_leniency("none").has_value());
}

TEST_CASE("numeric_strings: strict by default", "[codec]") {
  const auto r = decode<numbers>(R"({"i64":"123"})");
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::type_mismatch);
  CHECK(r.error().path == "/i64");
}

TEST_CASE("numeric_strings: a string of digits where an integer is expected", "[codec]") {
  const auto o = with(leniency::numeric_strings);
  auto r = decode<numbers>(R"({"i64":"123","i8":"-127","u8":"255","u64":"18446744073709551615"})", o);
  REQUIRE(r);
  CHECK(*r->i64 == 123);
  CHECK(*r->i8 == -127);
  CHECK(*r->u8 == 255);
  CHECK(*r->u64 == 18446744073709551615ull);
  CHECK(encode(*r) == R"({"i64":123,"u64":18446744073709551615,"i8":-127,"u8":255})");

  r = decode<numbers>(R"({"i64":"-9223372036854775808"})", o);
  REQUIRE(r);
  CHECK(*r->i64 == std::numeric_limits<std::int64_t>::min());

  // A real number is still fine.
  CHECK(decode<numbers>(R"({"i64":5})", o));

  struct tc {
    const char* text;
    errc code;
    const char* path;
  };
  const tc cases[] = {
      {R"({"i64":"1.5"})", errc::type_mismatch, "/i64"},
      {R"({"i64":"1e3"})", errc::type_mismatch, "/i64"},
      {R"({"i64":""})", errc::type_mismatch, "/i64"},
      {R"({"i64":"-"})", errc::type_mismatch, "/i64"},
      {R"({"i64":" 1"})", errc::type_mismatch, "/i64"},
      {R"({"i64":"+1"})", errc::type_mismatch, "/i64"},
      {R"({"i64":"0x10"})", errc::type_mismatch, "/i64"},
      {R"({"i64":"9223372036854775808"})", errc::number_out_of_range, "/i64"},
      {R"({"i64":"99999999999999999999999"})", errc::number_out_of_range, "/i64"},
      {R"({"i8":"-129"})", errc::number_out_of_range, "/i8"},
      {R"({"u8":"256"})", errc::number_out_of_range, "/u8"},
      {R"({"u8":"-1"})", errc::number_out_of_range, "/u8"},
      {R"({"i64":null})", errc::unexpected_null, "/i64"},
      {R"({"d":"1.5"})", errc::type_mismatch, "/d"},  // integers only
      {R"({"b":"1"})", errc::type_mismatch, "/b"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto e = decode<numbers>(c.text, o);
    REQUIRE_FALSE(e);
    CHECK(e.error().code == c.code);
    CHECK(e.error().path == c.path);
    CHECK_FALSE(e.error().message.empty());
  }
}

TEST_CASE("case_insensitive_keys: strict by default", "[codec]") {
  const auto r = decode<user_info>(R"({"USERID":"u"})");
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::missing_field);
  CHECK(r.error().path == "/userId");
  // And the near miss is an unknown key when something else is wrong-free.
  const auto k = decode<user_info>(R"({"userId":"u","user_id":"v"})");
  REQUIRE(k);
  CHECK(k->user_id == "u");
  REQUIRE(k->extras.find("user_id"));
  CHECK(k->extras.find("user_id")->text == R"("v")");
}

TEST_CASE("case_insensitive_keys: keys match ignoring case and underscores", "[codec]") {
  const auto o = with(leniency::case_insensitive_keys);
  for (const char* text :
       {R"({"USERID":"u"})", R"({"user_id":"u"})", R"({"User_Id":"u"})", R"({"userid":"u"})", R"({"_user_id_":"u"})"}) {
    INFO(text);
    const auto r = decode<user_info>(text, o);
    REQUIRE(r);
    CHECK(r->user_id == "u");
    CHECK(r->extras.empty());
    CHECK(encode(*r) == text);  // written back with the peer's spelling
    REQUIRE(r->extras.spelling_of("userId") != nullptr);
    CHECK(r->extras.spelling_of("userId")->key == nlohmann::json::parse(text).begin().key());
    CHECK(*r == decode<user_info>(R"({"userId":"u"})").value());
  }
  // Not a match: a different word stays unknown.
  auto r = decode<user_info>(R"({"userId":"u","nick":"n"})", o);
  REQUIRE(r);
  CHECK_FALSE(r->nick_name.has_value());
  CHECK(r->extras.find("nick") != nullptr);
  // Two spellings of one key are the same key twice.
  const auto d = decode<user_info>(R"({"userid":"a","userId":"b"})", o);
  REQUIRE_FALSE(d);
  CHECK(d.error().code == errc::duplicate_key);
  CHECK(d.error().path == "/userId");
}

TEST_CASE("case_insensitive_keys: a dialect's own key rule", "[codec]") {
  // Only an all-capitals spelling, say, and no underscores ignored.
  const key_rule upper_only = [](const std::string_view* declared, std::size_t n, std::string_view key) {
    for (std::size_t i = 0; i < n; ++i) {
      std::string up(declared[i]);
      for (char& c : up) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      if (up == key) return i;
    }
    return n;
  };
  auto o = with(leniency::case_insensitive_keys);
  o.match_key_loosely = upper_only;
  const auto r = decode<user_info>(R"({"USERID":"u","NICKNAME":"n"})", o);
  REQUIRE(r);
  CHECK(r->user_id == "u");
  CHECK(*r->nick_name == "n");
  CHECK(encode(*r) == R"({"USERID":"u","NICKNAME":"n"})");
  // The rule says no: the key stays unknown, and userId is then missing.
  const auto miss = decode<user_info>(R"({"user_id":"u"})", o);
  REQUIRE_FALSE(miss);
  CHECK(miss.error().code == errc::missing_field);
  // Without the leniency the rule is not used.
  o.lenient = leniency::none;
  CHECK_FALSE(decode<user_info>(R"({"USERID":"u"})", o));
}

TEST_CASE("numeric_strings: a value sent as a string is written back as a string while unchanged", "[codec]") {
  const auto o = with(leniency::numeric_strings);
  const char* text = R"({"type":"login","userInfo":{"userId":"u1"},"seq":"007","token":null,"version":"2"})";
  auto r = decode<login_frame>(text, o);
  REQUIRE(r);
  CHECK(r->seq == 7);
  CHECK(r->version == 2);
  CHECK(encode(*r) == text);
  r->seq = 8;  // changed: the peer's form, the new value
  CHECK(encode(*r) == R"({"type":"login","userInfo":{"userId":"u1"},"seq":8,"token":null,"version":"2"})");
  // Keys and values together.
  const auto both = decode<login_frame>(R"({"TYPE":"login","user_info":{"USERID":"u1"},"Seq":"1","token":null})",
                                        with(leniency::numeric_strings | leniency::case_insensitive_keys));
  REQUIRE(both);
  CHECK(encode(*both) == R"({"TYPE":"login","user_info":{"USERID":"u1"},"Seq":"1","token":null})");
}

TEST_CASE("duplicate_keys: the last value wins where JSON.parse would keep it", "[codec]") {
  const auto o = with(leniency::duplicate_keys);
  auto r = decode<user_info>(R"({"userId":"a","x":1,"userId":"b","x":2,"y":3})", o);
  REQUIRE(r);
  CHECK(r->user_id == "b");
  REQUIRE(r->extras.size() == 2);
  CHECK(r->extras.begin()->first == "x");  // where it first came, as a JavaScript object keeps it
  CHECK(r->extras.find("x")->text == "2");

  auto raw = decode<raw_json>(R"({"a":{"y":1,"y":2}})", o);
  REQUIRE(raw);
  CHECK(nlohmann::json::parse(raw->text)["a"]["y"] == 2);

  auto dropped = decode<numbers>(R"({"zz":1,"zz":2,"i64":1,"i64":4})", o);
  REQUIRE(dropped);
  CHECK(*dropped->i64 == 4);

  // A key three times, interleaved with others: one entry each, in first-seen order, last value.
  r = decode<user_info>(R"({"a":1,"b":2,"userId":"u","a":3,"c":4,"b":5,"a":6})", o);
  REQUIRE(r);
  std::vector<std::string> keys;
  for (const auto& e : r->extras) keys.push_back(e.first + "=" + e.second.text);
  CHECK(keys == std::vector<std::string>{"a=6", "b=5", "c=4"});
}

TEST_CASE("duplicate_keys: a repeated object member is replaced whole, not merged", "[codec]") {
  const auto o = with(leniency::duplicate_keys);
  const auto r = decode<login_frame>(
      R"({"type":"login","userInfo":{"userId":"a","nickName":"n","x":1},"seq":1,"token":null,"userInfo":{"userId":"b"}})",
      o);
  REQUIRE(r);
  CHECK(r->user.user_id == "b");
  CHECK_FALSE(r->user.nick_name.has_value());
  CHECK(r->user.extras.empty());
  // The replacement must itself be complete.
  const auto bad = decode<login_frame>(
      R"({"type":"login","userInfo":{"userId":"a"},"seq":1,"token":null,"userInfo":{"nickName":"n"}})", o);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::missing_field);
  CHECK(bad.error().path == "/userInfo/userId");
}
