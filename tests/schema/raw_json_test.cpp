// SPDX-License-Identifier: MIT
#include "wxim/schema/raw_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

namespace {
bool json_equal(const std::string& a, const std::string& b) {
  return nlohmann::json::parse(a) == nlohmann::json::parse(b);
}

std::vector<std::string> keys_of(const extras& x) {
  std::vector<std::string> out;
  for (const auto& e : x) out.push_back(e.first);
  return out;
}
}  // namespace

TEST_CASE("raw_json holds one value as compact text", "[schema]") {
  const auto r = decode<raw_json>(" [ 1 , { \"a\" : null , \"b\" : [ ] } , \"x y\" , true , {} ] ");
  REQUIRE(r);
  CHECK(r->text == R"([1,{"a":null,"b":[]},"x y",true,{}])");
  CHECK_FALSE(r->is_null());
  CHECK(encode(*r) == r->text);

  const auto n = decode<raw_json>("null");
  REQUIRE(n);
  CHECK(n->is_null());

  CHECK(raw_json{"1"} == raw_json{"1"});
  CHECK(raw_json{"1"} != raw_json{"1.0"});
}

TEST_CASE("raw_json spells numbers as they were sent", "[schema]") {
  const std::vector<std::string> spellings = {"1.50",
                                              "1E5",
                                              "1e+5",
                                              "-0.0",
                                              "1e-7",
                                              "0.10",
                                              "-1.25E-3",
                                              "123456789012345678901234567890",
                                              "-9223372036854775809"};
  for (const auto& s : spellings) {
    const auto r = decode<raw_json>(s);
    REQUIRE(r);
    CHECK(r->text == s);
  }
  // Integers in range have one spelling anyway.
  CHECK(decode<raw_json>("9223372036854775807")->text == "9223372036854775807");
  CHECK(decode<raw_json>("18446744073709551615")->text == "18446744073709551615");
  CHECK(decode<raw_json>("-9223372036854775808")->text == "-9223372036854775808");
}

TEST_CASE("raw_json re-escapes strings as JSON.stringify does", "[schema]") {
  // \u00e9 becomes raw é; \/ becomes /; U+2028 stays raw; \n stays \n; \u001f stays escaped.
  const auto r = decode<raw_json>(R"(["q\"\\\/\n\u00e9\u2028\u001f"])");
  REQUIRE(r);
  CHECK(r->text == "[\"q\\\"\\\\/\\n\xC3\xA9\xE2\x80\xA8\\u001f\"]");
}

TEST_CASE("extras: add, replace, find, erase, order", "[schema]") {
  extras x;
  CHECK(x.empty());
  x.set("b", raw_json{"1"});
  x.set("a", raw_json{"[2]"});
  x.set("b", raw_json{"3"});  // replaced in place
  CHECK(x.size() == 2);
  CHECK(keys_of(x) == std::vector<std::string>{"b", "a"});
  REQUIRE(x.find("b") != nullptr);
  CHECK(x.find("b")->text == "3");
  CHECK(x.find("c") == nullptr);

  extras y;
  y.set("a", raw_json{"[2]"});
  y.set("b", raw_json{"3"});
  CHECK(x != y);  // same entries, another order
  CHECK(x.erase("b"));
  CHECK_FALSE(x.erase("b"));
  y.erase("b");
  CHECK(x == y);
  x.clear();
  CHECK(x.empty());
}

TEST_CASE("unknown keys are kept in order with their raw values and written after the known keys", "[schema]") {
  const std::string text =
      R"({"z":{"x" : [1, 2, {"deep":"v"}]},"userId":"u1","arr":[true,null,"s"],"n":1.50,"e":1E5,)"
      R"("big":123456789012345678901234567890,"esc":"a\"b\\c\/d\u00e9\ud83d\ude00","nickName":"N","empty":{}})";
  const auto r = decode<user_info>(text);
  REQUIRE(r);
  CHECK(r->user_id == "u1");
  CHECK(r->nick_name == std::optional<std::string>("N"));
  CHECK(keys_of(r->extras) == std::vector<std::string>{"z", "arr", "n", "e", "big", "esc", "empty"});
  CHECK(r->extras.find("z")->text == R"({"x":[1,2,{"deep":"v"}]})");
  CHECK(r->extras.find("arr")->text == R"([true,null,"s"])");
  CHECK(r->extras.find("n")->text == "1.50");
  CHECK(r->extras.find("e")->text == "1E5");
  CHECK(r->extras.find("big")->text == "123456789012345678901234567890");
  CHECK(r->extras.find("esc")->text == "\"a\\\"b\\\\c/d\xC3\xA9\xF0\x9F\x98\x80\"");
  CHECK(r->extras.find("empty")->text == "{}");

  const std::string out = encode(*r);
  CHECK(out == R"({"userId":"u1","nickName":"N","z":{"x":[1,2,{"deep":"v"}]},"arr":[true,null,"s"],"n":1.50,)"
               R"("e":1E5,"big":123456789012345678901234567890,"esc":"a\"b\\c/d)"
               "\xC3\xA9\xF0\x9F\x98\x80"
               R"(","empty":{}})");
  CHECK(json_equal(out, text));
  // And the second round trip is a fixed point.
  CHECK(encode(decode<user_info>(out).value()) == out);
}

TEST_CASE("unknown keys at every level of a nested frame survive a round trip", "[schema]") {
  const std::string text =
      R"({"type":"conversations","v":2,"conversations":[{"friendId":"f1","x":[1],"latestMsg":)"
      R"("{\"type\":\"text\",\"content\":\"hi\",\"time\":1700000000000,\"extra\":{\"k\":1}}","unread":3}],)"
      R"("payload":{"any":["thing",1.0]},"trailer":null})";
  const auto r = decode<conversations_frame>(text);
  REQUIRE(r);
  CHECK(r->extras.find("v")->text == "2");
  CHECK(r->extras.find("trailer")->is_null());
  REQUIRE(r->conversations.size() == 1);
  CHECK(r->conversations[0].extras.find("x")->text == "[1]");
  CHECK(r->conversations[0].latest_msg.value.extras.find("extra")->text == R"({"k":1})");
  CHECK(json_equal(encode(*r), text));
}

TEST_CASE("a shape without keep_unknown drops unknown keys", "[schema]") {
  const auto r = decode<numbers>(R"({"zzz":{"a":[1,{"b":2}]},"i64":5,"yyy":"s"})");
  REQUIRE(r);
  CHECK(r->i64 == std::optional<std::int64_t>(5));
  CHECK(encode(*r) == R"({"i64":5})");
}

TEST_CASE("a raw value built by hand is written verbatim, an empty one is written as null", "[schema]") {
  user_info u;
  u.user_id = "u";
  u.extras.set("k", raw_json{R"({"a":[1,2]})"});
  CHECK(encode(u) == R"({"userId":"u","k":{"a":[1,2]}})");

  u.extras.set("k", raw_json{});
  const std::string out = encode(u);
  CHECK_NOTHROW(nlohmann::json::parse(out));
  CHECK(out == R"({"userId":"u","k":null})");

  conversations_frame f;
  f.payload = raw_json{};
  CHECK(encode(f) == R"({"type":"","conversations":[],"payload":null})");
}
