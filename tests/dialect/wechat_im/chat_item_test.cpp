// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im/chat_item.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::wechat_im;

namespace {

bool json_equal(const std::string& a, const std::string& b) {
  return nlohmann::json::parse(a) == nlohmann::json::parse(b);
}

// §13: the chat item for a received voice message.
const std::string example_item =
    R"({"msgId":0,"friendId":"user_001","isMy":false,"showTime":true,"time":"9:07","timestamp":1718586425301,"type":"voice","content":"wxfile://store_5c1e09.mp3","headUrl":"https://example.com/a/ann.png","sendStatus":"success","voiceDuration":4,"isPlaying":false,"saveKey":"wxfile://store_5c1e09.mp3"})";

viewer lin_viewing_ann() {
  viewer v;
  v.my_id = "user_002";
  v.my_avatar = "https://example.com/a/lin.png";
  v.friend_id = "user_001";
  v.friend_avatar = "https://example.com/a/ann.png";
  v.arrival = from_unix_ms(1718586425301);
  return v;
}

}  // namespace

TEST_CASE("the chat item example decodes and re-encodes losslessly", "[wechat_im]") {
  auto c = decode<chat_item>(example_item);
  REQUIRE(c);
  CHECK(*c->msg_id == 0);
  CHECK(*c->friend_id == "user_001");
  CHECK(*c->is_my == false);
  CHECK(*c->show_time == true);
  CHECK(*c->time == "9:07");
  CHECK(c->timestamp == 1718586425301);
  CHECK(c->kind() == message_type::voice);
  CHECK(c->content.text == "wxfile://store_5c1e09.mp3");
  CHECK(c->voice_duration->seconds == 4);
  CHECK(*c->status() == send_status::success);
  CHECK(*c->save_key == "wxfile://store_5c1e09.mp3");
  CHECK(encode(*c) == example_item);
}

TEST_CASE("a locally created closing tip has only four keys", "[wechat_im]") {
  const std::string tip =
      R"({"timestamp":1718586425301,"type":"custom","content":"会话已关闭","sendStatus":"success"})";
  auto c = decode<chat_item>(tip);
  REQUIRE(c);
  CHECK_FALSE(c->msg_id);
  CHECK_FALSE(c->is_my);
  CHECK_FALSE(c->head_url);
  CHECK_FALSE(c->save_key);
  CHECK(encode(*c) == tip);

  CHECK(encode(make_closed_tip(from_unix_ms(1718586425301), send_status::success)) == tip);
  CHECK(encode(make_closed_tip(from_unix_ms(5))) == R"({"timestamp":5,"type":"custom","content":"会话已关闭"})");
}

TEST_CASE("a chat item keeps unknown keys, unknown types and unknown send statuses", "[wechat_im]") {
  const std::string text =
      R"({"msgId":0,"timestamp":1,"type":"video-call","content":"x","sendStatus":"delivered","extra":{"a":[1]}})";
  auto c = decode<chat_item>(text);
  REQUIRE(c);
  CHECK(c->kind() == message_type::unknown);
  CHECK(c->type == "video-call");
  CHECK(*c->status() == send_status::unknown);
  CHECK(c->unknown.find("extra")->text == R"({"a":[1]})");
  CHECK(encode(*c) == text);
}

TEST_CASE("a chat item requires timestamp, type and content", "[wechat_im]") {
  auto c = decode<chat_item>(R"({"type":"text","content":"x"})");
  REQUIRE_FALSE(c);
  CHECK(c.error().code == errc::missing_field);
  CHECK(c.error().path == "/timestamp");
}

TEST_CASE("the §13 forward becomes the §13 chat item under the arrival-time compat flag", "[wechat_im]") {
  auto f = decode<forward_frame>(
      R"({"type":"voice","content":"wxfile://store_5c1e09.mp3","duration":4,"timestamp":1718586425123})");
  REQUIRE(f);
  viewer v = lin_viewing_ann();
  v.use_arrival_time = true;
  chat_item c = make_chat_item(*f, v);
  CHECK(*c.show_time == false);
  CHECK(*c.time == "");
  // The timeline layer decides these two.
  c.show_time = true;
  c.time = "9:07";
  CHECK(json_equal(encode(c), example_item));
  CHECK(encode(c) == example_item);
}

TEST_CASE("received items carry the server timestamp by default", "[wechat_im]") {
  auto f = decode<forward_frame>(R"({"type":"text","content":"hi","timestamp":1718586425123})");
  REQUIRE(f);
  const chat_item c = make_chat_item(*f, lin_viewing_ann());
  CHECK(c.timestamp == 1718586425123);
  CHECK(c.time_point() == from_unix_ms(1718586425123));
  CHECK(*c.is_my == false);
  CHECK(*c.head_url == "https://example.com/a/ann.png");
  CHECK_FALSE(c.voice_duration);
  CHECK_FALSE(c.save_key);  // text items have no saveKey
  CHECK(
      encode(c) ==
      R"({"msgId":0,"friendId":"user_001","isMy":false,"showTime":false,"time":"","timestamp":1718586425123,"type":"text","content":"hi","headUrl":"https://example.com/a/ann.png","sendStatus":"success","isPlaying":false})");
}

TEST_CASE("a history item is mine when msgUserId is me", "[wechat_im]") {
  const viewer v = lin_viewing_ann();
  auto theirs = decode<history_item_frame>(
      R"({"type":"image","content":"https://example.com/u/p/77.jpg","msgUserId":"user_001","userId":"user_002","friendId":"user_002","timestamp":1718590100456,"timeStr":"10:08"})");
  REQUIRE(theirs);
  const chat_item a = make_chat_item(*theirs, v);
  CHECK(*a.is_my == false);
  CHECK(*a.head_url == v.friend_avatar);
  CHECK(*a.save_key == "https://example.com/u/p/77.jpg");
  CHECK(a.timestamp == 1718590100456);
  CHECK(*a.send_status == "success");

  auto mine = decode<history_item_frame>(
      R"({"type":"text","content":"ok","msgUserId":"user_002","userId":"user_002","friendId":"user_001","timestamp":1718590100999,"timeStr":"10:08"})");
  REQUIRE(mine);
  const chat_item b = make_chat_item(*mine, v);
  CHECK(*b.is_my == true);
  CHECK(*b.head_url == v.my_avatar);
  CHECK(*b.friend_id == "user_001");
}

TEST_CASE("a forward is never mine, even a message to oneself", "[wechat_im]") {
  viewer v = lin_viewing_ann();
  v.friend_id = v.my_id;
  auto f = decode<forward_frame>(R"({"type":"text","content":"note to self","timestamp":1})");
  REQUIRE(f);
  CHECK(*make_chat_item(*f, v).is_my == false);
}

TEST_CASE("an outgoing chat frame becomes a sending item of mine", "[wechat_im]") {
  auto f = decode<chat_frame>(
      R"({"content":"wxfile://store_5c1e09.mp3","type":"voice","conversationId":0,"userId":"user_002","friendId":"user_001","duration":4})");
  REQUIRE(f);
  const viewer v = lin_viewing_ann();
  const chat_item c = make_chat_item(*f, v);
  CHECK(*c.is_my == true);
  CHECK(*c.head_url == v.my_avatar);
  CHECK(*c.status() == send_status::sending);
  CHECK(c.timestamp == 1718586425301);
  CHECK(c.voice_duration->seconds == 4);
  CHECK(*c.save_key == "wxfile://store_5c1e09.mp3");
  CHECK(*make_chat_item(*f, v, send_status::failed).send_status == "failed");
}

TEST_CASE("chat items from any frame, and non-string content", "[wechat_im]") {
  decode_options lenient;
  lenient.lenient = leniency::any_content;
  auto f = decode_frame(R"({"type":"text","content":{"a":1},"timestamp":7})", direction::s2c, lenient);
  REQUIRE(f);
  auto c = make_chat_item(*f, lin_viewing_ann());
  REQUIRE(c);
  CHECK(c->content.other->text == R"({"a":1})");
  CHECK(encode(*c).find(R"("content":{"a":1})") != std::string::npos);

  auto odd = decode_frame(R"({"type":"sticker","content":"s.gif","timestamp":7})", direction::s2c);
  REQUIRE(odd);
  auto d = make_chat_item(*odd, lin_viewing_ann());
  REQUIRE(d);
  CHECK(d->type == "sticker");
  CHECK(*d->save_key == "s.gif");

  auto login = decode_frame(R"({"type":"login","userInfo":{"userId":"u","nickName":"n","myHeadUrl":"h"}})");
  REQUIRE(login);
  auto e = make_chat_item(*login, lin_viewing_ann());
  REQUIRE_FALSE(e);
  CHECK(e.error().code == errc::invalid_argument);
}

TEST_CASE("the legacy save key scheme keys every item friendId_msgId", "[wechat_im]") {
  viewer v = lin_viewing_ann();
  v.save_keys = save_key_scheme::friend_and_msg_id;
  auto voice = decode<forward_frame>(R"({"type":"voice","content":"wxfile://a.mp3","duration":4,"timestamp":1})");
  auto image = decode<forward_frame>(R"({"type":"image","content":"https://example.com/b.jpg","timestamp":2})");
  auto text = decode<forward_frame>(R"({"type":"text","content":"hi","timestamp":3})");
  REQUIRE(voice);
  REQUIRE(image);
  REQUIRE(text);
  // Every file of the chat gets the same key: the collision the scheme was dropped for.
  CHECK(*make_chat_item(*voice, v).save_key == "user_001_0");
  CHECK(*make_chat_item(*image, v).save_key == "user_001_0");
  CHECK(*make_chat_item(*text, v).save_key == "user_001_0");
  CHECK(*make_chat_item(*text, v).save_key == make_legacy_save_key("user_001"));

  auto out = decode<chat_frame>(
      R"({"content":"ok","type":"text","conversationId":0,"userId":"user_002","friendId":"user_001"})");
  REQUIRE(out);
  CHECK(*make_chat_item(*out, v).save_key == "user_001_0");

  // The default stays the content scheme.
  CHECK(*make_chat_item(*voice, lin_viewing_ann()).save_key == "wxfile://a.mp3");
  CHECK_FALSE(make_chat_item(*text, lin_viewing_ann()).save_key);
}

namespace {

chat_item received_text(std::int64_t ms, std::string_view status = "success") {
  chat_item c = make_chat_item(forward_frame{}, lin_viewing_ann());
  c.type = "text";
  c.content = content_value(std::string("x"));
  c.timestamp = ms;
  c.send_status = std::string(status);
  return c;
}

// 2026-03-01T10:00:00+08:00.
const instant march_1_10h = from_unix_ms(1772330400000);
constexpr std::chrono::minutes utc8{480};

}  // namespace

TEST_CASE("label_chat_items applies the 5-minute rule and the label style", "[wechat_im]") {
  std::vector<chat_item> page = {
      received_text(1772294340000),           // 2026-02-28 23:59 +08:00: yesterday across a month end
      received_text(1772327100000),           // 09:05
      received_text(1772327100000 + 300000),  // exactly 300 000 ms later: no bubble
      received_text(1772327100000 + 600001),  // 300 001 ms after the previous: a bubble
  };
  label_chat_items(page, march_1_10h, utc8);
  CHECK(*page[0].show_time == true);
  CHECK(*page[0].time == "昨天 23:59");
  CHECK(*page[1].show_time == true);
  CHECK(*page[1].time == "9:05");
  CHECK(*page[2].show_time == false);
  CHECK(*page[2].time == "9:10");  // the label is set whether or not it shows
  CHECK(*page[3].show_time == true);
  CHECK(*page[3].time == "9:15");

  // The client's own field comparison: no "yesterday" across a month boundary.
  label_chat_items(page, march_1_10h, utc8, label_style::wechat_im_compat);
  CHECK(*page[0].time == "2026年2月28日 23:59");
  CHECK(*page[1].time == "9:05");

  label_chat_items(page, march_1_10h, std::chrono::minutes{0}, label_style::en);
  CHECK(*page[1].time == "01:05");
}

TEST_CASE("label_chat_items does not count sending or failed items as the previous one", "[wechat_im]") {
  std::vector<chat_item> page = {
      received_text(0),
      received_text(200000, "sending"),  // decided against 0: no bubble
      received_text(400000, "failed"),   // 400 s after 0, the last item that counts: a bubble
      received_text(500000),             // 500 s after 0: a bubble
      received_text(600000),             // 100 s after the previous success: none
  };
  label_chat_items(page, from_unix_ms(0), std::chrono::minutes{0});
  CHECK(*page[0].show_time);
  CHECK_FALSE(*page[1].show_time);
  CHECK(*page[2].show_time);
  CHECK(*page[3].show_time);
  CHECK_FALSE(*page[4].show_time);
}

TEST_CASE("label_chat_items continues a page and leaves closing tips alone", "[wechat_im]") {
  std::vector<chat_item> page = {make_closed_tip(from_unix_ms(1000000)), received_text(1000000)};
  label_chat_items(page, from_unix_ms(1000000), std::chrono::minutes{0}, label_style::wechat_im, from_unix_ms(900000));
  CHECK(encode(page[0]) == R"({"timestamp":1000000,"type":"custom","content":"会话已关闭"})");
  CHECK(is_closed_tip(page[0]));
  CHECK_FALSE(is_closed_tip(page[1]));
  CHECK_FALSE(*page[1].show_time);  // 100 s after the item before the page
  CHECK(*page[1].time == "0:16");

  std::vector<chat_item> empty;
  label_chat_items(empty, from_unix_ms(0), std::chrono::minutes{0});
  CHECK(empty.empty());
}

TEST_CASE("a labelled §13 forward is the §13 chat item", "[wechat_im]") {
  auto f = decode<forward_frame>(
      R"({"type":"voice","content":"wxfile://store_5c1e09.mp3","duration":4,"timestamp":1718586425123})");
  REQUIRE(f);
  viewer v = lin_viewing_ann();
  v.use_arrival_time = true;
  std::vector<chat_item> page = {make_chat_item(*f, v)};
  label_chat_items(page, v.arrival, utc8);  // 2024-06-17 09:07:05 at +08:00
  CHECK(encode(page[0]) == example_item);
}
