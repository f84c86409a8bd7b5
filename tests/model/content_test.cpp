// SPDX-License-Identifier: MIT
#include "wxim/model/content.hpp"

#include <catch2/catch.hpp>

using namespace wxim;

TEST_CASE("kind_of follows the variant's alternatives") {
  CHECK(kind_of(content{text_content{"hi"}}) == content_kind::text);
  CHECK(kind_of(content{image_content{}}) == content_kind::image);
  CHECK(kind_of(content{voice_content{}}) == content_kind::voice);
  CHECK(kind_of(content{video_content{}}) == content_kind::video);
  CHECK(kind_of(content{file_content{}}) == content_kind::file);
  CHECK(kind_of(content{location_content{}}) == content_kind::location);
  CHECK(kind_of(content{face_content{}}) == content_kind::face);
  CHECK(kind_of(content{custom_content{}}) == content_kind::custom);
  CHECK(kind_of(content{unknown_content{"sticker", "{}"}}) == content_kind::unknown);
}

TEST_CASE("kind names") {
  CHECK(to_string(content_kind::voice) == "voice");
  CHECK(to_string(content_kind::unknown) == "unknown");
  CHECK(to_string(static_cast<content_kind>(42)) == "unknown");
}

TEST_CASE("summary_of shows text as is and other kinds bracketed") {
  CHECK(summary_of(text_content{"周末有时间吗？"}) == "周末有时间吗？");
  CHECK(summary_of(image_content{"http://x/1.jpg", {}, {}, {}}) == "[image]");
  CHECK(summary_of(unknown_content{"sticker", "1"}) == "[unknown]");
}

TEST_CASE("content equality compares every field") {
  voice_content a{"wxfile://a.mp3", 4, audio_kind::voice};
  voice_content b = a;
  CHECK(a == b);
  b.duration_s = 5;
  CHECK(a != b);
  b = a;
  b.kind = audio_kind::music;
  CHECK(content{a} != content{b});
  CHECK(content{text_content{"a"}} != content{custom_content{"", "a", "", ""}});
}
