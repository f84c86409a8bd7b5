// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/values.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

TEST_CASE("time is milliseconds as a number, a string only under numeric-strings, kept as a string", "[easemob]") {
  auto t = decode<time_value>("1718590210000");
  REQUIRE(t);
  CHECK(t->ms == 1718590210000);
  CHECK(t->form == time_form::number);
  CHECK(t->to_instant() == from_unix_ms(1718590210000));
  CHECK(encode(*t) == "1718590210000");

  CHECK(decode<time_value>(R"("1718590210000")").error().code == errc::type_mismatch);
  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  auto s = decode<time_value>(R"("01718590210000")", lax);
  REQUIRE(s);
  CHECK(s->ms == 1718590210000);
  CHECK(s->form == time_form::string);
  CHECK(encode(*s) == R"("01718590210000")");  // the spelling comes back
  s->ms += 1;
  CHECK(encode(*s) == R"("1718590210001")");  // a changed value is written afresh, still a string

  CHECK(decode<time_value>("1718590210.5").error().code == errc::type_mismatch);
  CHECK(decode<time_value>("18446744073709551615").error().code == errc::number_out_of_range);
  CHECK(decode<time_value>("null").error().code == errc::unexpected_null);
  CHECK(decode<time_value>(R"("12ab")", lax).error().code == errc::invalid_value);
}

TEST_CASE("legacy time is a string of milliseconds natively, and a number is kept as a number", "[easemob]") {
  auto t = decode<legacy_time>(R"("1718591500000")");
  REQUIRE(t);
  CHECK(t->ms == 1718591500000);
  CHECK(t->form == time_form::string);
  CHECK(encode(*t) == R"("1718591500000")");
  auto n = decode<legacy_time>("1718591500000");
  REQUIRE(n);
  CHECK(n->form == time_form::number);
  CHECK(encode(*n) == "1718591500000");
  CHECK(encode(legacy_time(5)) == R"("5")");
  CHECK(decode<legacy_time>(R"("")").error().code == errc::invalid_value);
  CHECK(decode<legacy_time>(R"("-")").error().code == errc::invalid_value);
  CHECK(decode<legacy_time>(R"("+5")").error().code == errc::invalid_value);
  CHECK(decode<legacy_time>(R"("99999999999999999999")").error().code == errc::number_out_of_range);
  CHECK(decode<legacy_time>(R"("-5")")->ms == -5);
  CHECK(decode<legacy_time>("true").error().code == errc::type_mismatch);
}

TEST_CASE("chat kinds and message types keep their exact spelling", "[easemob]") {
  CHECK(parse_chat_kind("singleChat") == chat_kind::single_chat);
  CHECK(parse_chat_kind("groupChat") == chat_kind::group_chat);
  CHECK(parse_chat_kind("chatRoom") == chat_kind::chat_room);
  CHECK(parse_chat_kind("singlechat") == chat_kind::unknown);
  CHECK(to_string(chat_kind::chat_room) == "chatRoom");
  for (int i = 0; i < static_cast<int>(message_type::unknown); ++i) {
    const auto t = static_cast<message_type>(i);
    CHECK(parse_message_type(to_string(t)) == t);
  }
  CHECK(parse_message_type("text") == message_type::unknown);
  CHECK(to_string(message_type::loc) == "loc");
}

TEST_CASE("closed enumerations refuse values outside their range", "[easemob]") {
  CHECK(*decode<online_state>("0") == online_state::offline);
  CHECK(*decode<online_state>("3") == online_state::none);
  CHECK(decode<online_state>("4").error().code == errc::invalid_value);
  CHECK(decode<online_state>(R"("1")").error().code == errc::type_mismatch);
  CHECK(encode(online_state::online) == "1");

  CHECK(*decode<priority>(R"("low")") == priority::low);
  CHECK(decode<priority>(R"("urgent")").error().code == errc::invalid_value);
  CHECK(encode(priority::high) == R"("high")");
  CHECK(priority_from_tag(0) == priority::high);
  CHECK(priority_from_tag(2) == priority::low);
  CHECK(priority_from_tag(1) == priority::normal);
  CHECK(priority_from_tag(std::nullopt) == priority::normal);

  CHECK(*decode<stream_status>("4") == stream_status::error);
  CHECK(decode<stream_status>("5").error().code == errc::invalid_value);
  CHECK(to_string(stream_status::in_progress) == "in_progress");

  CHECK(static_cast<int>(*decode<conversation_mark>("19")) == 19);
  CHECK(decode<conversation_mark>("20").error().code == errc::invalid_value);
  CHECK(decode<conversation_mark>("-1").error().code == errc::invalid_value);

  CHECK(*decode<record_style>(R"("self")") == record_style::self);
  CHECK(*decode<record_style>(R"("")") == record_style::other);
  CHECK(decode<record_style>(R"("Self")").error().code == errc::invalid_value);
  CHECK(encode(record_style::other) == R"("")");
}
