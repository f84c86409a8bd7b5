// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/ordered_map.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("an ordered map keeps the peer's key order and round-trips", "[jim]") {
  const std::string text = R"({"zed":[1],"100":[2,3],"a b/c":[],"Zed":[4]})";
  auto m = decode<ordered_map<std::vector<int>>>(text);
  REQUIRE(m);
  REQUIRE(m->size() == 4);
  CHECK(m->begin()->first == "zed");
  CHECK(m->find("Zed")->at(0) == 4);  // keys are ids: case matters
  CHECK(m->find("100")->size() == 2);
  CHECK_FALSE(m->find("ZED"));
  CHECK(encode(*m) == text);
  CHECK(encode(ordered_map<int>{}) == "{}");
}

TEST_CASE("an ordered map refuses a key twice unless duplicate-keys", "[jim]") {
  const std::string text = R"({"g":1,"h":2,"g":3})";
  auto strict = decode<ordered_map<int>>(text);
  REQUIRE_FALSE(strict);
  CHECK(strict.error().code == errc::duplicate_key);
  CHECK(strict.error().path == "/g");
  decode_options lax;
  lax.lenient = leniency::duplicate_keys;
  auto last = decode<ordered_map<int>>(text, lax);
  REQUIRE(last);
  CHECK(encode(*last) == R"({"g":3,"h":2})");  // the last value, in the first place
}

TEST_CASE("an ordered map reports errors inside with their key", "[jim]") {
  CHECK(decode<ordered_map<int>>("[]").error().code == errc::type_mismatch);
  auto e = decode<ordered_map<std::vector<int>>>(R"({"ok":[1],"a/b":[1,"x"]})");
  REQUIRE_FALSE(e);
  CHECK(e.error().path == "/a~1b/1");
}

TEST_CASE("an ordered map edits in place", "[jim]") {
  ordered_map<int> m{{"b", 1}, {"a", 2}};
  CHECK(m.insert("c", 3));
  CHECK_FALSE(m.insert("a", 9));
  CHECK(*m.find("a") == 2);
  m.set("a", 5);
  m["d"] += 4;
  CHECK(encode(m) == R"({"b":1,"a":5,"c":3,"d":4})");
  CHECK(m.erase("b"));
  CHECK_FALSE(m.erase("b"));
  CHECK(m.contains("c"));
  ordered_map<int> other{{"a", 5}, {"c", 3}, {"d", 4}};
  CHECK(m == other);
  other.erase("a");
  other.set("a", 5);
  CHECK(m != other);  // order is part of the value
}

TEST_CASE("a large map decodes in linear time", "[jim]") {
  std::string text = "{";
  for (int i = 0; i < 50000; ++i) text += (i ? ",\"" : "\"") + std::to_string(i) + "\":0";
  text += ",\"49999\":1}";
  auto m = decode<ordered_map<int>>(text);
  REQUIRE_FALSE(m);
  CHECK(m.error().code == errc::duplicate_key);
}
