// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/ids.hpp"

#include <catch2/catch.hpp>

using namespace wxim;
using namespace wxim::tim;

TEST_CASE("message IDs split at their last two dashes", "[tim]") {
  auto p = parse_message_id("144115212345678901-1718590210-48213577");
  REQUIRE(p);
  CHECK(p->sender_tiny_id == "144115212345678901");
  CHECK(p->client_time == 1718590210);
  CHECK(p->random == 48213577);
  CHECK(make_message_id(*p) == "144115212345678901-1718590210-48213577");

  auto unknown_tiny = parse_message_id("-1718591100-7");
  REQUIRE(unknown_tiny);
  CHECK(unknown_tiny->sender_tiny_id.empty());
  CHECK(make_message_id(*unknown_tiny) == "-1718591100-7");

  auto dashed = parse_message_id("a-b-1-2");
  REQUIRE(dashed);
  CHECK(dashed->sender_tiny_id == "a-b");

  CHECK_FALSE(parse_message_id("opaque"));
  CHECK_FALSE(parse_message_id("1-2"));
  CHECK_FALSE(parse_message_id("x-1-"));
  CHECK_FALSE(parse_message_id("x--2"));
  CHECK_FALSE(parse_message_id("x-1a-2"));
  CHECK_FALSE(parse_message_id("x-1-99999999999999999999"));
}

TEST_CASE("the first client sequence of a session is HHMMSS0001", "[tim]") {
  CHECK(first_client_sequence(21, 2, 40) == 2102400001);
  CHECK(first_client_sequence(1, 1, 1) == 101010001);
  CHECK(first_client_sequence(0, 0, 0) == 1);
}

TEST_CASE("a message's conversation uses the other party for both directions", "[tim]") {
  CHECK(*conversation_id_for(conversation_type::c2c, "chen_yu", "wang_lei", "chen_yu") == "C2Cwang_lei");
  CHECK(*conversation_id_for(conversation_type::c2c, "wang_lei", "chen_yu", "chen_yu") == "C2Cwang_lei");
  CHECK(*conversation_id_for(conversation_type::group, "wang_lei", "@TGS#2ABC", "chen_yu") == "GROUP@TGS#2ABC");
  CHECK(*conversation_id_for(conversation_type::system, "@TIM#SYSTEM", "chen_yu", "chen_yu") == "@TIM#SYSTEM");
  CHECK(conversation_id_for(conversation_type::unknown, "a", "b", "a").error().code == errc::invalid_argument);
  CHECK(conversation_id_for(conversation_type::group, "a", "", "a").error().code == errc::invalid_argument);
}

TEST_CASE("conversation IDs parse by prefix, with no separator", "[tim]") {
  CHECK(parse_conversation_id("C2Cwang_lei") == tim_conversation_id_parts{tim_conversation_type::c2c, "wang_lei"});
  CHECK(parse_conversation_id("GROUP@TGS#2ABC") ==
        tim_conversation_id_parts{tim_conversation_type::group, "@TGS#2ABC"});
  CHECK(parse_conversation_id("@TIM#SYSTEM").type == tim_conversation_type::system);
  CHECK(parse_conversation_id("c2cx").type == tim_conversation_type::unknown);
}
