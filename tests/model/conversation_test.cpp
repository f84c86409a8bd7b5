// SPDX-License-Identifier: MIT
#include "wxim/model/conversation.hpp"

#include <catch2/catch.hpp>

using namespace wxim;

TEST_CASE("conversation equality includes the latest message and unread count") {
  conversation a;
  a.peer = {"user_001", "Ann", "http://x/a.png"};
  a.unread = 2;
  conversation b = a;
  CHECK(a == b);
  b.unread = 3;
  CHECK(a != b);
  b = a;
  b.latest = chat_message{};
  CHECK(a != b);
}
