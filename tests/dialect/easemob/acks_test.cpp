// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/acks.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

TEST_CASE("a created read ack names the message read by ackId", "[easemob]") {
  const std::string text =
      R"({"id":"453636610013","type":"read","chatType":"singleChat","to":"liu_yang","ackId":"1286533349917329401"})";
  auto a = decode<read_ack>(text);
  REQUIRE(a);
  CHECK(*a->acked_id() == "1286533349917329401");
  CHECK_FALSE(a->from);
  CHECK_FALSE(a->time);
  CHECK(encode(*a) == text);
}

TEST_CASE("a received group read ack: mid, groupReadCount, ackContent", "[easemob]") {
  auto a = decode<read_ack>(
      R"({"id":"1","type":"read","chatType":"groupChat","from":"chen_li","to":"217634819309569","mid":"1286533349917329403","groupReadCount":{"1286533349917329403":3},"ackContent":"read","time":1718591310000,"onlineState":1})");
  REQUIRE(a);
  CHECK(*a->acked_id() == "1286533349917329403");
  CHECK(*a->group_read_count->find("1286533349917329403") == 3u);
  CHECK(*a->ack_content == "read");
  CHECK(a->time->ms == 1718591310000);
}

TEST_CASE("delivery and channel acks", "[easemob]") {
  auto d = decode<delivery_ack>(R"({"id":"1","type":"delivery","from":"a","to":"b","mid":"2","ackId":"3"})");
  REQUIRE(d);
  CHECK(*d->acked_id() == "3");  // ackId first
  delivery_ack none;
  CHECK(none.acked_id() == nullptr);
  CHECK(none.type == "delivery");

  auto c = decode<channel_ack>(R"({"id":"1","type":"channel","chatType":"groupChat","from":"a","to":"g","time":5})");
  REQUIRE(c);
  CHECK(c->chat() == chat_kind::group_chat);
  CHECK(decode<channel_ack>(R"({"id":"1","type":"channel","to":"g"})").error().path == "/chatType");
  CHECK(channel_ack().type == "channel");
  CHECK(read_ack().type == "read");
}

TEST_CASE("ack ids are strings: server ids exceed 2^53", "[easemob]") {
  auto bad = decode<read_ack>(R"({"id":"1","type":"read","to":"b","mid":1286533349917329403})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::type_mismatch);
  CHECK(bad.error().path == "/mid");
}
