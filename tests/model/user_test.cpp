// SPDX-License-Identifier: MIT
#include "wxim/model/user.hpp"

#include <catch2/catch.hpp>

TEST_CASE("user profiles compare by every field") {
  wxim::user_profile a{"user_001", "柳如月", "http://x/1.jpg"};
  wxim::user_profile b = a;
  CHECK(a == b);
  b.nickname = "Ann";
  CHECK(a != b);
}
