// SPDX-License-Identifier: MIT
// wxim/dialect/room/time.hpp: the record's `createdat` text, and the page's
// display time.
//
// `createdat` is display text chosen by the sender, with no numeric time on
// the wire; the published client writes `YYYY-M-D HH:mm` ("2018-10-8 14:30").
// JavaScript engines disagree on whether `new Date` reads that form, so wxim
// reads it itself, as local time at a UTC offset the caller gives (the
// author's zone, unknown to the wire; +08:00 in practice).
#pragma once

#include <date/date.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "wxim/error.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

namespace detail {

/// Reads min..max ASCII digits at s[i], advancing i.
inline bool read_digits(std::string_view s, std::size_t& i, std::size_t min, std::size_t max, int& out) noexcept {
  std::size_t n = 0;
  int v = 0;
  while (i < s.size() && n < max && s[i] >= '0' && s[i] <= '9') {
    v = v * 10 + (s[i] - '0');
    ++i, ++n;
  }
  if (n < min || (i < s.size() && s[i] >= '0' && s[i] <= '9')) return false;
  out = v;
  return true;
}

inline void append_padded(std::string& s, unsigned v) {
  if (v < 10) s += '0';
  s += std::to_string(v);
}

/// Offsets are real zones' (±24 h at most).
inline constexpr std::chrono::minutes max_offset{24 * 60};

/// `t` at `utc_offset` as local minutes, with the offset clamped to ±24 h and
/// the result to the years 1–9999, so that no arithmetic can overflow.
inline date::local_time<std::chrono::minutes> local_minutes(instant t, std::chrono::minutes utc_offset) {
  using std::chrono::minutes;
  const minutes off = utc_offset > max_offset ? max_offset : utc_offset < -max_offset ? -max_offset : utc_offset;
  constexpr minutes lo = date::sys_days{date::year{1} / 1 / 1}.time_since_epoch();
  constexpr minutes hi = date::sys_days{date::year{9999} / 12 / 31}.time_since_epoch() + minutes{23 * 60 + 59};
  minutes m = date::floor<minutes>(t).time_since_epoch();
  m = m < lo - off ? lo - off : m > hi - off ? hi - off : m;
  return date::local_time<minutes>{m + off};
}

}  // namespace detail

/// Reads `YYYY-M-D H:mm` (month, day and hour with one or two digits, the
/// year with four, minutes with two; one space between date and time) as
/// local time at `utc_offset` east of UTC. Anything else, or a date that
/// does not exist (2024-2-30, 24:00), is errc::invalid_value; an offset
/// beyond ±24 h is errc::invalid_argument.
inline result<instant> parse_createdat(std::string_view text, std::chrono::minutes utc_offset) {
  if (utc_offset > detail::max_offset || utc_offset < -detail::max_offset)
    return error{errc::invalid_argument, "", std::nullopt, "a UTC offset is within ±24 hours", std::nullopt};
  const auto fail = [&](std::string_view why) {
    return error{errc::invalid_value, "", std::nullopt,
                 "createdat \"" + std::string(text) + "\" is not a YYYY-M-D H:mm date and time: " + std::string(why),
                 std::nullopt};
  };
  std::size_t i = 0;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  const auto sep = [&](char c) {
    if (i >= text.size() || text[i] != c) return false;
    ++i;
    return true;
  };
  if (!detail::read_digits(text, i, 4, 4, y) || !sep('-') || !detail::read_digits(text, i, 1, 2, mo) || !sep('-') ||
      !detail::read_digits(text, i, 1, 2, d) || !sep(' ') || !detail::read_digits(text, i, 1, 2, h) || !sep(':') ||
      !detail::read_digits(text, i, 2, 2, mi) || i != text.size())
    return fail("expected a form like 2018-10-8 14:30");
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return fail("there is no such day");
  if (h > 23 || mi > 59) return fail("there is no such time of day");
  const auto local = date::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi};
  return instant{std::chrono::duration_cast<std::chrono::milliseconds>(local.time_since_epoch() - utc_offset)};
}

/// `YYYY-M-D HH:mm` of `t` at `utc_offset`, as the published client writes
/// it: month and day unpadded, hour and minutes two digits ("2018-10-8 14:30").
/// Seconds are dropped (towards the past). An offset beyond ±24 h counts as
/// ±24 h, and instants outside the years 1–9999 as the nearest end of them.
inline std::string format_createdat(instant t, std::chrono::minutes utc_offset) {
  const auto local = detail::local_minutes(t, utc_offset);
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<std::chrono::minutes> tod{local - day};
  std::string s = std::to_string(static_cast<int>(ymd.year()));
  s += '-';
  s += std::to_string(static_cast<unsigned>(ymd.month()));
  s += '-';
  s += std::to_string(static_cast<unsigned>(ymd.day()));
  s += ' ';
  detail::append_padded(s, static_cast<unsigned>(tod.hours().count()));
  s += ':';
  detail::append_padded(s, static_cast<unsigned>(tod.minutes().count()));
  return s;
}

/// The page's display time `MM月DD HH:mm` of `t` at `utc_offset` (the
/// viewer's zone): all four fields two digits, no year ("06月17 09:05").
/// Offsets and instants are clamped as in format_createdat.
inline std::string format_display_time(instant t, std::chrono::minutes utc_offset) {
  const auto local = detail::local_minutes(t, utc_offset);
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<std::chrono::minutes> tod{local - day};
  std::string s;
  detail::append_padded(s, static_cast<unsigned>(ymd.month()));
  s += "月";
  detail::append_padded(s, static_cast<unsigned>(ymd.day()));
  s += ' ';
  detail::append_padded(s, static_cast<unsigned>(tod.hours().count()));
  s += ':';
  detail::append_padded(s, static_cast<unsigned>(tod.minutes().count()));
  return s;
}

}  // namespace room
WXIM_END_NAMESPACE
