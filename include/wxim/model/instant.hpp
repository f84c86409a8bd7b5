// SPDX-License-Identifier: MIT
// wxim/model/instant.hpp: the one representation of a point in time.
#pragma once

#include <date/date.h>

#include <chrono>
#include <cstdint>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// A point in time with millisecond resolution, in UTC. Wire protocols carry
/// milliseconds (wechat-im, J-IM, Easemob) or seconds (TIM); dialects convert.
using instant = date::sys_time<std::chrono::milliseconds>;

/// Milliseconds since 1970-01-01T00:00:00Z, as wechat-im and J-IM write them.
constexpr instant from_unix_ms(std::int64_t ms) noexcept { return instant{std::chrono::milliseconds{ms}}; }

constexpr std::int64_t to_unix_ms(instant t) noexcept { return t.time_since_epoch().count(); }

/// Seconds since the epoch, as TIM and the mini-program file API write them.
/// Values beyond what milliseconds can hold saturate instead of overflowing.
constexpr instant from_unix_seconds(std::int64_t s) noexcept {
  constexpr std::int64_t limit = INT64_MAX / 1000;
  if (s > limit) return from_unix_ms(INT64_MAX);
  if (s < -limit) return from_unix_ms(INT64_MIN);
  return from_unix_ms(s * 1000);
}

/// Whole seconds since the epoch, rounded towards negative infinity.
constexpr std::int64_t to_unix_seconds(instant t) noexcept {
  const std::int64_t ms = to_unix_ms(t);
  return ms >= 0 ? ms / 1000 : -((-(ms + 1)) / 1000) - 1;
}

WXIM_END_NAMESPACE
