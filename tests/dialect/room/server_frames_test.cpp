// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/server_frames.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::room;

TEST_CASE("a record frame built in code", "[room]") {
  record_frame f;
  f.record().user = user_id("u1");
  f.record().type = "notice";
  f.record().content = "starting soon";
  CHECK(
      encode(f) ==
      R"({"code":200,"data":"{\"user\":\"u1\",\"displayName\":\"\",\"avatarurl\":\"\",\"stream\":\"\",\"content\":\"starting soon\",\"type\":\"notice\",\"createdat\":\"\"}"})");
}

TEST_CASE("other replies keep any data, null and absent included", "[room]") {
  auto absent = decode<other_reply_frame>(R"({"code":500})");
  REQUIRE(absent);
  CHECK(absent->data.is_absent());
  CHECK(encode(*absent) == R"({"code":500})");
  auto null = decode<other_reply_frame>(R"({"code":500,"data":null})");
  REQUIRE(null);
  CHECK(null->data.is_null());
  CHECK(encode(*null) == R"({"code":500,"data":null})");
  auto object = decode<other_reply_frame>(R"({"code":0,"data":{"a":[1,2.50]},"msg":"x"})");
  REQUIRE(object);
  CHECK(object->data->text == R"({"a":[1,2.50]})");
  CHECK(encode(*object) == R"({"code":0,"data":{"a":[1,2.50]},"msg":"x"})");
}

TEST_CASE("the history body: items are objects whose question content is JSON text", "[room]") {
  const std::string text =
      R"({"data":{"items":[{"user":10086,"displayName":"Xiao Zhou","avatarurl":"a","stream":"3301","content":"Great talk, thanks!","type":"message","createdat":"2024-6-17 10:12"},{"user":20031,"displayName":"Li Na","avatarurl":"b","stream":"3301","content":"{\"content\":\"Will the slides be shared?\"}","type":"question","createdat":"2024-6-17 10:15"}]}})";
  auto h = decode<history_response>(text);
  REQUIRE(h);
  REQUIRE(h->data.items.size() == 2);
  CHECK(h->data.items[0].kind() == record_type::message);
  CHECK(h->data.items[1].content.question()->content == "Will the slides be shared?");
  CHECK(encode(*h) == text);
  CHECK(encode(history_response{}) == R"({"data":{"items":[]}})");
}
