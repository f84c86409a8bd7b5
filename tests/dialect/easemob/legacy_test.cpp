// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/legacy.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

TEST_CASE("a legacy text callback: type is the chat type, time a string of ms", "[easemob]") {
  const std::string text =
      R"({"id":"1286533349917329524","type":"chat","contentsType":"TEXT","from":"liu_yang","to":"zhou_hao","data":"legacy hello","sourceMsg":"legacy hello","ext":{},"time":"1718591500000","onlineState":1,"error":false,"errorCode":""})";
  auto m = decode<legacy_message>(text);
  REQUIRE(m);
  CHECK(m->chat() == legacy_chat::chat);
  CHECK(m->is_text());
  CHECK(*m->data == "legacy hello");
  CHECK(m->time.ms == 1718591500000);
  CHECK(m->time.form == time_form::string);
  CHECK(m->time.to_instant() == from_unix_ms(1718591500000));
  CHECK(encode(*m) == text);
}

TEST_CASE("legacy chat types and contents", "[easemob]") {
  CHECK(parse_legacy_chat("groupchat") == legacy_chat::groupchat);
  CHECK(parse_legacy_chat("chatroom") == legacy_chat::chatroom);
  CHECK(parse_legacy_chat("singleChat") == legacy_chat::unknown);
  legacy_message m;
  CHECK(m.type == "chat");
  CHECK(m.is_text());
  CHECK(m.time.form == time_form::string);
  m.contents_type = "IMAGE";
  CHECK_FALSE(m.is_text());
}

TEST_CASE("legacy time must be digits", "[easemob]") {
  auto bad = decode<legacy_message>(
      R"({"id":"1","type":"chat","contentsType":"TEXT","from":"a","to":"b","data":"x","time":"2024-06-17 10:00"})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::invalid_value);
  CHECK(bad.error().path == "/time");
}
