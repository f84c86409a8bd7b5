// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im/client_frames.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::wechat_im;

TEST_CASE("a chat frame built in code encodes in the client's key order", "[wechat_im]") {
  chat_frame f;
  f.content = "wxfile://store_5c1e09.mp3";
  f.type = "voice";
  f.user_id = "user_001";
  f.friend_id = "user_002";
  f.duration = duration_value{4};
  CHECK(
      encode(f) ==
      R"({"content":"wxfile://store_5c1e09.mp3","type":"voice","conversationId":0,"userId":"user_001","friendId":"user_002","duration":4})");
  f.duration.reset();
  f.type = "image";
  CHECK(encode(f).find("duration") == std::string::npos);
}

TEST_CASE("requests decode directly and compare by value", "[wechat_im]") {
  auto a = decode<get_history_request>(R"({"type":"get-history","userId":"a","friendId":"b"})");
  REQUIRE(a);
  get_history_request b;
  b.user_id = "a";
  b.friend_id = "b";
  CHECK(*a == b);
  b.friend_id = "c";
  CHECK(*a != b);
  CHECK(decode<get_friends_request>(R"({"type":"get-friends"})").error().path == "/userId");
  CHECK(decode<get_conversations_request>(R"({"type":"get-conversations","userId":"u","x":1})")->unknown.size() == 1);
}
