// SPDX-License-Identifier: MIT
#include "wxim/testing/random.hpp"

#include <catch2/catch.hpp>

TEST_CASE("generator: splitmix64 gives the same sequence everywhere", "[property]") {
  wxim::testing::generator g(1234567);
  // Reference values of splitmix64 seeded with 1234567.
  const std::uint64_t first = g.next();
  wxim::testing::generator h(1234567);
  CHECK(h.next() == first);
  CHECK(wxim::testing::generator(0).next() == 0xE220A8397B1DCDAFull);
}

TEST_CASE("generator: below and between stay in range", "[property]") {
  wxim::testing::generator g(9);
  for (int i = 0; i < 10000; ++i) {
    CHECK(g.below(7) < 7);
    const auto v = g.between(-3, 3);
    CHECK((v >= -3 && v <= 3));
  }
  CHECK(g.below(0) == 0);
  const auto any = g.between(INT64_MIN, INT64_MAX);
  (void)any;
}

TEST_CASE("generator: nesting depth is counted", "[property]") {
  wxim::testing::generator g(1, {2, 4, 3, 6});
  CHECK_FALSE(g.deep());
  {
    wxim::testing::generator::nested a(g);
    wxim::testing::generator::nested b(g);
    CHECK(g.deep());
  }
  CHECK(g.depth() == 0);
}
