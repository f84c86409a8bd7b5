// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/chatroom.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("the chatroom's keys are chat body fields and name its message type", "[jim]") {
  const std::string text =
      R"({"avatar":"https://example.com/a/mei.png","chatType":1,"cmd":11,"content":"https://example.com/i/f.png","from":"stu_1024","group_id":"course_88","msgType":0,"nickName":"Mei","type":4})";
  auto b = decode<chat_body>(text);
  REQUIRE(b);
  CHECK(b->unknown.empty());
  CHECK(*b->nick_name == "Mei");
  CHECK(*b->avatar == "https://example.com/a/mei.png");
  CHECK(b->type == 4);
  CHECK(room_message_type_of(*b) == room_message_type::flower);
  CHECK(is_chatroom_chat(*b));
  CHECK(encode(*b) == text);  // alphabetical, like J-IM's own keys
}

TEST_CASE("only a type of 1-4 makes a chatroom chat", "[jim]") {
  chat_body b;
  b.nick_name = "Mei";
  b.avatar = "a.png";
  CHECK_FALSE(is_chatroom_chat(b));  // a name and avatar alone do not
  CHECK_FALSE(room_message_type_of(b));
  for (std::int32_t t : {0, 5, -1, 1000}) {
    b.type = t;
    CHECK_FALSE(is_chatroom_chat(b));
    CHECK_FALSE(to_room_message_type(t));
  }
  b.type = 1;
  CHECK(room_message_type_of(b) == room_message_type::text);
  CHECK(to_room_message_type(2) == room_message_type::image);
  CHECK(to_room_message_type(3) == room_message_type::like);
}

TEST_CASE("room message types have names", "[jim]") {
  CHECK(to_string(room_message_type::text) == "text");
  CHECK(to_string(room_message_type::image) == "image");
  CHECK(to_string(room_message_type::like) == "like");
  CHECK(to_string(room_message_type::flower) == "flower");
  CHECK(to_string(static_cast<room_message_type>(9)) == "unknown");
}
