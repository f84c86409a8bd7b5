// SPDX-License-Identifier: MIT
// Internal: the local calendar fields of an instant, defined for every
// instant and every offset (no overflow, no UB, even at INT64_MIN/MAX ms).
#pragma once

#include <date/date.h>

#include <chrono>
#include <cstdint>

#include "wxim/model/instant.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail::calendar {

inline constexpr std::int64_t ms_per_day = 86'400'000;
inline constexpr std::int64_t minutes_per_day = 1'440;

/// a / b rounded towards negative infinity (b > 0). Never overflows for b > 1.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && a < 0) ? q - 1 : q;
}

/// a mod b in [0, b) (b > 0).
constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t r = a % b;
  return r < 0 ? r + b : r;
}

struct civil_date {
  std::int64_t year = 1970;  ///< astronomical numbering: year 0 is 1 BC
  unsigned month = 1;        ///< 1..12
  unsigned day = 1;          ///< 1..31
};

/// Howard Hinnant's days-to-civil algorithm in 64-bit arithmetic, for day
/// numbers beyond date.h's range (its days are `int` and its years `short`).
/// Valid for |z| below about 2^62.
constexpr civil_date civil_from_days_wide(std::int64_t z) noexcept {
  z += 719'468;
  const std::int64_t era = floor_div(z, 146'097);
  const std::int64_t doe = z - era * 146'097;                                         // [0, 146096]
  const std::int64_t yoe = (doe - doe / 1'460 + doe / 36'524 - doe / 146'096) / 365;  // [0, 399]
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                   // [0, 365]
  const std::int64_t mp = (5 * doy + 2) / 153;                                        // [0, 11]
  const auto d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  const auto m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

/// Day numbers date.h can convert: years date::year::min() ... date::year::max().
inline constexpr std::int64_t first_date_h_day =
    date::sys_days{date::year::min() / date::January / 1}.time_since_epoch().count();
inline constexpr std::int64_t last_date_h_day =
    date::sys_days{date::year::max() / date::December / 31}.time_since_epoch().count();

/// The civil date of day `z` (days since 1970-01-01): date.h where it can,
/// the same algorithm widened to 64 bits outside its years.
constexpr civil_date civil_from_days(std::int64_t z) noexcept {
  if (z < first_date_h_day || z > last_date_h_day) return civil_from_days_wide(z);
  const date::year_month_day ymd{date::sys_days{date::days{static_cast<int>(z)}}};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

/// 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday.
constexpr unsigned weekday_of(std::int64_t day) noexcept {
  return static_cast<unsigned>(floor_mod(floor_mod(day, 7) + 4, 7));
}

/// A wall-clock reading in some UTC offset.
struct local_fields {
  std::int64_t day = 0;  ///< local calendar day, counted from 1970-01-01
  civil_date date;
  unsigned hour = 0;
  unsigned minute = 0;
  unsigned weekday = 4;  ///< 0 = Sunday
};

/// The local calendar day and time of `t` at `offset` east of UTC. Splits
/// both into (days, remainder) before adding, so that no sum can overflow:
/// |days of t| < 1.1e11, |days of offset| < 6.5e15 for any 64-bit minute count.
constexpr local_fields local_time_of(instant t, std::chrono::minutes offset) noexcept {
  const std::int64_t ms = to_unix_ms(t);
  const auto off = static_cast<std::int64_t>(offset.count());
  const std::int64_t off_ms_of_day = floor_mod(off, minutes_per_day) * 60'000;
  std::int64_t ms_of_day = floor_mod(ms, ms_per_day) + off_ms_of_day;  // < 2 days
  std::int64_t day = floor_div(ms, ms_per_day) + floor_div(off, minutes_per_day);
  if (ms_of_day >= ms_per_day) {
    ms_of_day -= ms_per_day;
    ++day;
  }
  local_fields f;
  f.day = day;
  f.date = civil_from_days(day);
  f.hour = static_cast<unsigned>(ms_of_day / 3'600'000);
  f.minute = static_cast<unsigned>(ms_of_day / 60'000 % 60);
  f.weekday = weekday_of(day);
  return f;
}

}  // namespace detail::calendar
WXIM_END_NAMESPACE
