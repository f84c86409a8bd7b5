// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im/mapping.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::wechat_im;

namespace {

bool json_equal(const std::string& a, const std::string& b) {
  return nlohmann::json::parse(a) == nlohmann::json::parse(b);
}

template <class T>
T must_decode(const std::string& text, const decode_options& options = {}) {
  auto r = decode<T>(text, options);
  if (!r) FAIL(r.error().describe());
  return std::move(*r);
}

}  // namespace

TEST_CASE("chat frames: text, voice and image survive frame -> model -> frame", "[wechat_im]") {
  const char* frames[] = {
      R"({"content":"hello 你好","type":"text","conversationId":0,"userId":"user_001","friendId":"user_002"})",
      R"({"content":"wxfile://store_5c1e09.mp3","type":"voice","conversationId":0,"userId":"user_001","friendId":"user_002","duration":4})",
      R"({"content":"wxfile://tmp/pic.jpg","type":"image","conversationId":0,"userId":"user_002","friendId":"user_001"})",
  };
  for (const std::string text : frames) {
    INFO(text);
    const auto f = must_decode<chat_frame>(text);
    const chat_message m = to_message(f, from_unix_ms(1718586425000));
    CHECK(m.id.empty());
    CHECK(m.chat == chat_type::direct);
    CHECK(m.status == send_status::success);
    CHECK(m.author == f.user_id);
    CHECK(m.recipient == f.friend_id);
    CHECK(m.time == from_unix_ms(1718586425000));
    auto back = to_chat_frame(m);
    REQUIRE(back);
    CHECK(json_equal(encode(*back), text));
    CHECK(encode(*back) == text);
  }
}

TEST_CASE("history items: text, voice and image survive frame -> model -> frame", "[wechat_im]") {
  const char* frames[] = {
      R"({"type":"image","content":"https://example.com/u/p/77.jpg","msgUserId":"user_001","userId":"user_002","friendId":"user_002","timestamp":1718590100456,"timeStr":"10:08"})",
      R"({"type":"text","content":"周末有时间一起参加社团活动吗？","msgUserId":"user_001","userId":"user_001","friendId":"user_002","timestamp":1533294362000,"timeStr":"19:06"})",
      R"({"type":"voice","content":"http://tmp/a.mp3","msgUserId":"user_002","userId":"user_001","friendId":"user_001","timestamp":1718590100456,"timeStr":"10:08","duration":12})",
  };
  for (const std::string text : frames) {
    INFO(text);
    const auto f = must_decode<history_item_frame>(text);
    const chat_message m = to_message(f);
    CHECK(m.author == f.msg_user_id);
    CHECK(m.recipient == f.friend_id);
    CHECK(to_unix_ms(m.time) == f.timestamp);
    auto back = to_history_item(m, f.user_id, f.time_str);
    REQUIRE(back);
    CHECK(json_equal(encode(*back), text));
  }
}

TEST_CASE("forwards: text, voice and image survive frame -> model -> frame", "[wechat_im]") {
  const char* frames[] = {
      R"({"type":"voice","content":"wxfile://store_5c1e09.mp3","duration":4,"timestamp":1718586425123})",
      R"({"type":"text","content":"see you at 8","timestamp":1718590202000})",
      R"({"type":"image","content":"https://example.com/u/p/77.jpg","timestamp":1718590100456})",
  };
  for (const std::string text : frames) {
    INFO(text);
    const auto f = must_decode<forward_frame>(text);
    const chat_message m = to_message(f, "user_001", "user_002");
    CHECK(m.author == "user_001");  // the open chat's friend
    CHECK(m.recipient == "user_002");
    auto back = to_forward(m);
    REQUIRE(back);
    CHECK(json_equal(encode(*back), text));
    if (f.type != std::string("voice")) CHECK(encode(*back).find("duration") == std::string::npos);
  }
}

TEST_CASE("content kinds map to the model", "[wechat_im]") {
  CHECK(to_content(std::string("text"), content_value("hi")) == content{text_content{"hi"}});
  CHECK(to_content(std::string("image"), content_value("u.jpg")) ==
        content{image_content{"u.jpg", std::nullopt, std::nullopt, std::nullopt}});
  CHECK(to_content(std::string("voice"), content_value("a.mp3"), duration_value(4)) ==
        content{voice_content{"a.mp3", 4, audio_kind::voice}});
  CHECK(to_content(std::string("voice"), content_value("a.mp3")) ==
        content{voice_content{"a.mp3", std::nullopt, audio_kind::voice}});
  CHECK(to_content(std::string("custom"), content_value(std::string(closed_tip))) ==
        content{custom_content{"closed", std::string(closed_tip), "", ""}});
  CHECK(to_content(std::string("custom"), content_value("other")) == content{custom_content{"", "other", "", ""}});
  CHECK(to_content(std::string("sticker"), content_value("s.gif")) == content{unknown_content{"sticker", "\"s.gif\""}});
  CHECK(to_content(std::nullopt, std::nullopt) == content{unknown_content{"", ""}});
}

TEST_CASE("an unknown type is kept, both ways", "[wechat_im]") {
  const std::string text = R"({"type":"red-packet","content":"8.88","timestamp":1})";
  const auto f = must_decode<forward_frame>(text);
  const chat_message m = to_message(f, "a", "b");
  REQUIRE(std::holds_alternative<unknown_content>(m.body));
  CHECK(std::get<unknown_content>(m.body).kind == "red-packet");
  CHECK(std::get<unknown_content>(m.body).raw == "\"8.88\"");
  auto back = to_forward(m);
  REQUIRE(back);
  CHECK(encode(*back) == text);
}

TEST_CASE("non-string content (lenient) is unknown content and survives", "[wechat_im]") {
  decode_options lenient;
  lenient.lenient = leniency::any_content;
  const std::string text = R"({"type":"text","content":{"a":[1,null]},"timestamp":1})";
  const auto f = must_decode<forward_frame>(text, lenient);
  const chat_message m = to_message(f, "a", "b");
  CHECK(m.body == content{unknown_content{"text", R"({"a":[1,null]})"}});
  auto back = to_forward(m);
  REQUIRE(back);
  CHECK(encode(*back) == text);

  // Absent type and content stay absent.
  const std::string bare = R"({"timestamp":3})";
  auto none = to_forward(to_message(must_decode<forward_frame>(bare), "a", "b"));
  REQUIRE(none);
  CHECK(encode(*none) == bare);
}

TEST_CASE("the model's kinds without a wechat-im form are errors", "[wechat_im]") {
  chat_message m;
  m.author = "a";
  m.recipient = "b";
  m.body = video_content{"v.mp4", "t.jpg", 3, std::nullopt};
  auto f = to_chat_frame(m);
  REQUIRE_FALSE(f);
  CHECK(f.error().code == errc::invalid_value);
  CHECK(f.error().message.find("video") != std::string::npos);
  CHECK_FALSE(to_forward(m));
  CHECK_FALSE(to_history_item(m, std::string("a"), "10:00"));

  m.body = file_content{"f.pdf", "f.pdf", 10};
  CHECK_FALSE(to_wire_content(m.body));
  m.body = location_content{1, 2, "here"};
  CHECK_FALSE(to_wire_content(m.body));
  m.body = face_content{1, "smile"};
  CHECK_FALSE(to_wire_content(m.body));

  m.body = text_content{"hi"};
  m.chat = chat_type::group;
  CHECK(to_chat_frame(m).error().code == errc::invalid_value);

  m.chat = chat_type::direct;
  m.body = unknown_content{"x", "{not json"};
  CHECK(to_chat_frame(m).error().code == errc::invalid_value);
  m.body = unknown_content{"x", ""};
  CHECK(to_chat_frame(m).error().code == errc::invalid_value);  // C4 always has content
  CHECK(to_forward(m));                                         // S5 may lack it
}

TEST_CASE("model content to the wire", "[wechat_im]") {
  auto closed = to_wire_content(custom_content{"closed", "", "", ""});
  REQUIRE(closed);
  CHECK(*closed->type == "custom");
  CHECK(closed->content->text == closed_tip);

  auto voice = to_wire_content(voice_content{"a.mp3", 7, audio_kind::voice});
  REQUIRE(voice);
  CHECK(voice->duration->seconds == 7);
  CHECK_FALSE(to_wire_content(voice_content{"a.mp3", -1, audio_kind::voice}));

  auto text = to_wire_content(text_content{"x"});
  REQUIRE(text);
  CHECK_FALSE(text->duration);
}

TEST_CASE("the §13 conversation list maps to conversations and back", "[wechat_im]") {
  const std::string text =
      R"({"type":"get-conversations","conversations":[{"friendId":"user_001","msgUserId":"user_001","friendHeadUrl":"https://example.com/a/ann.png","conversationId":-1,"friendName":"Ann","latestMsg":"{\"type\":\"text\",\"content\":\"see you at 8\",\"timestamp\":1718590202000}","unread":2,"timestamp":1718590202000,"timeStr":"10:010"}]})";
  const auto f = must_decode<conversation_list_frame>(text);
  const auto cs = to_conversations(f, "user_002");
  REQUIRE(cs.size() == 1);
  const conversation& c = cs[0];
  CHECK(c.peer == user_profile{"user_001", "Ann", "https://example.com/a/ann.png"});
  CHECK(c.unread == 2);
  REQUIRE(c.latest);
  CHECK(c.latest->author == "user_001");
  CHECK(c.latest->recipient == "user_002");
  CHECK(c.latest->time == from_unix_ms(1718590202000));
  CHECK(c.latest->body == content{text_content{"see you at 8"}});

  auto item = to_conversation_item(c, "10:010");
  REQUIRE(item);
  conversation_list_frame back;
  back.conversations.push_back(*item);
  CHECK(encode(back) == text);
}

TEST_CASE("a conversation entry the viewer wrote, and the seeded one without a timestamp", "[wechat_im]") {
  const auto mine = must_decode<conversation_item>(
      R"({"friendId":"user_002","msgUserId":"user_001","friendHeadUrl":"h","conversationId":-1,"friendName":"Lin","latestMsg":"{\"type\":\"voice\",\"content\":\"a.mp3\",\"duration\":3,\"timestamp\":5}","unread":0,"timestamp":5,"timeStr":"08:00"})");
  const conversation c = to_conversation(mine, "user_001");
  CHECK(c.latest->author == "user_001");
  CHECK(c.latest->recipient == "user_002");
  CHECK(c.latest->body == content{voice_content{"a.mp3", 3, audio_kind::voice}});

  const auto seeded = must_decode<conversation_item>(
      R"({"friendId":"user_001","msgUserId":"user_001","friendHeadUrl":"h","conversationId":-1,"friendName":"Ann","latestMsg":"{\"type\":\"text\",\"content\":\"周末有时间一起参加社团活动吗？\"}","unread":0,"timestamp":1533294362000,"timeStr":"19:06"})");
  const conversation s = to_conversation(seeded, "user_002");
  CHECK(s.latest->time == from_unix_ms(1533294362000));

  conversation empty;
  empty.peer.id = "x";
  CHECK(to_conversation_item(empty, "").error().code == errc::invalid_value);
}

TEST_CASE("profiles map both ways", "[wechat_im]") {
  const std::string text = R"({"userId":"user_002","nickName":"Lin","myHeadUrl":"https://example.com/a/lin.png"})";
  const auto u = must_decode<user_info>(text);
  const user_profile p = to_profile(u);
  CHECK(p == user_profile{"user_002", "Lin", "https://example.com/a/lin.png"});
  CHECK(encode(to_user_info(p)) == text);
}

TEST_CASE("messages from any frame, seen by a viewer", "[wechat_im]") {
  viewer v;
  v.my_id = "user_002";
  v.friend_id = "user_001";
  v.arrival = from_unix_ms(99);

  auto fwd = decode_frame(R"({"type":"text","content":"hi","timestamp":7})");
  REQUIRE(fwd);
  auto a = to_message(*fwd, v);
  REQUIRE(a);
  CHECK(a->author == "user_001");
  CHECK(a->recipient == "user_002");
  CHECK(a->time == from_unix_ms(7));

  v.use_arrival_time = true;
  CHECK(to_message(*fwd, v)->time == from_unix_ms(99));

  auto chat =
      decode_frame(R"({"content":"x","type":"text","conversationId":0,"userId":"user_002","friendId":"user_001"})");
  REQUIRE(chat);
  auto b = to_message(*chat, v);
  REQUIRE(b);
  CHECK(b->author == "user_002");
  CHECK(b->time == from_unix_ms(99));

  auto req = decode_frame(R"({"type":"get-friends","userId":"u"})");
  REQUIRE(req);
  CHECK(to_message(*req, v).error().code == errc::invalid_argument);
}
