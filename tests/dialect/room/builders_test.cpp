// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/builders.hpp"

#include <catch2/catch.hpp>

#include "wxim/dialect/room/frame.hpp"

using namespace wxim;
using namespace wxim::room;
using namespace std::chrono;

namespace {
const std::string tok = "eyJhbGciOiJIUzI1NiJ9.u10086.sig";
const sender zhou{user_id(10086), "Xiao Zhou", "https://example.com/a/zhou.png", "3301"};
}  // namespace

TEST_CASE("the builders give the spec's example frames exactly", "[room]") {
  CHECK(encode(make_join(tok, "R3301")) ==
        R"({"token":"eyJhbGciOiJIUzI1NiJ9.u10086.sig","type":3,"payLoad":"{\"topic\":\"R3301\"}"})");
  CHECK(encode(make_heartbeat(tok)) == R"({"token":"eyJhbGciOiJIUzI1NiJ9.u10086.sig","type":1,"payLoad":""})");
  const std::string send =
      R"({"token":"eyJhbGciOiJIUzI1NiJ9.u10086.sig","type":2,"payLoad":"{\"topic\":\"R3301\",\"chatInfo\":\"{\\\"user\\\":10086,\\\"displayName\\\":\\\"Xiao Zhou\\\",\\\"avatarurl\\\":\\\"https://example.com/a/zhou.png\\\",\\\"stream\\\":\\\"3301\\\",\\\"content\\\":\\\"Great talk, thanks!\\\",\\\"type\\\":\\\"message\\\",\\\"createdat\\\":\\\"2024-6-17 10:12\\\"}\"}"})";
  CHECK(encode(make_send(tok, "R3301", make_message_record(zhou, "Great talk, thanks!", "2024-6-17 10:12"))) == send);
  CHECK(encode(make_send_message(tok, "R3301", zhou, "Great talk, thanks!", from_unix_ms(1718590320000), hours{8})) ==
        send);
}

TEST_CASE("built frames decode to their kinds", "[room]") {
  CHECK(kind_of(*decode_frame(encode(make_heartbeat(tok)))) == frame_kind::heartbeat);
  CHECK(kind_of(*decode_frame(encode(make_join(tok, "R")))) == frame_kind::join);
  CHECK(kind_of(*decode_frame(encode(make_send(tok, "R", make_message_record(zhou, "x", "2018-10-8 14:30"))))) ==
        frame_kind::send);
  CHECK(kind_of(*decode_frame(encode(make_question_add("slides?", "3301")))) == frame_kind::question_add);
  CHECK(kind_of(*decode_frame(encode(make_record_frame(make_message_record(zhou, "x", "t"))))) == frame_kind::record);
}

TEST_CASE("the HTTP companions", "[room]") {
  CHECK(encode(make_question_add("可以分享课件吗？", "3301")) == R"({"content":"可以分享课件吗？","streamId":"3301"})");
  CHECK(make_history_query("3301") == "page=1&resultsPerPage=1000&stream=3301&type=");
  CHECK(make_history_query("a b&c", 2, 50, "question") == "page=2&resultsPerPage=50&stream=a%20b%26c&type=question");
  CHECK(history_path == "api/message/chatmsg");
  CHECK(question_add_path == "api/question/add");
  CHECK(heartbeat_interval == seconds{5});
}
