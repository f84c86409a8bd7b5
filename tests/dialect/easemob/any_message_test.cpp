// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/any_message.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

TEST_CASE("decode<message> picks the body by its type", "[easemob]") {
  struct row {
    const char* text;
    message_type type;
  };
  const row rows[] = {
      {R"({"id":"1","type":"txt","chatType":"singleChat","from":"a","to":"b","msg":"x","time":1})", message_type::txt},
      {R"({"id":"1","type":"img","chatType":"singleChat","from":"a","to":"b","url":"u","time":1})", message_type::img},
      {R"({"id":"1","type":"audio","chatType":"singleChat","from":"a","to":"b","length":3,"time":1})",
       message_type::audio},
      {R"({"id":"1","type":"video","chatType":"singleChat","from":"a","to":"b","time":1})", message_type::video},
      {R"({"id":"1","type":"file","chatType":"singleChat","from":"a","to":"b","time":1})", message_type::file},
      {R"({"id":"1","type":"loc","chatType":"singleChat","from":"a","to":"b","lat":1,"lng":2,"time":1})",
       message_type::loc},
      {R"({"id":"1","type":"custom","chatType":"singleChat","from":"a","to":"b","customEvent":"e","time":1})",
       message_type::custom},
      {R"({"id":"1","type":"cmd","chatType":"singleChat","from":"a","to":"b","action":"x","time":1})",
       message_type::cmd},
      {R"({"id":"1","type":"combine","chatType":"singleChat","from":"a","to":"b","time":1})", message_type::combine},
      {R"({"id":"1","type":"read","to":"b","ackId":"2"})", message_type::read},
      {R"({"id":"1","type":"delivery","to":"b","mid":"2"})", message_type::delivery},
      {R"({"id":"1","type":"channel","chatType":"singleChat","to":"b"})", message_type::channel},
      {R"({"id":"1","type":"vote","chatType":"singleChat","from":"a","to":"b","time":1})", message_type::unknown},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    auto m = decode<message>(r.text);
    REQUIRE(m);
    CHECK(type_of(*m) == r.type);
    CHECK(encode(*m) == r.text);
    const bool content = r.type != message_type::cmd && r.type != message_type::read &&
                         r.type != message_type::delivery && r.type != message_type::channel;
    CHECK(has_content(*m) == content);
  }
}

TEST_CASE("decode<message> errors point into the body", "[easemob]") {
  auto none = decode<message>(R"({"id":"1"})");
  CHECK(none.error().code == errc::missing_field);
  CHECK(none.error().path == "/type");
  auto num = decode<message>(R"({"id":"1","type":5})");
  CHECK(num.error().code == errc::type_mismatch);
  CHECK(num.error().path == "/type");
  auto null_type = decode<message>(R"({"type":null})");
  CHECK(null_type.error().code == errc::unexpected_null);
  auto arr = decode<message>("[]");
  CHECK(arr.error().code == errc::type_mismatch);
  CHECK(arr.error().path.empty());
  auto ack = decode<message>(R"({"id":"1","type":"read","to":"b"})");
  CHECK(ack.error().code == errc::missing_field);
  CHECK(ack.error().path == "/ackId");
  auto inner =
      decode<message>(R"({"id":"1","type":"txt","chatType":"singleChat","from":"a","to":"b","msg":[],"time":1})");
  CHECK(inner.error().path == "/msg");
}

TEST_CASE("lastMessage: a body, {} for none, or null", "[easemob]") {
  auto empty = decode<last_message>("{}");
  REQUIRE(empty);
  CHECK_FALSE(empty->body);
  CHECK(encode(*empty) == "{}");
  auto spaced = decode<last_message>("{ }");
  REQUIRE(spaced);
  CHECK_FALSE(spaced->body);
  auto body =
      decode<last_message>(R"({"id":"1","type":"txt","chatType":"singleChat","from":"a","to":"b","msg":"x","time":1})");
  REQUIRE(body);
  REQUIRE(body->body);
  CHECK(type_of(*body->body) == message_type::txt);
  auto n = decode<nullable<last_message>>("null");
  REQUIRE(n);
  CHECK(n->is_null());
  CHECK(decode<last_message>(R"({"id":"1"})").error().path == "/type");
}
