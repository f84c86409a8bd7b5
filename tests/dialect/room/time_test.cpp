// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/time.hpp"

#include <catch2/catch.hpp>

using namespace wxim;
using namespace wxim::room;
using namespace std::chrono;

TEST_CASE("createdat is read as local time at the caller's offset", "[room]") {
  const auto t = parse_createdat("2024-6-17 10:12", hours{8});
  REQUIRE(t);
  CHECK(to_unix_ms(*t) == 1718590320000);  // 2024-06-17T02:12:00Z
  CHECK(to_unix_ms(*parse_createdat("2024-6-17 10:12", minutes{0})) == 1718619120000);
  CHECK(to_unix_ms(*parse_createdat("2018-10-8 14:30", hours{8})) == 1538980200000);
  // One or two digits for month, day and hour.
  CHECK(*parse_createdat("2024-06-07 09:05", hours{8}) == *parse_createdat("2024-6-7 9:05", hours{8}));
  CHECK(parse_createdat("2024-2-29 23:59", hours{-5}));
}

TEST_CASE("createdat that is not YYYY-M-D H:mm, or no such moment, is invalid_value", "[room]") {
  for (const char* bad :
       {"", "2024-6-17", "2024-6-17 10:12:30", "2024-6-17T10:12", "2024/6/17 10:12", "24-6-17 10:12", "2024-6-17 10:2",
        "2024-6-17  10:12", "2024-6-17 10:12 ", "2024-13-1 10:12", "2023-2-29 10:12", "2024-6-31 10:12",
        "2024-6-17 24:00", "2024-6-17 10:60", "2024-006-17 10:12", "２０２４-6-17 10:12"}) {
    INFO(bad);
    const auto r = parse_createdat(bad, hours{8});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_value);
  }
  CHECK(parse_createdat("2024-6-17 10:12", hours{25}).error().code == errc::invalid_argument);
}

TEST_CASE("createdat is written YYYY-M-D HH:mm and reads back", "[room]") {
  const instant t = from_unix_ms(1718590320999);
  CHECK(format_createdat(t, hours{8}) == "2024-6-17 10:12");
  CHECK(format_createdat(from_unix_ms(1538980200000), hours{8}) == "2018-10-8 14:30");
  CHECK(format_createdat(from_unix_ms(0), minutes{0}) == "1970-1-1 00:00");
  CHECK(format_createdat(from_unix_ms(-1), minutes{0}) == "1969-12-31 23:59");
  CHECK(*parse_createdat(format_createdat(t, hours{8}), hours{8}) == from_unix_ms(1718590320000));
  // Extremes are clamped, never overflow.
  CHECK(format_createdat(from_unix_ms(INT64_MAX), minutes::max()) == "9999-12-31 23:59");
  CHECK(format_createdat(from_unix_ms(INT64_MIN), minutes::min()) == "1-1-1 00:00");
}

TEST_CASE("the page's display time is MM月DD HH:mm", "[room]") {
  CHECK(format_display_time(from_unix_ms(1718586300000), hours{8}) == "06月17 09:05");
  CHECK(format_display_time(from_unix_ms(1718586300000), hours{-8}) == "06月16 17:05");
}
