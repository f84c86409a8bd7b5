// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im/builders.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "wxim/dialect/wechat_im/frame.hpp"

using namespace wxim;
using namespace wxim::wechat_im;
using namespace std::chrono_literals;

namespace {

bool json_equal(const std::string& a, const std::string& b) {
  return nlohmann::json::parse(a) == nlohmann::json::parse(b);
}

const std::chrono::minutes utc8 = 8h;

chat_message message(std::string author, std::string recipient, std::int64_t ms, content body) {
  chat_message m;
  m.author = std::move(author);
  m.recipient = std::move(recipient);
  m.time = from_unix_ms(ms);
  m.body = std::move(body);
  return m;
}

}  // namespace

TEST_CASE("timeStr is HH:mm at the given offset, with the demo server's minute-10 defect on request", "[wechat_im]") {
  const instant ten_past_ten = from_unix_ms(1718590202000);  // 02:10:02 UTC
  CHECK(make_time_str(ten_past_ten, utc8) == "10:10");
  CHECK(make_time_str(ten_past_ten, utc8, time_str_style::demo_server) == "10:010");
  CHECK(make_time_str(ten_past_ten, 0min) == "02:10");
  CHECK(make_time_str(ten_past_ten, 0min, time_str_style::demo_server) == "02:010");
  CHECK(make_time_str(ten_past_ten, -3h) == "23:10");  // the previous day

  const instant five_past_nine = from_unix_ms(1718586300000);  // 01:05 UTC
  CHECK(make_time_str(five_past_nine, utc8) == "09:05");
  CHECK(make_time_str(five_past_nine, utc8, time_str_style::demo_server) == "09:05");
  const instant eleven_past = from_unix_ms(1718586660000);  // 01:11 UTC
  CHECK(make_time_str(eleven_past, utc8, time_str_style::demo_server) == "09:11");
  CHECK(make_time_str(from_unix_ms(0), 0min, time_str_style::demo_server) == "00:00");
  CHECK(make_time_str(from_unix_ms(1533294362000), utc8) == "19:06");  // the seeded message
  CHECK(make_time_str(from_unix_ms(1718590100456), utc8) == "10:08");
  CHECK(make_time_str(from_unix_ms(1718586425123), utc8) == "09:07");
  CHECK(make_time_str(from_unix_ms(1718586425123), 330min) == "06:37");  // UTC+5:30

  // Extreme instants and offsets give a time, never undefined behaviour.
  CHECK(make_time_str(from_unix_ms(INT64_MIN), std::chrono::minutes::max()).size() == 5);
  CHECK(make_time_str(from_unix_ms(INT64_MAX), std::chrono::minutes::min()).size() == 5);
  CHECK(make_time_str(from_unix_ms(-1), 0min) == "23:59");
}

TEST_CASE("make_login decodes as the §13 login push", "[wechat_im]") {
  const login_frame f = make_login(user_profile{"user_002", "Lin", "https://example.com/a/lin.png"});
  const std::string text = encode(f);
  CHECK(
      text ==
      R"({"type":"login","userInfo":{"userId":"user_002","nickName":"Lin","myHeadUrl":"https://example.com/a/lin.png"}})");
  auto d = decode_frame(text);
  REQUIRE(d);
  CHECK(kind_of(*d) == frame_kind::login);
  CHECK(std::get<login_frame>(*d).user.user_id == "user_002");
}

TEST_CASE("make_friend_list", "[wechat_im]") {
  const auto f = make_friend_list({{"user_001", "Ann", "https://example.com/a/ann.png"}, {"user_003", "Bo", "b.png"}});
  auto d = decode_frame(encode(f));
  REQUIRE(d);
  REQUIRE(kind_of(*d) == frame_kind::friend_list);
  const auto& fl = std::get<friend_list_frame>(*d);
  REQUIRE(fl.friends.size() == 2);
  CHECK(fl.friends[1].nick_name == "Bo");
  CHECK(encode(make_friend_list({})) == R"({"type":"get-friends","friends":[]})");
}

TEST_CASE("make_conversation_list reproduces the §13 list", "[wechat_im]") {
  conversation c;
  c.peer = user_profile{"user_001", "Ann", "https://example.com/a/ann.png"};
  c.latest = message("user_001", "user_002", 1718590202000, text_content{"see you at 8"});
  c.unread = 2;

  auto demo = make_conversation_list({c}, "user_002", utc8, time_str_style::demo_server);
  REQUIRE(demo);
  const std::string example =
      R"({"type":"get-conversations","conversations":[{"friendId":"user_001","msgUserId":"user_001","friendHeadUrl":"https://example.com/a/ann.png","conversationId":-1,"friendName":"Ann","latestMsg":"{\"type\":\"text\",\"content\":\"see you at 8\",\"timestamp\":1718590202000}","unread":2,"timestamp":1718590202000,"timeStr":"10:010"}]})";
  CHECK(encode(*demo) == example);

  auto fixed = make_conversation_list({c}, "user_002", utc8);
  REQUIRE(fixed);
  auto d = decode_frame(encode(*fixed));
  REQUIRE(d);
  REQUIRE(kind_of(*d) == frame_kind::conversation_list);
  const auto& item = std::get<conversation_list_frame>(*d).conversations.at(0);
  CHECK(item.time_str == "10:10");
  CHECK(item.unread == 2);
  CHECK(item.latest_msg.value.content->text == "see you at 8");
  CHECK(*item.latest_msg.value.timestamp == 1718590202000);
  CHECK_FALSE(item.latest_msg.value.duration);
}

TEST_CASE("make_conversation_list: voice duration, unread 0 for my own latest, errors with paths", "[wechat_im]") {
  conversation mine;
  mine.peer = user_profile{"user_002", "Lin", "l.png"};
  mine.latest = message("user_001", "user_002", 1718586425123, voice_content{"a.mp3", 4, audio_kind::voice});
  mine.unread = 5;
  auto f = make_conversation_list({mine}, "user_001", utc8);
  REQUIRE(f);
  const auto& item = f->conversations.at(0);
  CHECK(item.unread == 0);
  CHECK(item.msg_user_id == "user_001");
  CHECK(item.time_str == "09:07");
  // Key order inside the string: type, content, duration, timestamp.
  CHECK(encode(item.latest_msg) ==
        R"("{\"type\":\"voice\",\"content\":\"a.mp3\",\"duration\":4,\"timestamp\":1718586425123}")");

  conversation no_latest;
  no_latest.peer.id = "x";
  auto bad = make_conversation_list({mine, no_latest}, "user_001", utc8);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::invalid_value);
  CHECK(bad.error().path == "/conversations/1");

  conversation video = mine;
  video.latest->body = video_content{"v.mp4", "", std::nullopt, std::nullopt};
  CHECK(make_conversation_list({video}, "user_001", utc8).error().path == "/conversations/0");
}

TEST_CASE("make_history_item reproduces the §13 history item", "[wechat_im]") {
  const chat_message m =
      message("user_001", "user_002", 1718590100456, image_content{"https://example.com/u/p/77.jpg", {}, {}, {}});
  auto f = make_history_item(m, "user_002", utc8);
  REQUIRE(f);
  const std::string text = encode(*f);
  CHECK(
      text ==
      R"({"type":"image","content":"https://example.com/u/p/77.jpg","msgUserId":"user_001","userId":"user_002","friendId":"user_002","timestamp":1718590100456,"timeStr":"10:08"})");
  auto d = decode_frame(text);
  REQUIRE(d);
  CHECK(kind_of(*d) == frame_kind::history_item);

  // The requester's own message: userId = requester = author, friendId = recipient.
  auto own = make_history_item(message("user_002", "user_001", 1718590202000, text_content{"ok"}), "user_002", utc8,
                               time_str_style::demo_server);
  REQUIRE(own);
  CHECK(own->msg_user_id == "user_002");
  CHECK(*own->user_id == "user_002");
  CHECK(own->friend_id == "user_001");
  CHECK(own->time_str == "10:010");
  CHECK_FALSE(own->duration);
}

TEST_CASE("make_forward reproduces the §13 forward", "[wechat_im]") {
  auto f = make_forward(
      message("user_001", "user_002", 1718586425123, voice_content{"wxfile://store_5c1e09.mp3", 4, audio_kind::voice}));
  REQUIRE(f);
  const std::string text = encode(*f);
  CHECK(json_equal(text,
                   R"({"type":"voice","content":"wxfile://store_5c1e09.mp3","duration":4,"timestamp":1718586425123})"));
  auto d = decode_frame(text);
  REQUIRE(d);
  CHECK(kind_of(*d) == frame_kind::forward);

  auto closed = make_forward(message("user_001", "user_002", 1, custom_content{"closed", "", "", ""}));
  REQUIRE(closed);
  CHECK(encode(*closed) == R"({"type":"custom","content":"会话已关闭","timestamp":1})");

  CHECK(make_forward(message("a", "b", 1, location_content{})).error().code == errc::invalid_value);
}
