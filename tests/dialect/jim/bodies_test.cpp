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
  const std::string text = R"({"cmd":11,"chatType":1,"group_id":"g","x":{"a":[1,2.50]},"nickName":"Mei"})";
  auto b = decode<chat_body>(text);
  REQUIRE(b);
  CHECK_FALSE(b->content);
  CHECK_FALSE(b->create_time);
  CHECK(b->kind() == chat_kind::group);
  REQUIRE(b->unknown.size() == 2);
  CHECK(b->unknown.begin()->first == "x");
  CHECK(encode(*b) == R"({"chatType":1,"cmd":11,"group_id":"g","x":{"a":[1,2.50]},"nickName":"Mei"})");
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
