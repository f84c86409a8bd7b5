// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/mapping.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/jim/server_frames.hpp"

using namespace wxim;
using namespace wxim::jim;

namespace {
chat_body body(std::int32_t chat_type, std::optional<std::int32_t> msg_type, std::optional<std::string> content) {
  chat_body b;
  b.chat_type = chat_type;
  b.msg_type = msg_type;
  b.content = std::move(content);
  return b;
}
}  // namespace

TEST_CASE("msgType maps onto the model's content kinds", "[jim]") {
  CHECK(to_content(body(1, 0, "hi")) == content(text_content{"hi"}));
  CHECK(std::get<image_content>(to_content(body(1, 1, "i.jpg"))).url == "i.jpg");
  CHECK(std::get<voice_content>(to_content(body(1, 2, "v.mp3"))).kind == audio_kind::voice);
  CHECK(std::get<video_content>(to_content(body(1, 3, "v.mp4"))).url == "v.mp4");
  const auto music = std::get<voice_content>(to_content(body(1, 4, "s.mp3")));
  CHECK(music.kind == audio_kind::music);
  CHECK(music.url == "s.mp3");
  const auto news = std::get<custom_content>(to_content(body(1, 5, R"({"title":"t"})")));
  CHECK(news.sub_kind == "news");
  CHECK(news.data == R"({"title":"t"})");
  // Anything else keeps the number, and the content as JSON text.
  CHECK(to_content(body(1, 9, "x")) == content(unknown_content{"9", R"("x")"}));
  CHECK(to_content(body(1, -1, "x")) == content(unknown_content{"-1", R"("x")"}));
  CHECK(to_content(body(1, std::nullopt, "x")) == content(unknown_content{"", R"("x")"}));
  CHECK(to_content(body(1, 0, std::nullopt)) == content(unknown_content{"0", ""}));
}

TEST_CASE("model content maps back onto msgType", "[jim]") {
  CHECK(*to_wire_content(text_content{"hi"}) == (wire_content{0, "hi", std::nullopt}));
  CHECK(to_wire_content(image_content{"i", 1, 2, 3})->msg_type == 1);
  CHECK(to_wire_content(voice_content{"v", 4, audio_kind::voice})->msg_type == 2);
  CHECK(to_wire_content(voice_content{"v", 4, audio_kind::unknown})->msg_type == 2);
  CHECK(to_wire_content(voice_content{"v", {}, audio_kind::music})->msg_type == 4);
  CHECK(to_wire_content(video_content{"v", "t", {}, {}})->msg_type == 3);
  CHECK(*to_wire_content(custom_content{"news", "d", "", ""}) == (wire_content{5, "d", std::nullopt}));
  CHECK(*to_wire_content(unknown_content{"9", R"("x")"}) == (wire_content{9, "x", std::nullopt}));
  CHECK(*to_wire_content(unknown_content{"", ""}) == wire_content{});
  for (const content& c : {content(file_content{"f", "n", {}}), content(location_content{1, 2, "here"}),
                           content(face_content{1, "d"}), content(custom_content{"like", "", "", ""}),
                           content(unknown_content{"sticker", ""}), content(unknown_content{"1", "{}"})}) {
    auto w = to_wire_content(c);
    REQUIRE_FALSE(w);
    CHECK(w.error().code == errc::invalid_value);
  }
}

TEST_CASE("a chat body is a model message and back", "[jim]") {
  const std::string text =
      R"({"chatType":1,"cmd":11,"content":"Welcome!","createTime":1718590000000,"from":"teacher_7","group_id":"course_88","id":"0a1b","msgType":0})";
  auto b = decode<chat_body>(text);
  REQUIRE(b);
  const chat_message m = to_message(*b);
  CHECK(m.id == "0a1b");
  CHECK(m.chat == chat_type::group);
  CHECK(m.author == "teacher_7");
  CHECK(m.recipient == "course_88");
  CHECK(to_unix_ms(m.time) == 1718590000000);
  CHECK(m.body == content(text_content{"Welcome!"}));
  CHECK(m.status == send_status::success);
  auto back = to_chat_body(m);
  REQUIRE(back);
  CHECK(encode(*back) == text);

  const std::string direct =
      R"({"chatType":2,"cmd":11,"content":"s.mp3","createTime":5,"from":"a","id":"x","msgType":4,"to":"b"})";
  auto d = decode<chat_body>(direct);
  const chat_message dm = to_message(*d);
  CHECK(dm.chat == chat_type::direct);
  CHECK(dm.recipient == "b");
  CHECK(encode(*to_chat_body(dm)) == direct);
}

TEST_CASE("what the model does not have", "[jim]") {
  chat_body b = body(0, 0, "x");
  b.to = "w";
  const chat_message m = to_message(b, from_unix_ms(42));
  CHECK(m.chat == chat_type::unknown);
  CHECK(m.recipient == "w");
  CHECK(to_unix_ms(m.time) == 42);  // no createTime: the caller's time
  CHECK(m.id.empty());
  auto back = to_chat_body(m);
  REQUIRE(back);
  CHECK(back->chat_type == 0);
  CHECK(*back->to == "w");
  CHECK(back->create_time == 42);
  CHECK_FALSE(back->id);
  CHECK_FALSE(back->from);

  chat_message room = m;
  room.chat = chat_type::room;
  CHECK(to_chat_body(room).error().code == errc::invalid_value);
  CHECK(to_chat_type(1) == chat_type::group);
  CHECK(to_chat_type(2) == chat_type::direct);
  CHECK(to_chat_type(0) == chat_type::unknown);
}

namespace {
chat_body room_body(std::int32_t type, std::string content) {
  chat_body b;
  b.chat_type = 1;
  b.group_id = "course_88";
  b.from = "stu_1024";
  b.id = "m1";
  b.create_time = 1718590215000;
  b.msg_type = 0;
  b.content = std::move(content);
  b.nick_name = "Mei";
  b.avatar = "https://example.com/a/mei.png";
  b.type = type;
  return b;
}
}  // namespace

TEST_CASE("a chatroom body is read by its own type", "[jim]") {
  CHECK(to_content(room_body(1, "hi")) == content(text_content{"hi"}));
  // msgType is 0 on every chatroom message: the type says it is an image.
  const auto image = to_content(room_body(2, "https://example.com/i/q7.png"));
  REQUIRE(std::holds_alternative<image_content>(image));
  CHECK(std::get<image_content>(image).url == "https://example.com/i/q7.png");
  CHECK(to_content(room_body(3, "")) == content(custom_content{"like", "", "", ""}));
  CHECK(to_content(room_body(4, "2")) == content(custom_content{"flower", "2", "", ""}));
  // A type the chatroom does not define leaves msgType in charge.
  CHECK(to_content(room_body(7, "hi")) == content(text_content{"hi"}));
  chat_body no_content = room_body(2, "");
  no_content.content.reset();
  CHECK(to_content(no_content) == content(unknown_content{"0", ""}));
  // to_message takes the same route.
  CHECK(std::holds_alternative<image_content>(to_message(room_body(2, "u.png")).body));
}

TEST_CASE("a chatroom body maps back to the same frame in its own style", "[jim]") {
  for (std::int32_t type : {1, 2, 3, 4}) {
    const chat_body b = room_body(type, type == 2 ? "https://example.com/i/q7.png" : type == 1 ? "hi" : "");
    INFO("type " << type);
    const chat_style style = style_of(b);
    CHECK(style.chatroom);
    CHECK(style == chatroom_style("Mei", "https://example.com/a/mei.png"));
    auto back = to_chat_body(to_message(b), style);
    REQUIRE(back);
    CHECK(*back == b);
    CHECK(encode(*back) == encode(b));
  }
  // In J-IM's own style an image goes by msgType, and the chatroom keys go.
  auto plain = to_chat_body(to_message(room_body(2, "u.png")));
  REQUIRE(plain);
  CHECK(plain->msg_type == 1);
  CHECK_FALSE(plain->type);
  CHECK_FALSE(plain->nick_name);
  // Likes and flowers are the chatroom's alone.
  auto like = to_chat_body(to_message(room_body(3, "")));
  REQUIRE_FALSE(like);
  CHECK(like.error().code == errc::invalid_value);
  CHECK(like.error().message.find("chatroom") != std::string::npos);
}

TEST_CASE("the chatroom style writes only what the chatroom says", "[jim]") {
  CHECK(*to_wire_content(text_content{"hi"}, true) == (wire_content{0, "hi", 1}));
  CHECK(*to_wire_content(image_content{"i.png", 1, 2, 3}, true) == (wire_content{0, "i.png", 2}));
  CHECK(*to_wire_content(custom_content{"like", "", "", ""}, true) == (wire_content{0, "", 3}));
  CHECK(*to_wire_content(custom_content{"flower", "x", "", ""}, true) == (wire_content{0, "x", 4}));
  CHECK(*to_wire_content(unknown_content{"9", R"("x")"}, true) == (wire_content{9, "x", std::nullopt}));
  for (const content& c : {content(voice_content{"v", 4, audio_kind::voice}), content(video_content{"v", "", {}, {}}),
                           content(custom_content{"news", "d", "", ""}), content(file_content{"f", "n", {}})}) {
    auto w = to_wire_content(c, true);
    REQUIRE_FALSE(w);
    CHECK(w.error().code == errc::invalid_value);
  }
  // A plain body keeps J-IM's style; a name and avatar alone are kept too.
  chat_body b = body(2, 0, "hi");
  b.to = "w";
  b.nick_name = "Lin";
  const chat_style s = style_of(b);
  CHECK_FALSE(s.chatroom);
  auto back = to_chat_body(to_message(b), s);
  REQUIRE(back);
  CHECK(*back->nick_name == "Lin");
  CHECK_FALSE(back->type);
  CHECK(style_of(body(1, 0, "x")) == chat_style{});
}

TEST_CASE("a chat body's sender is a profile", "[jim]") {
  CHECK(sender_profile(room_body(1, "hi")) == (user_profile{"stu_1024", "Mei", "https://example.com/a/mei.png"}));
  CHECK(sender_profile(body(1, 0, "x")) == user_profile{});
}

TEST_CASE("users map onto profiles", "[jim]") {
  user u;
  u.id = "hello";
  u.nick = "Hello";
  CHECK(to_profile(u) == (user_profile{"hello", "Hello", ""}));
  CHECK(encode(to_user(user_profile{"hello", "Hello", ""})) == R"({"id":"hello","nick":"Hello"})");
  CHECK(encode(to_user(user_profile{"w", "", "a.png"})) == R"({"avatar":"a.png","id":"w"})");
  // 3.0's userId (its notifies' members) is the id too.
  user v3;
  v3.user_id = "u_77";
  v3.nick = "Lin";
  CHECK(to_profile(v3) == (user_profile{"u_77", "Lin", ""}));
}

TEST_CASE("a join notify's member is a profile, whichever form came", "[jim]") {
  auto nested =
      decode<join_group_notify>(R"({"command":9,"data":{"group":"Web161","user":{"id":"u_77","nick":"Lin"}}})");
  auto flat = decode<join_group_notify>(
      R"({"code":10011,"command":9,"group":"Web161","msg":"join group ok! 加入群组成功!","user":{"nick":"Lin","status":"online","userId":"u_77"}})");
  REQUIRE(nested);
  REQUIRE(flat);
  CHECK(to_profile(*nested->member()) == to_profile(*flat->member()));
  CHECK(to_profile(*flat->member()) == (user_profile{"u_77", "Lin", ""}));
}
