// SPDX-License-Identifier: MIT
#include "wxim/storage/detail/saturating.hpp"

#include <catch2/catch.hpp>

using wxim::detail::max_byte_count;
using wxim::detail::saturating_add_bytes;

TEST_CASE("saturating_add_bytes adds exactly below INT64_MAX and stops there above it", "[storage]") {
  STATIC_REQUIRE(saturating_add_bytes(2, 3) == 5);
  CHECK(saturating_add_bytes(0, 0) == 0);
  CHECK(saturating_add_bytes(max_byte_count - 1, 1) == max_byte_count);
  CHECK(saturating_add_bytes(max_byte_count - 1, 2) == max_byte_count);
  CHECK(saturating_add_bytes(max_byte_count, max_byte_count) == max_byte_count);
  CHECK(saturating_add_bytes(1, max_byte_count) == max_byte_count);
}
