// SPDX-License-Identifier: MIT
#include "wxim/timeline/detail/calendar.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

using namespace wxim;
namespace cal = wxim::detail::calendar;

TEST_CASE("floor division and modulo round towards negative infinity", "[timeline]") {
  CHECK(cal::floor_div(7, 2) == 3);
  CHECK(cal::floor_div(-7, 2) == -4);
  CHECK(cal::floor_div(-8, 2) == -4);
  CHECK(cal::floor_mod(-1, 7) == 6);
  CHECK(cal::floor_mod(-7, 7) == 0);
  // Values from Python's divmod, which floors.
  CHECK(cal::floor_div(INT64_MIN, cal::ms_per_day) == -106751991168);
  CHECK(cal::floor_mod(INT64_MIN, cal::ms_per_day) == 60424192);
  CHECK(cal::floor_div(INT64_MAX, cal::ms_per_day) == 106751991167);
  CHECK(cal::floor_mod(INT64_MAX, cal::ms_per_day) == 25975807);
}

TEST_CASE("the 64-bit civil conversion agrees with date.h wherever date.h reaches", "[timeline]") {
  std::mt19937_64 rng(20260301);
  std::uniform_int_distribution<std::int64_t> any_day(cal::first_date_h_day, cal::last_date_h_day);
  for (int i = 0; i < 20000; ++i) {
    const std::int64_t z =
        i < 1000 ? cal::first_date_h_day + i : (i < 2000 ? cal::last_date_h_day - (i - 1000) : any_day(rng));
    const date::year_month_day ref{date::sys_days{date::days{static_cast<int>(z)}}};
    const auto wide = cal::civil_from_days_wide(z);
    INFO("day " << z);
    REQUIRE(wide.year == static_cast<int>(ref.year()));
    REQUIRE(wide.month == static_cast<unsigned>(ref.month()));
    REQUIRE(wide.day == static_cast<unsigned>(ref.day()));
    REQUIRE(cal::weekday_of(z) == date::weekday{date::sys_days{date::days{static_cast<int>(z)}}}.c_encoding());
  }
}

TEST_CASE("the civil conversion continues past date.h's years without a seam", "[timeline]") {
  const auto before = cal::civil_from_days(cal::first_date_h_day - 1);
  CHECK(before.year == -32768);
  CHECK(before.month == 12);
  CHECK(before.day == 31);
  const auto after = cal::civil_from_days(cal::last_date_h_day + 1);
  CHECK(after.year == 32768);
  CHECK(after.month == 1);
  CHECK(after.day == 1);
}

TEST_CASE("local time splits days before adding the offset, so the extremes are exact", "[timeline]") {
  // Expected values computed independently (proleptic Gregorian, 400-year cycles).
  const auto max = cal::local_time_of(from_unix_ms(INT64_MAX), std::chrono::minutes{0});
  CHECK(max.date.year == 292278994);
  CHECK(max.date.month == 8);
  CHECK(max.date.day == 17);
  CHECK(max.hour == 7);
  CHECK(max.minute == 12);
  CHECK(max.weekday == 0);
  const auto max8 = cal::local_time_of(from_unix_ms(INT64_MAX), std::chrono::minutes{480});
  CHECK(max8.hour == 15);
  CHECK(max8.date.day == 17);
  const auto min = cal::local_time_of(from_unix_ms(INT64_MIN), std::chrono::minutes{0});
  CHECK(min.date.year == -292275055);
  CHECK(min.date.month == 5);
  CHECK(min.date.day == 16);
  CHECK(min.hour == 16);
  CHECK(min.minute == 47);
  const auto min545 = cal::local_time_of(from_unix_ms(INT64_MIN), std::chrono::minutes{345});
  CHECK(min545.hour == 22);
  CHECK(min545.minute == 32);
  // Absurd offsets are still arithmetic, not overflow.
  const auto far = cal::local_time_of(from_unix_ms(INT64_MAX), std::chrono::minutes{INT64_MAX});
  CHECK(far.hour < 24);
  CHECK(far.minute < 60);
  const auto far_back = cal::local_time_of(from_unix_ms(INT64_MIN), std::chrono::minutes{INT64_MIN});
  CHECK(far_back.hour < 24);
  CHECK(far_back.date.month >= 1);
  CHECK(far_back.date.month <= 12);
}

TEST_CASE("local time matches date.h's sys_time arithmetic for ordinary instants", "[timeline]") {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::int64_t> ms(-5'000'000'000'000, 5'000'000'000'000);  // ~1811 to ~2128
  std::uniform_int_distribution<int> off(-24 * 60 + 1, 24 * 60 - 1);
  for (int i = 0; i < 20000; ++i) {
    const instant t = from_unix_ms(ms(rng));
    const std::chrono::minutes o{off(rng)};
    const auto local = t + o;
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::milliseconds> tod{local - day};
    const auto f = cal::local_time_of(t, o);
    INFO(to_unix_ms(t) << " at " << o.count() << " min");
    REQUIRE(f.day == day.time_since_epoch().count());
    REQUIRE(f.date.year == static_cast<int>(ymd.year()));
    REQUIRE(f.date.month == static_cast<unsigned>(ymd.month()));
    REQUIRE(f.date.day == static_cast<unsigned>(ymd.day()));
    REQUIRE(f.hour == static_cast<unsigned>(tod.hours().count()));
    REQUIRE(f.minute == static_cast<unsigned>(tod.minutes().count()));
  }
}
