// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/bodies.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("a chat body encodes in the server's alphabetical key order", "[jim]") {
  chat_body b;
  b.to = "world";
  b.from = "hello";
  b.chat_type = 2;
  b.msg_type = 0;
  b.content = "hi";
  b.create_time = 1718590210000;
  b.id = "0a1b";
  b.extras = extras_map{{"k", raw_json{"1"}}};
  CHECK(
      encode(b) ==
      R"({"chatType":2,"cmd":11,"content":"hi","createTime":1718590210000,"extras":{"k":1},"from":"hello","id":"0a1b","msgType":0,"to":"world"})");
  CHECK(b.kind() == chat_kind::private_chat);
  b.chat_type = 9;
  CHECK(b.kind() == chat_kind::unknown);
}

TEST_CASE("a chat body keeps absent keys absent and unknown keys in order", "[jim]") {
  const std::string text = R"({"cmd":11,"chatType":1,"group_id":"g","x":{"a":[1,2.50]},"courseId":"88"})";
  auto b = decode<chat_body>(text);
  REQUIRE(b);
  CHECK_FALSE(b->content);
  CHECK_FALSE(b->create_time);
  CHECK_FALSE(b->nick_name);
  CHECK(b->kind() == chat_kind::group);
  REQUIRE(b->unknown.size() == 2);
  CHECK(b->unknown.begin()->first == "x");
  CHECK(encode(*b) == R"({"chatType":1,"cmd":11,"group_id":"g","x":{"a":[1,2.50]},"courseId":"88"})");
}

TEST_CASE("the chatroom's keys take their alphabetical places among J-IM's", "[jim]") {
  auto b = decode<chat_body>(
      R"({"from":"stu_1024","createTime":1718590210000,"cmd":11,"group_id":"course_88","chatType":1,"msgType":0,"content":"hi","nickName":"Mei","avatar":"https://example.com/a/mei.png","type":1,"x":0})");
  REQUIRE(b);
  CHECK(b->unknown.size() == 1);
  CHECK(
      encode(*b) ==
      R"({"avatar":"https://example.com/a/mei.png","chatType":1,"cmd":11,"content":"hi","createTime":1718590210000,"from":"stu_1024","group_id":"course_88","msgType":0,"nickName":"Mei","type":1,"x":0})");
}

TEST_CASE("users and groups nest, and reference stubs are kept", "[jim]") {
  const std::string text =
      R"({"friends":[{"group_id":"1","name":"好友","users":[{"id":"w","nick":"world"}]}],"groups":[{"group_id":"100","users":[{"$ref":"$.data.friends[0].users[0]"}]}],"id":"hello","status":"online"})";
  auto u = decode<user>(text);
  REQUIRE(u);
  REQUIRE(u->friends);
  CHECK(*u->friends->at(0).users->at(0).nick == "world");
  const user& stub = u->groups->at(0).users->at(0);
  REQUIRE(stub.reference());
  CHECK(stub.reference()->text == R"("$.data.friends[0].users[0]")");
  CHECK_FALSE(u->reference());
  CHECK(encode(*u) == text);
  group g;
  g.group_id = "100";
  g.online = 2;
  CHECK(encode(g) == R"({"group_id":"100","online":2})");
  CHECK_FALSE(g.reference());
}

TEST_CASE("a user's id is id in 2.x and userId in 3.0", "[jim]") {
  auto v3 = decode<user>(R"({"nick":"Lin","status":"offline","userId":"u_77"})");
  REQUIRE(v3);
  CHECK_FALSE(v3->id);
  CHECK(*v3->user_id == "u_77");
  CHECK(v3->any_id() == "u_77");
  CHECK(encode(*v3) == R"({"nick":"Lin","status":"offline","userId":"u_77"})");
  user both;
  both.id = "a";
  both.user_id = "b";
  CHECK(both.any_id() == "a");  // 2.x's key first
  CHECK(user{}.any_id().empty());
}

TEST_CASE("enumerations carry the wire numbers", "[jim]") {
  CHECK(static_cast<int>(chat_kind::group) == 1);
  CHECK(static_cast<int>(chat_kind::private_chat) == 2);
  CHECK(static_cast<int>(msg_type::news) == 5);
  CHECK(static_cast<int>(message_query::history) == 1);
  CHECK(static_cast<int>(user_query::all) == 2);
  CHECK(static_cast<int>(join_result::kicked) == 5);
  CHECK(server_heartbeat_byte == -128);
  CHECK(handshake_byte == -127);
}
