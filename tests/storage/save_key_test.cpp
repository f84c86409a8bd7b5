// SPDX-License-Identifier: MIT
#include "wxim/storage/save_key.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <string>

using namespace wxim;

TEST_CASE("current wechat-im save key: the content's URL or path", "[storage]") {
  CHECK(make_save_key(content{voice_content{"wxfile://tmp_a1b2.mp3", 3, audio_kind::voice}}) ==
        std::string("wxfile://tmp_a1b2.mp3"));
  CHECK(make_save_key(content{image_content{"http://tmp/wx1234.jpg", {}, {}, {}}}) ==
        std::string("http://tmp/wx1234.jpg"));
  CHECK(
      make_save_key(content{video_content{"https://cdn.example.com/v.mp4", "https://cdn.example.com/v.jpg", {}, {}}}) ==
      std::string("https://cdn.example.com/v.mp4"));
  CHECK(make_save_key(content{file_content{"https://cdn.example.com/a.pdf", "a.pdf", {}}}) ==
        std::string("https://cdn.example.com/a.pdf"));
}

TEST_CASE("content without a file has no save key", "[storage]") {
  CHECK_FALSE(make_save_key(content{text_content{"wxfile://looks-like-a-path"}}));
  CHECK_FALSE(make_save_key(content{location_content{1, 2, "here"}}));
  CHECK_FALSE(make_save_key(content{face_content{3, "smile"}}));
  CHECK_FALSE(make_save_key(content{custom_content{"closed", "会话已关闭", "", ""}}));
  CHECK_FALSE(make_save_key(content{unknown_content{"sticker", "\"wxfile://x\""}}));
  CHECK_FALSE(make_save_key(content{image_content{"", {}, {}, {}}}));
}

TEST_CASE("save key of a message is its content's", "[storage]") {
  chat_message m;
  m.author = "u1";
  m.recipient = "u2";
  m.body = voice_content{"wxfile://v.mp3", 2, audio_kind::voice};
  CHECK(make_save_key(m) == std::string("wxfile://v.mp3"));
  m.body = text_content{"hi"};
  CHECK_FALSE(make_save_key(m));
}

TEST_CASE("legacy wechat-im save key: friendId_msgId", "[storage]") {
  CHECK(make_legacy_save_key("user_3") == "user_3_0");
  CHECK(make_legacy_save_key("user_3", 0) == "user_3_0");
  CHECK(make_legacy_save_key("abc", 17) == "abc_17");
  CHECK(make_legacy_save_key("abc", -1) == "abc_-1");
  CHECK(make_legacy_save_key("", 0) == "_0");
  CHECK(make_legacy_save_key("f", std::numeric_limits<std::int64_t>::max()) == "f_9223372036854775807");
  // The defect it had: msgId was always 0, so two files of one chat got the same key.
  CHECK(make_legacy_save_key("user_3") == make_legacy_save_key("user_3"));
}
