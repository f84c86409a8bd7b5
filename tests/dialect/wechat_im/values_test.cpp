// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im/values.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::wechat_im;

TEST_CASE("message types parse, and anything else is unknown", "[wechat_im]") {
  CHECK(parse_message_type("text") == message_type::text);
  CHECK(parse_message_type("voice") == message_type::voice);
  CHECK(parse_message_type("image") == message_type::image);
  CHECK(parse_message_type("custom") == message_type::custom);
  CHECK(parse_message_type("Text") == message_type::unknown);
  CHECK(parse_message_type("") == message_type::unknown);
  CHECK(to_string(message_type::voice) == "voice");
}

TEST_CASE("content is a string strictly, any JSON under any-content", "[wechat_im]") {
  CHECK(decode<content_value>(R"("hi")")->text == "hi");
  CHECK(decode<content_value>("[1]").error().code == errc::type_mismatch);
  decode_options o;
  o.lenient = leniency::any_content;
  auto v = decode<content_value>(R"( {"a" : 1} )", o);
  REQUIRE(v);
  CHECK(v->other->text == R"({"a":1})");
  CHECK(encode(*v) == R"({"a":1})");
}

TEST_CASE("duration is non-negative whole seconds strictly", "[wechat_im]") {
  CHECK(decode<duration_value>("0")->seconds == 0);
  CHECK(decode<duration_value>("60")->seconds == 60);
  CHECK(decode<duration_value>("-1").error().code == errc::invalid_value);
  CHECK(decode<duration_value>("1.5").error().code == errc::type_mismatch);
  CHECK(decode<duration_value>(R"("4")").error().code == errc::type_mismatch);
  decode_options o;
  o.lenient = leniency::loose_duration;
  CHECK(encode(*decode<duration_value>("-1", o)) == "-1");
  CHECK(encode(*decode<duration_value>("1.5", o)) == "1.5");
  CHECK(encode(*decode<duration_value>(R"("4")", o)) == R"("4")");
  CHECK_FALSE(decode<duration_value>("[4]", o));
}
