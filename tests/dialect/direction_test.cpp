// SPDX-License-Identifier: MIT
#include "wxim/dialect/direction.hpp"

#include <catch2/catch.hpp>

TEST_CASE("directions parse from and print as their CLI names") {
  using wxim::direction;
  for (auto d : {direction::c2s, direction::s2c, direction::any}) CHECK(*wxim::parse_direction(to_string(d)) == d);
  CHECK_FALSE(wxim::parse_direction("up"));
}
