// SPDX-License-Identifier: MIT
#include "wxim/timeline/utc_offset.hpp"

#include <catch2/catch.hpp>
#include <cstdint>

using namespace wxim;
using std::chrono::minutes;

TEST_CASE("UTC offsets parse in the ISO 8601 forms", "[timeline]") {
  CHECK(*parse_utc_offset("+08:00") == minutes{480});
  CHECK(*parse_utc_offset("+00:00") == minutes{0});
  CHECK(*parse_utc_offset("-00:00") == minutes{0});
  CHECK(*parse_utc_offset("-05:00") == minutes{-300});
  CHECK(*parse_utc_offset("+05:45") == minutes{345});
  CHECK(*parse_utc_offset("-09:30") == minutes{-570});
  CHECK(*parse_utc_offset("+0800") == minutes{480});
  CHECK(*parse_utc_offset("-0330") == minutes{-210});
  CHECK(*parse_utc_offset("+14") == minutes{840});
  CHECK(*parse_utc_offset("Z") == minutes{0});
  CHECK(*parse_utc_offset("+23:59") == minutes{23 * 60 + 59});
}

TEST_CASE("malformed UTC offsets are invalid_argument, never a guess", "[timeline]") {
  for (const char* bad : {"", "8", "08:00", "+8:00", "+08:0", "+08:", "+24:00", "+08:60", "+08-00", "+0800Z", "UTC",
                          "+08:00 ", " +08:00", "++8:00", "+0a:00", "-"}) {
    INFO(bad);
    const auto r = parse_utc_offset(bad);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_argument);
  }
}

TEST_CASE("UTC offsets format as +HH:MM and read back", "[timeline]") {
  CHECK(format_utc_offset(minutes{480}) == "+08:00");
  CHECK(format_utc_offset(minutes{0}) == "+00:00");
  CHECK(format_utc_offset(minutes{-300}) == "-05:00");
  CHECK(format_utc_offset(minutes{345}) == "+05:45");
  CHECK(format_utc_offset(minutes{-1}) == "-00:01");
  for (int m = -(23 * 60 + 59); m <= 23 * 60 + 59; ++m) {
    const auto back = parse_utc_offset(format_utc_offset(minutes{m}));
    REQUIRE(back);
    REQUIRE(*back == minutes{m});
  }
  // Out-of-range offsets still print, every digit of them.
  CHECK(format_utc_offset(minutes{100 * 60 + 5}) == "+100:05");
  CHECK(format_utc_offset(minutes{INT64_MIN}) == "-153722867280912930:08");
  CHECK(format_utc_offset(minutes{INT64_MAX}) == "+153722867280912930:07");
}
