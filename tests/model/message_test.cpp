// SPDX-License-Identifier: MIT
#include "wxim/model/message.hpp"

#include <catch2/catch.hpp>

using namespace wxim;

TEST_CASE("conversation_peer is the other person in a direct chat") {
  chat_message m;
  m.author = "user_001";
  m.recipient = "user_002";
  CHECK(conversation_peer(m, "user_001") == "user_002");
  CHECK(conversation_peer(m, "user_002") == "user_001");
  CHECK(is_mine(m, "user_001"));
  CHECK_FALSE(is_mine(m, "user_002"));
}

TEST_CASE("conversation_peer is the group in a group chat") {
  chat_message m;
  m.chat = chat_type::group;
  m.author = "u1";
  m.recipient = "g100";
  CHECK(conversation_peer(m, "u1") == "g100");
  CHECK(conversation_peer(m, "u2") == "g100");
}

TEST_CASE("a message to oneself has oneself as peer") {
  chat_message m;
  m.author = m.recipient = "me";
  CHECK(conversation_peer(m, "me") == "me");
}

TEST_CASE("status and chat type names, unknown values included") {
  CHECK(to_string(send_status::failed) == "failed");
  CHECK(to_string(static_cast<send_status>(9)) == "unknown");
  CHECK(to_string(chat_type::room) == "room");
}

TEST_CASE("message equality covers id, time, body and status") {
  chat_message a;
  a.id = "1";
  a.time = from_unix_ms(5);
  a.body = text_content{"x"};
  chat_message b = a;
  CHECK(a == b);
  b.status = send_status::failed;
  CHECK(a != b);
  b = a;
  b.time = from_unix_ms(6);
  CHECK(a != b);
}
