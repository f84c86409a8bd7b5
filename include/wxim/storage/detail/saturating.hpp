// SPDX-License-Identifier: MIT
// wxim/storage/detail/saturating.hpp: byte counts that stop at INT64_MAX instead of overflowing.
#pragma once

#include <cstdint>
#include <limits>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

inline constexpr std::int64_t max_byte_count = std::numeric_limits<std::int64_t>::max();

/// a + b for non-negative a and b, or INT64_MAX when the true sum is larger.
/// With both operands non-negative, `max - a` cannot overflow.
constexpr std::int64_t saturating_add_bytes(std::int64_t a, std::int64_t b) noexcept {
  return b > max_byte_count - a ? max_byte_count : a + b;
}

}  // namespace detail
WXIM_END_NAMESPACE
