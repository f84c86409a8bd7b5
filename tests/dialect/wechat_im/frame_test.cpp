// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im/frame.hpp"

#include <catch2/catch.hpp>

#include "support/vectors.hpp"

using namespace wxim;
using namespace wxim::wechat_im;

TEST_CASE("wechat-im: every accept vector decodes to the kind its file names and round-trips losslessly",
          "[wechat_im]") {
  const auto files = wxim_test::vector_files("accept", "wechat_im");
  REQUIRE(files.size() >= 9);
  std::size_t frames = 0;
  for (const auto& file : files) {
    const std::string kind = file.stem().string();
    for (const auto& line : wxim_test::read_lines(file)) {
      INFO(file.filename().string() << ": " << line);
      auto f = decode_frame(line);
      REQUIRE(f);
      CHECK(to_string(kind_of(*f)) == kind);
      CHECK(wxim_test::json_equal(encode(*f), line));
      // Telling the direction explicitly gives the same kind.
      auto g = decode_frame(line, direction_of(kind_of(*f)));
      REQUIRE(g);
      CHECK(kind_of(*g) == kind_of(*f));
      ++frames;
    }
  }
  CHECK(frames >= 35);
}

TEST_CASE("wechat-im: every reject vector fails with its code and path, without throwing", "[wechat_im]") {
  const auto cases = wxim_test::reject_cases("wechat_im");
  REQUIRE(cases.size() >= 30);
  for (const auto& c : cases) {
    INFO(c.why << ": " << c.frame);
    result<frame> r = error{};
    REQUIRE_NOTHROW(r = decode_frame(c.frame, *parse_direction(c.direction)));
    REQUIRE_FALSE(r);
    CHECK(to_string(r.error().code) == c.code);
    CHECK(r.error().path == c.path);
    CHECK_FALSE(r.error().message.empty());
  }
}

TEST_CASE("wechat-im: frames that share type and content are told apart by their keys", "[wechat_im]") {
  CHECK(*classify(R"({"content":"x","type":"text","conversationId":0,"userId":"a","friendId":"b"})") ==
        frame_kind::chat);
  CHECK(
      *classify(
          R"({"type":"text","content":"x","msgUserId":"a","userId":"b","friendId":"b","timestamp":1,"timeStr":"00:00"})") ==
      frame_kind::history_item);
  CHECK(*classify(R"({"type":"text","content":"x","timestamp":1})") == frame_kind::forward);
  CHECK(classify(R"({"type":"text","content":"x"})").error().code == errc::ambiguous_frame);
  // A direction settles what the keys cannot.
  CHECK(*classify(R"({"type":"text","content":"x"})", direction::c2s) == frame_kind::chat);
  CHECK(*classify(R"({"type":"text","content":"x"})", direction::s2c) == frame_kind::forward);
  CHECK(*classify(R"({"type":"get-friends","userId":"a"})") == frame_kind::get_friends);
  CHECK(*classify(R"({"type":"get-friends","friends":[]})") == frame_kind::friend_list);
  CHECK(*classify(R"({"type":"get-friends","friends":[]})", direction::c2s) == frame_kind::get_friends);
}

TEST_CASE("wechat-im: a login is a login only with a userInfo object", "[wechat_im]") {
  CHECK(*classify(R"({"type":"login","userInfo":{}})") == frame_kind::login);
  CHECK(*classify(R"({"type":"login","content":"x","timestamp":1})") == frame_kind::forward);
  CHECK(*classify(R"({"content":"x","type":"login","conversationId":0,"userId":"a","friendId":"b"})") ==
        frame_kind::chat);
  CHECK(classify(R"({"type":"login","userInfo":"u"})").error().code == errc::ambiguous_frame);
}

TEST_CASE("wechat-im: duration stays absent on non-voice messages and present on voice", "[wechat_im]") {
  auto text = decode_frame(R"({"type":"text","content":"x","timestamp":1})");
  REQUIRE(text);
  CHECK_FALSE(std::get<forward_frame>(*text).duration);
  CHECK(encode(*text).find("duration") == std::string::npos);
  auto voice = decode_frame(R"({"type":"voice","content":"x","duration":4,"timestamp":1})");
  REQUIRE(voice);
  REQUIRE(std::get<forward_frame>(*voice).duration);
  CHECK(std::get<forward_frame>(*voice).duration->seconds == 4);
}

TEST_CASE("wechat-im: an unknown message type keeps its string", "[wechat_im]") {
  auto f = decode_frame(R"({"content":"s://1","type":"sticker","conversationId":0,"userId":"a","friendId":"b"})");
  REQUIRE(f);
  const auto& chat = std::get<chat_frame>(*f);
  CHECK(chat.kind() == message_type::unknown);
  CHECK(chat.type == "sticker");
  CHECK(encode(*f).find("\"type\":\"sticker\"") != std::string::npos);
}

TEST_CASE("wechat-im: latestMsg is decoded into its typed value and written back as a string", "[wechat_im]") {
  const std::string text =
      R"({"type":"get-conversations","conversations":[{"friendId":"a","msgUserId":"a","friendHeadUrl":"h","conversationId":-1,"friendName":"n","latestMsg":"{\"type\":\"voice\",\"content\":\"v.mp3\",\"duration\":3}","unread":2,"timestamp":5,"timeStr":"09:010"}]})";
  auto f = decode_frame(text);
  REQUIRE(f);
  auto& item = std::get<conversation_list_frame>(*f).conversations.at(0);
  CHECK(item.time_str == "09:010");  // the demo server's minute-10 form is just a string
  REQUIRE(item.latest_msg.value.type);
  CHECK(*item.latest_msg.value.type == "voice");
  CHECK(item.latest_msg.value.duration->seconds == 3);
  CHECK_FALSE(item.latest_msg.value.timestamp);  // the seeded message has none
  CHECK(encode(*f) == text);
  // Changing the value rewrites the string.
  item.latest_msg.value.timestamp = 7;
  CHECK(encode(*f).find(R"(\"duration\":3,\"timestamp\":7})") != std::string::npos);
}

TEST_CASE("wechat-im: named tolerances of the demo server, off by default", "[wechat_im]") {
  const std::string object_content = R"({"type":"text","content":{"a":[1,2]},"timestamp":1})";
  CHECK(decode_frame(object_content).error().code == errc::type_mismatch);
  decode_options any;
  any.lenient = leniency::any_content;
  auto f = decode_frame(object_content, direction::any, any);
  REQUIRE(f);
  CHECK_FALSE(std::get<forward_frame>(*f).content->is_string());
  CHECK(encode(*f) == object_content);

  const std::string loose = R"({"type":"voice","content":"v","duration":"4.5","timestamp":1})";
  CHECK_FALSE(decode_frame(loose));
  decode_options lax;
  lax.lenient = leniency::loose_duration;
  auto g = decode_frame(loose, direction::any, lax);
  REQUIRE(g);
  CHECK(encode(*g) == loose);
}

TEST_CASE("wechat-im: kind names and directions", "[wechat_im]") {
  CHECK(to_string(frame_kind::conversation_list) == "conversation_list");
  CHECK(direction_of(frame_kind::chat) == direction::c2s);
  CHECK(direction_of(frame_kind::get_history) == direction::c2s);
  CHECK(direction_of(frame_kind::login) == direction::s2c);
  CHECK(direction_of(frame_kind::forward) == direction::s2c);
}
