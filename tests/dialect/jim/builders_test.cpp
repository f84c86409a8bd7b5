// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/builders.hpp"

#include <catch2/catch.hpp>

#include "wxim/dialect/jim/frame.hpp"

using namespace wxim;
using namespace wxim::jim;

namespace {
chat_message msg(std::string id, chat_type chat, std::string from, std::string to, std::int64_t ms, std::string text) {
  chat_message m;
  m.id = std::move(id);
  m.chat = chat;
  m.author = std::move(from);
  m.recipient = std::move(to);
  m.time = from_unix_ms(ms);
  m.body = text_content{std::move(text)};
  return m;
}
}  // namespace

TEST_CASE("client frames", "[jim]") {
  auto chat = make_chat(msg("m1", chat_type::direct, "hello", "world", 1718590210000, "hi"));
  REQUIRE(chat);
  CHECK(
      encode(*chat) ==
      R"({"chatType":2,"cmd":11,"content":"hi","createTime":1718590210000,"from":"hello","id":"m1","msgType":0,"to":"world"})");
  CHECK_FALSE(validate(*chat));

  const user_profile mei{"stu_1024", "Mei", "https://example.com/a/mei.png"};
  const chat_body room = make_chatroom_chat(mei, "course_88", room_message_type::text, "Is the quiz open-book?",
                                            from_unix_ms(1718590210000));
  CHECK(
      encode(room) ==
      R"({"avatar":"https://example.com/a/mei.png","chatType":1,"cmd":11,"content":"Is the quiz open-book?","createTime":1718590210000,"from":"stu_1024","group_id":"course_88","msgType":0,"nickName":"Mei","type":1})");
  CHECK_FALSE(validate(room));
  // The chatroom always sends its keys, empty or not.
  const chat_body like =
      make_chatroom_chat(user_profile{"u", "", ""}, "course_88", room_message_type::like, "", from_unix_ms(1));
  CHECK(
      encode(like) ==
      R"({"avatar":"","chatType":1,"cmd":11,"content":"","createTime":1,"from":"u","group_id":"course_88","msgType":0,"nickName":"","type":3})");

  // A model image in the chatroom's style is what make_chatroom_chat writes.
  chat_message image = msg("", chat_type::group, "stu_1024", "course_88", 1718590215000, "");
  image.body = image_content{"https://example.com/i/q7.png", std::nullopt, std::nullopt, std::nullopt};
  auto styled = make_chat(image, chatroom_style("Mei", "https://example.com/a/mei.png"));
  REQUIRE(styled);
  CHECK(*styled == make_chatroom_chat(mei, "course_88", room_message_type::image, "https://example.com/i/q7.png",
                                      from_unix_ms(1718590215000)));

  CHECK(encode(make_heartbeat()) == R"({"cmd":13,"hbbyte":-127})");
  CHECK(encode(make_group_history_request("stu_1024", "course_88")) ==
        R"({"cmd":19,"groupId":"course_88","type":1,"userId":"stu_1024"})");
  CHECK(encode(make_friend_history_request("hello", "world")) ==
        R"({"cmd":19,"fromUserId":"world","type":1,"userId":"hello"})");
  CHECK(encode(make_offline_messages_request("hello")) == R"({"cmd":19,"type":0,"userId":"hello"})");
  CHECK_FALSE(validate(make_offline_messages_request("hello")));
  CHECK(validate(make_offline_messages_request(""))->peer_status == 10015);
}

TEST_CASE("status replies", "[jim]") {
  CHECK(encode(make_cmd_failed()) == R"({"code":10017,"command":0,"msg":"cmd failed! 未知的cmd命令!"})");
  CHECK(encode(make_cmd_failed(msg_style::text_only)) == R"({"code":10017,"command":0,"msg":"未知的cmd命令!"})");
  CHECK(encode(*make_chat_ack(status::send_ok)) == R"({"code":10000,"command":12,"msg":"ok 发送成功"})");
  CHECK(encode(*make_chat_ack(status::offline)) == R"({"code":10001,"command":12,"msg":"offline 用户不在线"})");
  CHECK(make_chat_ack(status::send_failed)->msg.rfind("send failed 消息发送失败", 0) == 0);
  CHECK(make_chat_ack(status::login_ok).error().code == errc::invalid_argument);
  CHECK(encode(make_status_reply<command::close_req>(status::close_ok)) ==
        R"({"code":10021,"command":14,"msg":"close ok! 关闭成功"})");
  CHECK(encode(make_heartbeat_reply()) == R"({"command":13,"data":{"hbbyte":-128}})");
}

TEST_CASE("a chat push", "[jim]") {
  auto p =
      make_chat_push(msg("5f0c", chat_type::group, "stu_1024", "course_88", 1718590210000, "Is the quiz open-book?"));
  REQUIRE(p);
  CHECK(
      encode(*p) ==
      R"({"command":11,"data":{"chatType":1,"cmd":11,"content":"Is the quiz open-book?","createTime":1718590210000,"from":"stu_1024","group_id":"course_88","id":"5f0c","msgType":0}})");
  CHECK_FALSE(validate(*p));
  // A chatroom server that keeps the chatroom's keys pushes them back.
  chat_message flower = msg("6a1f", chat_type::group, "stu_1024", "course_88", 1718590217000, "");
  flower.body = custom_content{"flower", "", "", ""};
  auto room = make_chat_push(flower, chatroom_style("Mei", "https://example.com/a/mei.png"));
  REQUIRE(room);
  CHECK(
      encode(*room) ==
      R"({"command":11,"data":{"avatar":"https://example.com/a/mei.png","chatType":1,"cmd":11,"content":"","createTime":1718590217000,"from":"stu_1024","group_id":"course_88","id":"6a1f","msgType":0,"nickName":"Mei","type":4}})");
  CHECK(make_chat_push(flower).error().code == errc::invalid_value);
  chat_message bad = msg("x", chat_type::room, "a", "r", 1, "t");
  auto e = make_chat_push(bad);
  REQUIRE_FALSE(e);
  CHECK(e.error().path == "/data/chatType");
}

TEST_CASE("join replies and notifies name the group by its id", "[jim]") {
  CHECK(encode(make_join_group_reply("Web161")) ==
        R"({"code":10011,"command":8,"data":{"group":"Web161","result":1},"msg":"join group ok! 加入群组成功!"})");
  const auto full = make_join_group_reply("Web161", join_result::group_full);
  CHECK(encode(full) ==
        R"({"code":10012,"command":8,"data":{"group":"Web161","result":3},"msg":"join group failed! 加入群组失败!"})");
  CHECK_FALSE(validate(full));
  CHECK(full.group_id() == "Web161");

  const auto joined = make_join_group_notify("Web161", to_user(user_profile{"u_77", "Lin", ""}));
  CHECK(encode(joined) == R"({"command":9,"data":{"group":"Web161","user":{"id":"u_77","nick":"Lin"}}})");
  CHECK_FALSE(validate(joined));
  CHECK(joined.group_id() == "Web161");
  const auto left = make_exit_group_notify("Web161", to_user(user_profile{"u_77", "Lin", ""}));
  CHECK(encode(left) == R"({"command":10,"data":{"group":"Web161","user":{"id":"u_77","nick":"Lin"}}})");
  CHECK_FALSE(validate(left));
  // They decode as the frames they are.
  auto f = decode_frame(encode(joined));
  REQUIRE(f);
  CHECK(std::get<join_group_notify>(*f) == joined);
}

TEST_CASE("the stored-message reply groups by group and by the other party, oldest first", "[jim]") {
  const std::vector<chat_message> messages = {
      msg("g2", chat_type::group, "world", "100", 3000, "later in the group"),
      msg("f2", chat_type::direct, "world", "hello", 2000, "second from world"),
      msg("z1", chat_type::direct, "hello", "zed", 1500, "to zed"),
      msg("f1", chat_type::direct, "world", "hello", 1000, "first from world"),
      msg("g1", chat_type::group, "hello", "100", 500, "earlier in the group"),
  };
  auto r = make_stored_messages_reply("hello", messages);
  REQUIRE(r);
  CHECK(r->code == status::history_messages_ok);
  CHECK_FALSE(validate(*r));
  REQUIRE(r->data);
  CHECK(r->data->userid == "hello");
  const auto& g = *r->data->groups.find("100");
  REQUIRE(g.size() == 2);
  CHECK(*g[0].id == "g1");
  CHECK(*g[1].id == "g2");
  REQUIRE(r->data->friends.size() == 2);
  CHECK(r->data->friends.begin()->first == "world");  // order of first appearance
  const auto& w = *r->data->friends.find("world");
  CHECK(*w[0].id == "f1");
  CHECK(*w[1].id == "f2");
  CHECK(*r->data->friends.find("zed")->at(0).to == "zed");
  // It decodes as the frame it is.
  auto f = decode_frame(encode(*r));
  REQUIRE(f);
  CHECK(std::get<get_message_reply>(*f) == *r);

  auto offline = make_stored_messages_reply("hello", {messages[1]}, message_query::offline);
  REQUIRE(offline);
  CHECK(offline->code == status::offline_messages_ok);
  CHECK(offline->msg == "get user message ok! 获取离线消息成功!");
}

TEST_CASE("an empty result has no data, and bad messages are refused", "[jim]") {
  auto r = make_stored_messages_reply("hello", {});
  REQUIRE(r);
  CHECK(encode(*r) == R"({"code":10018,"command":20,"msg":"get user message ok! 获取历史消息成功!"})");
  auto unknown = make_stored_messages_reply("hello", {msg("x", chat_type::unknown, "a", "b", 1, "t")});
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().code == errc::invalid_value);
  chat_message file = msg("y", chat_type::group, "a", "g", 1, "t");
  file.body = file_content{"u", "n", {}};
  auto bad = make_stored_messages_reply("hello", {msg("x", chat_type::group, "a", "g", 0, "ok"), file});
  REQUIRE_FALSE(bad);
  CHECK(bad.error().path == "/data/groups/g/1");
}
