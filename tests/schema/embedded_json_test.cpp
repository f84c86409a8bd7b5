// SPDX-License-Identifier: MIT
#include "wxim/schema/embedded_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

namespace {
// A frame holding one conversation whose latestMsg is `inner` (already escaped for a JSON string).
std::string frame_with(const std::string& inner_escaped) {
  return R"({"type":"conversations","conversations":[{"friendId":"f1","latestMsg":)" + inner_escaped + "}]}";
}
}  // namespace

TEST_CASE("embedded JSON decodes into its typed value", "[schema]") {
  const auto r = decode<conversation>(
      R"({"friendId":"f1","latestMsg":"{\"type\":\"text\",\"content\":\"hi \\\"you\\\"\",\"time\":1700000000123}"})");
  REQUIRE(r);
  CHECK(r->latest_msg.value.type == "text");
  CHECK(r->latest_msg.value.content == "hi \"you\"");
  CHECK(r->latest_msg.value.time == 1700000000123);
  REQUIRE(r->latest_msg.source().has_value());
  CHECK(r->latest_msg.source()->second == R"({"type":"text","content":"hi \"you\"","time":1700000000123})");
}

TEST_CASE("embedded JSON is written back byte for byte while unchanged", "[schema]") {
  // Spaces, another key order and an escaped slash inside: all kept.
  const std::string text =
      R"({"friendId":"f1","latestMsg":"{ \"time\" : 1700000000123,\n \"content\":\"a\\/b\", \"type\":\"text\" }"})";
  const auto r = decode<conversation>(text);
  REQUIRE(r);
  CHECK(r->latest_msg.value.content == "a/b");
  CHECK(encode(*r) == text);
}

TEST_CASE("embedded JSON is written afresh once its value changes, and as sent again once changed back", "[schema]") {
  const std::string text = R"({"friendId":"f1","latestMsg":"{ \"type\":\"text\", \"content\":\"hi\", \"time\":1 }"})";
  auto v = decode<conversation>(text).value();
  v.latest_msg.value.content = "yo";
  CHECK(encode(v) == R"({"friendId":"f1","latestMsg":"{\"type\":\"text\",\"content\":\"yo\",\"time\":1}"})");
  v.latest_msg.value.content = "hi";
  CHECK(encode(v) == text);
  v.latest_msg.forget_source();
  CHECK(encode(v) == R"({"friendId":"f1","latestMsg":"{\"type\":\"text\",\"content\":\"hi\",\"time\":1}"})");
}

TEST_CASE("embedded JSON built by hand is written as compact JSON text", "[schema]") {
  conversation c;
  c.friend_id = "f";
  c.latest_msg = chat_msg{"image", "http://x/y.png", 5, {}};
  c.unread = 2;
  CHECK_FALSE(c.latest_msg.source().has_value());
  CHECK(encode(c) ==
        R"({"friendId":"f","latestMsg":"{\"type\":\"image\",\"content\":\"http://x/y.png\",\"time\":5}","unread":2})");
  // It reads back equal.
  CHECK(decode<conversation>(encode(c)).value() == c);
}

TEST_CASE("embedded JSON of a non-object type", "[schema]") {
  const auto r = decode<embedded_json<std::vector<int>>>(R"("[1, 2 ,3]")");
  REQUIRE(r);
  CHECK(r->value == std::vector<int>{1, 2, 3});
  CHECK(encode(*r) == R"("[1, 2 ,3]")");
  auto v = *r;
  v.value.push_back(4);
  CHECK(encode(v) == R"("[1,2,3,4]")");
}

TEST_CASE("malformed embedded JSON is an error at the string, without an offset", "[schema]") {
  SECTION("not JSON") {
    const auto r = decode<conversations_frame>(frame_with(R"("{not json")"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::syntax_error);
    CHECK(r.error().path == "/conversations/0/latestMsg");
    CHECK_FALSE(r.error().offset.has_value());
    CHECK_FALSE(r.error().message.empty());
  }
  SECTION("empty") {
    const auto r = decode<conversations_frame>(frame_with(R"("  ")"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::empty_input);
    CHECK(r.error().path == "/conversations/0/latestMsg");
    CHECK_FALSE(r.error().offset.has_value());
  }
  SECTION("trailing content") {
    const auto r = decode<conversations_frame>(frame_with(R"("{\"type\":\"t\",\"content\":\"c\",\"time\":1} x")"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::trailing_content);
    CHECK(r.error().path == "/conversations/0/latestMsg");
    CHECK_FALSE(r.error().offset.has_value());
  }
  SECTION("a lone surrogate escaped inside") {
    const auto r = decode<conversations_frame>(frame_with(R"("{\"type\":\"\\ud800\"}")"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_surrogate);
    CHECK(r.error().path == "/conversations/0/latestMsg/type");
    CHECK_FALSE(r.error().offset.has_value());
  }
  SECTION("inner limits apply to the inner text on its own; the path continues inside") {
    decode_options o;
    o.limits.max_depth = 2;
    CHECK(decode<conversation>(
        R"({"friendId":"f","latestMsg":"{\"type\":\"t\",\"content\":\"c\",\"time\":1,\"x\":[1]}"})", o));
    const auto r = decode<conversation>(R"({"friendId":"f","latestMsg":"[[[1]]]"})", o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::too_deep);
    CHECK(r.error().path == "/latestMsg/0/0");
    CHECK_FALSE(r.error().offset.has_value());
  }
}

TEST_CASE("embedded JSON of the wrong shape is an error at the path inside it", "[schema]") {
  SECTION("wrong type inside") {
    const auto r = decode<conversations_frame>(frame_with(R"("{\"type\":1,\"content\":\"c\",\"time\":1}")"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::type_mismatch);
    CHECK(r.error().path == "/conversations/0/latestMsg/type");
    CHECK_FALSE(r.error().offset.has_value());
  }
  SECTION("missing inside, in the second element") {
    const std::string text =
        R"({"type":"c","conversations":[{"friendId":"a","latestMsg":"{\"type\":\"t\",\"content\":\"c\",\"time\":1}"},)"
        R"({"friendId":"b","latestMsg":"{\"type\":\"t\",\"time\":1}"}]})";
    const auto r = decode<conversations_frame>(text);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::missing_field);
    CHECK(r.error().path == "/conversations/1/latestMsg/content");
    CHECK_FALSE(r.error().offset.has_value());
  }
  SECTION("the string is not a string") {
    const auto r = decode<conversations_frame>(frame_with(R"({"type":"t","content":"c","time":1})"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::type_mismatch);
    CHECK(r.error().path == "/conversations/0/latestMsg");
  }
  SECTION("null") {
    const auto r = decode<conversations_frame>(frame_with("null"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unexpected_null);
    CHECK(r.error().path == "/conversations/0/latestMsg");
  }
  SECTION("a key with / and ~ in the outer path is escaped") {
    const auto r = decode<embedded_json<user_info>>(R"("{\"userId\":\"u\",\"a/b~c\":1,\"a/b~c\":2}")");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::duplicate_key);
    CHECK(r.error().path == "/a~1b~0c");
  }
}
