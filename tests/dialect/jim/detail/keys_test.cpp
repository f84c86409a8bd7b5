// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/detail/keys.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <string_view>

using wxim::jim::detail::equals_ignore_case;
using wxim::jim::detail::fastjson_match;

TEST_CASE("fastjson key matching: exact, then ignoring case, then without '_' or '-'", "[jim]") {
  const std::array<std::string_view, 3> fields{"userId", "group_id", "USERID"};
  constexpr std::size_t none = 3;
  // An exact match wins over an earlier case-insensitive one.
  CHECK(fastjson_match(fields, "USERID") == 2);
  CHECK(fastjson_match(fields, "userId") == 0);
  CHECK(fastjson_match(fields, "userid") == 0);
  CHECK(fastjson_match(fields, "user_id") == 0);
  CHECK(fastjson_match(fields, "User-Id") == 0);
  CHECK(fastjson_match(fields, "GROUP_ID") == 1);
  // The field keeps its underscore: 2.x does not fill group_id from groupId.
  CHECK(fastjson_match(fields, "groupId") == none);
  // Only the separator that comes first is removed.
  CHECK(fastjson_match(fields, "user_-id") == none);
  CHECK(fastjson_match(fields, "") == none);
}

TEST_CASE("equals_ignore_case folds ASCII letters only", "[jim]") {
  CHECK(equals_ignore_case("chatType", "CHATTYPE"));
  CHECK_FALSE(equals_ignore_case("chatType", "chatTyp"));
  CHECK_FALSE(equals_ignore_case("a_b", "a-b"));
  CHECK_FALSE(equals_ignore_case("\xC3\xA9", "\xC3\x89"));  // é and É differ
}
