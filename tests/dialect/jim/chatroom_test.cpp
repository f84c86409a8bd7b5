#include "wxim/dialect/jim/chatroom.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("the chatroom's keys are read from and written to the unknown keys", "[jim]") {
  auto b = decode<chat_body>(
      R"({"from":"stu_1024","cmd":11,"group_id":"course_88","chatType":1,"msgType":0,"content":"https://example.com/i/f.png","nickName":"Mei","avatar":"https://example.com/a/mei.png","type":4})");
  REQUIRE(b);
  const chatroom_keys k = read_chatroom_keys(*b);
  CHECK(*k.nick_name == "Mei");
  CHECK(*k.avatar == "https://example.com/a/mei.png");
  CHECK(k.type == 4);
  CHECK(k.message_type() == room_message_type::flower);
  CHECK(to_string(*k.message_type()) == "flower");

  chat_body c;
  c.chat_type = 1;
  c.group_id = "course_88";
  write_chatroom_keys(c, chatroom_keys{"林", std::nullopt, 3});
  CHECK(encode(c) == R"({"chatType":1,"cmd":11,"group_id":"course_88","nickName":"林","type":3})");
  CHECK(read_chatroom_keys(c) == (chatroom_keys{"林", std::nullopt, 3}));
  write_chatroom_keys(c, chatroom_keys{"Lin", "a.png", std::nullopt});
  CHECK(encode(c) == R"({"chatType":1,"cmd":11,"group_id":"course_88","nickName":"Lin","type":3,"avatar":"a.png"})");
}

TEST_CASE("chatroom keys of another type are not read", "[jim]") {
  auto b = decode<chat_body>(R"({"cmd":11,"chatType":1,"group_id":"g","nickName":7,"type":"1"})");
  REQUIRE(b);
  const auto k = read_chatroom_keys(*b);
  CHECK_FALSE(k.nick_name);
  CHECK_FALSE(k.type);
  CHECK_FALSE(k.message_type());
  CHECK(read_chatroom_keys(chat_body{}) == chatroom_keys{});
  CHECK_FALSE((chatroom_keys{std::nullopt, std::nullopt, 9}.message_type()));
  CHECK(to_string(room_message_type::like) == "like");
}
