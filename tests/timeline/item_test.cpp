// SPDX-License-Identifier: MIT
#include "wxim/timeline/item.hpp"

#include <catch2/catch.hpp>

using namespace wxim;

TEST_CASE("timeline items compare by message and bubble", "[timeline]") {
  timeline_item a{chat_message{}, true};
  a.message.body = text_content{"hi"};
  timeline_item b = a;
  CHECK(a == b);
  b.show_time = false;
  CHECK(a != b);
  b = a;
  b.message.body = text_content{"hi!"};
  CHECK(a != b);
}
