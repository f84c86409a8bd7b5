// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/values.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::room;

TEST_CASE("a user id is a number or a string and is written back as the same kind", "[room]") {
  auto n = decode<user_id>("10086");
  REQUIRE(n);
  CHECK(n->text == "10086");
  CHECK(n->is_number);
  CHECK(encode(*n) == "10086");
  auto s = decode<user_id>(R"("10086")");
  REQUIRE(s);
  CHECK(s->text == "10086");
  CHECK_FALSE(s->is_number);
  CHECK(encode(*s) == R"("10086")");
  CHECK(*n != *s);
  CHECK(encode(*decode<user_id>("18446744073709551615")) == "18446744073709551615");
  CHECK(decode<user_id>("null").error().code == errc::unexpected_null);
  CHECK(decode<user_id>("true").error().code == errc::type_mismatch);
  CHECK(encode(user_id(7)) == "7");
  CHECK(encode(user_id("u_7")) == R"("u_7")");
}

TEST_CASE("a reply code is an integer, a string only under numeric-strings, and kept a string", "[room]") {
  CHECK(decode<reply_code>("200")->value == 200);
  CHECK(decode<reply_code>(R"("200")").error().code == errc::type_mismatch);
  decode_options numeric;
  numeric.lenient = leniency::numeric_strings;
  auto s = decode<reply_code>(R"("200")", numeric);
  REQUIRE(s);
  CHECK(s->value == 200);
  CHECK(s->as_string);
  CHECK(encode(*s) == R"("200")");
  CHECK(decode<reply_code>(R"("2x")", numeric).error().code == errc::type_mismatch);
  CHECK(decode<reply_code>(R"("99999999999999999999")", numeric).error().code == errc::number_out_of_range);
  CHECK(decode<reply_code>("200.5").error().code == errc::type_mismatch);
  CHECK(encode(reply_code{}) == "200");
}

TEST_CASE("a heartbeat payLoad is the empty string unless any-content is on", "[room]") {
  CHECK(decode<heartbeat_payload>(R"("")")->text.empty());
  CHECK(decode<heartbeat_payload>(R"("x")").error().code == errc::invalid_value);
  CHECK(decode<heartbeat_payload>("{}").error().code == errc::type_mismatch);
  decode_options any;
  any.lenient = leniency::any_content;
  CHECK(decode<heartbeat_payload>(R"("{\"topic\":\"R\"}")", any)->text == R"({"topic":"R"})");
  CHECK(decode<heartbeat_payload>("{}", any).error().code == errc::type_mismatch);
}

TEST_CASE("the enumerations of spec section 8", "[room]") {
  CHECK(parse_frame_type(1) == frame_type::heartbeat);
  CHECK(parse_frame_type(2) == frame_type::send);
  CHECK(parse_frame_type(3) == frame_type::join);
  CHECK_FALSE(parse_frame_type(0));
  CHECK_FALSE(parse_frame_type(4));
  CHECK(to_string(frame_type::join) == "join");
  CHECK(parse_record_type("message") == record_type::message);
  CHECK(parse_record_type("question") == record_type::question);
  CHECK(parse_record_type("answer") == record_type::answer);
  CHECK(parse_record_type("Message") == record_type::unknown);
  CHECK(to_string(record_type::answer) == "answer");
  CHECK(to_string(send_mode::sure_ask) == "sureAsk");
  CHECK(record_code == 200);
}
