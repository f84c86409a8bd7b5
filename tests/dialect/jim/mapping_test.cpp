#include "wxim/dialect/jim/mapping.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

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
  CHECK(*to_wire_content(text_content{"hi"}) == (wire_content{0, "hi"}));
  CHECK(to_wire_content(image_content{"i", 1, 2, 3})->msg_type == 1);
  CHECK(to_wire_content(voice_content{"v", 4, audio_kind::voice})->msg_type == 2);
  CHECK(to_wire_content(voice_content{"v", 4, audio_kind::unknown})->msg_type == 2);
  CHECK(to_wire_content(voice_content{"v", {}, audio_kind::music})->msg_type == 4);
  CHECK(to_wire_content(video_content{"v", "t", {}, {}})->msg_type == 3);
  CHECK(*to_wire_content(custom_content{"news", "d", "", ""}) == (wire_content{5, "d"}));
  CHECK(*to_wire_content(unknown_content{"9", R"("x")"}) == (wire_content{9, "x"}));
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

TEST_CASE("users map onto profiles", "[jim]") {
  user u;
  u.id = "hello";
  u.nick = "Hello";
  CHECK(to_profile(u) == (user_profile{"hello", "Hello", ""}));
  CHECK(encode(to_user(user_profile{"hello", "Hello", ""})) == R"({"id":"hello","nick":"Hello"})");
  CHECK(encode(to_user(user_profile{"w", "", "a.png"})) == R"({"avatar":"a.png","id":"w"})");
}
