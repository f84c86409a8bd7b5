// SPDX-License-Identifier: MIT
// wxim/timeline/utc_offset.hpp: the viewer's offset from UTC, as text and back.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "wxim/error.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// Reads an offset east of UTC: `Z`, `±HH`, `±HHMM` or `±HH:MM` (`+08:00`,
/// `-05:00`, `+05:45`, `+0800`). Hours 00–23 and minutes 00–59, so every
/// real zone fits; anything else is `errc::invalid_argument`.
inline result<std::chrono::minutes> parse_utc_offset(std::string_view text) {
  const auto fail = [&] {
    return error{errc::invalid_argument, "", std::nullopt,
                 "\"" + std::string(text) + "\" is not a UTC offset; write Z, +HH, +HHMM or +HH:MM (e.g. +08:00)",
                 std::nullopt};
  };
  if (text == "Z" || text == "z") return std::chrono::minutes{0};
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return fail();
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  const auto two = [&](std::size_t i) { return (text[i] - '0') * 10 + (text[i + 1] - '0'); };
  if (!digit(1) || !digit(2)) return fail();
  int minutes = 0;
  if (text.size() == 5 && digit(3) && digit(4)) {
    minutes = two(3);
  } else if (text.size() == 6 && text[3] == ':' && digit(4) && digit(5)) {
    minutes = two(4);
  } else if (text.size() != 3) {
    return fail();
  }
  const int hours = two(1);
  if (hours > 23 || minutes > 59) return fail();
  const int total = hours * 60 + minutes;
  return std::chrono::minutes{text[0] == '-' ? -total : total};
}

/// `+HH:MM` / `-HH:MM`, the form parse_utc_offset reads back (`+00:00` for
/// UTC). Offsets of 100 hours or more print every hour digit.
inline std::string format_utc_offset(std::chrono::minutes offset) {
  const auto m = static_cast<std::int64_t>(offset.count());
  // Magnitude in unsigned arithmetic: -INT64_MIN does not fit in int64.
  const std::uint64_t mag = m < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
  const std::uint64_t h = mag / 60;
  const std::uint64_t mm = mag % 60;
  std::string s(1, m < 0 ? '-' : '+');
  if (h < 10) s += '0';
  s += std::to_string(h);
  s += ':';
  if (mm < 10) s += '0';
  s += std::to_string(mm);
  return s;
}

WXIM_END_NAMESPACE
