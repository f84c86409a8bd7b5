// SPDX-License-Identifier: MIT
#include "wxim/schema/blank_or.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>

using namespace wxim;

TEST_CASE("blank_or is blank by default and holds a value otherwise", "[schema]") {
  blank_or<std::int64_t> blank;
  CHECK(blank.is_blank());
  CHECK_FALSE(blank.has_value());
  CHECK_FALSE(blank);
  CHECK(blank.value_or(-1) == -1);
  CHECK(blank.as_optional() == std::nullopt);
  CHECK(blank == blank_or<std::int64_t>::blank());

  blank_or<std::int64_t> n = 1700000000;
  CHECK(n.has_value());
  CHECK(n);
  CHECK(*n == 1700000000);
  CHECK(n.value() == 1700000000);
  CHECK(n.value_or(-1) == 1700000000);
  CHECK(n.as_optional() == std::optional<std::int64_t>(1700000000));

  // Zero is a value, not the blank: the SDK writes 0 and "" for different things.
  blank_or<std::int64_t> zero = 0;
  CHECK(zero.has_value());
  CHECK(zero != blank);
  CHECK(n != zero);
  CHECK(n == blank_or<std::int64_t>(1700000000));

  n.set_blank();
  CHECK(n == blank);
  n.emplace(5);
  CHECK(*n == 5);
  *n += 1;
  CHECK(n == blank_or<std::int64_t>(6));

  blank_or<std::string> s = std::string("x");
  CHECK(s->size() == 1);
}
