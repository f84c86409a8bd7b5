// SPDX-License-Identifier: MIT
#include "wxim/model/instant.hpp"

#include <catch2/catch.hpp>

using namespace wxim;

TEST_CASE("instant converts 13-digit millisecond timestamps exactly") {
  const instant t = from_unix_ms(1533294362000);
  CHECK(to_unix_ms(t) == 1533294362000);
  CHECK(to_unix_seconds(t) == 1533294362);
  CHECK(date::format("%F %T", t) == "2018-08-03 11:06:02.000");
}

TEST_CASE("seconds convert to milliseconds and back, flooring before 1970") {
  CHECK(to_unix_ms(from_unix_seconds(1718586425)) == 1718586425000);
  CHECK(to_unix_seconds(from_unix_ms(-1)) == -1);
  CHECK(to_unix_seconds(from_unix_ms(-1000)) == -1);
  CHECK(to_unix_seconds(from_unix_ms(-1001)) == -2);
  CHECK(to_unix_seconds(from_unix_ms(999)) == 0);
}

TEST_CASE("seconds beyond the millisecond range saturate") {
  CHECK(to_unix_ms(from_unix_seconds(INT64_MAX)) == INT64_MAX);
  CHECK(to_unix_ms(from_unix_seconds(INT64_MIN)) == INT64_MIN);
}
