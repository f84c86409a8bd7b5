// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/events.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

TEST_CASE("a recall names the recalled message by server id, its ext is a string", "[easemob]") {
  const std::string text =
      R"({"id":"1286533349917329600","from":"liu_yang","to":"zhou_hao","mid":"1286533349917329511","onlineState":1,"ext":""})";
  auto r = decode<recall_event>(text);
  REQUIRE(r);
  CHECK(r->mid == "1286533349917329511");
  CHECK(r->ext->text == R"("")");  // kept as the string it is, never coerced
  CHECK(encode(*r) == text);
}

TEST_CASE("the server ack maps the local id to the server id", "[easemob]") {
  auto a = decode<server_ack>(R"({"id":"453636610001","mid":"1286533349917329700","to":"liu_yang"})");
  REQUIRE(a);
  CHECK(a->id == "453636610001");
  CHECK(a->mid == "1286533349917329700");
}

TEST_CASE("a send result, with and without its message", "[easemob]") {
  auto bare = decode<send_result>(R"({"localMsgId":"453636610001","serverMsgId":"1286533349917329700"})");
  REQUIRE(bare);
  CHECK(bare->server_msg_id == "1286533349917329700");
  CHECK_FALSE(bare->message);
  auto full = decode<send_result>(
      R"({"localMsgId":"1","serverMsgId":"2","message":{"id":"2","type":"txt","chatType":"singleChat","from":"a","to":"b","msg":"x","time":1}})");
  REQUIRE(full);
  REQUIRE(full->message);
  CHECK(std::get<text_message>(*full->message).msg == "x");
  auto bad = decode<send_result>(R"({"localMsgId":"1","serverMsgId":"2","message":{"type":"txt"}})");
  CHECK(bad.error().path == "/message/id");
}
