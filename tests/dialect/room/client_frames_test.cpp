// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/client_frames.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::room;

TEST_CASE("client frames built in code encode as the published client writes them", "[room]") {
  heartbeat_frame h;
  h.token = "tok";
  CHECK(encode(h) == R"({"token":"tok","type":1,"payLoad":""})");
  join_frame j;
  j.token = "tok";
  j.pay_load.value.topic = "R3301";
  CHECK(encode(j) == R"({"token":"tok","type":3,"payLoad":"{\"topic\":\"R3301\"}"})");
  send_frame s;
  s.token = "tok";
  s.pay_load.value.topic = "R3301";
  s.record().user = user_id(1);
  s.record().content = "hi";
  const std::string text = encode(s);
  CHECK(
      text ==
      R"({"token":"tok","type":2,"payLoad":"{\"topic\":\"R3301\",\"chatInfo\":\"{\\\"user\\\":1,\\\"displayName\\\":\\\"\\\",\\\"avatarurl\\\":\\\"\\\",\\\"stream\\\":\\\"\\\",\\\"content\\\":\\\"hi\\\",\\\"type\\\":\\\"message\\\",\\\"createdat\\\":\\\"\\\"}\"}"})");
  auto back = decode<send_frame>(text);
  REQUIRE(back);
  CHECK(*back == s);
}

TEST_CASE("client frames decode directly, unknown keys kept at every level", "[room]") {
  auto j = decode<join_frame>(R"({"token":"t","type":3,"payLoad":"{\"topic\":\"R\",\"seat\":7}","v":2})");
  REQUIRE(j);
  CHECK(j->pay_load.value.topic == "R");
  CHECK(j->pay_load.value.unknown.find("seat")->text == "7");
  CHECK(j->unknown.find("v")->text == "2");
  CHECK(decode<join_frame>(R"({"token":"t","type":3,"payLoad":"{}"})").error().path == "/payLoad/topic");
}

TEST_CASE("the question body of the HTTP API", "[room]") {
  auto q = decode<question_add_request>(R"({"content":"Will the slides be shared?","streamId":"3301"})");
  REQUIRE(q);
  CHECK(q->stream_id == "3301");
  CHECK(encode(*q) == R"({"content":"Will the slides be shared?","streamId":"3301"})");
  CHECK(decode<question_add_request>(R"({"content":"q"})").error().path == "/streamId");
}
