// SPDX-License-Identifier: MIT
// wxim/timeline/order.hpp: messages in time order, ties in arrival order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <new>
#include <utility>
#include <vector>

#include "wxim/detail/exceptions.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/timeline/item.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

namespace detail::ordering {

constexpr instant time_of(instant t) noexcept { return t; }
inline instant time_of(const chat_message& m) noexcept { return m.time; }
inline instant time_of(const timeline_item& i) noexcept { return i.message.time; }

/// Strict weak order on instants, for messages, items and bare instants alike.
struct by_time {
  template <class A, class B>
  bool operator()(const A& a, const B& b) const noexcept {
    return time_of(a) < time_of(b);
  }
};

/// Stable sort of [first, last) by instant that moves each element about
/// once. Messages are large (strings and a variant) and costly to move, so
/// it sorts small (instant, position) keys instead, whose positions make
/// every key distinct and the result stable, and then applies the
/// permutation in place by following its cycles: n + (number of cycles)
/// moves instead of std::stable_sort's O(n log n). Short ranges, and a
/// failure to allocate the keys, use std::stable_sort.
template <class RandomIt>
void sort_by_time(RandomIt first, RandomIt last) {
  using value_type = typename std::iterator_traits<RandomIt>::value_type;
  const auto n = static_cast<std::size_t>(last - first);
  if (n < 32) {
    std::stable_sort(first, last, by_time{});
    return;
  }
  std::vector<std::pair<std::int64_t, std::size_t>> keys;
#if WXIM_EXCEPTIONS
  try {
    keys.resize(n);
  } catch (const std::bad_alloc&) {
    std::stable_sort(first, last, by_time{});
    return;
  }
#else
  keys.resize(n);
#endif
  for (std::size_t i = 0; i < n; ++i) keys[i] = {to_unix_ms(time_of(first[i])), i};
  if (std::is_sorted(keys.begin(), keys.end())) return;
  std::sort(keys.begin(), keys.end());
  // keys[j].second is the position whose element belongs at j.
  constexpr std::size_t placed = static_cast<std::size_t>(-1);
  for (std::size_t start = 0; start < n; ++start) {
    if (keys[start].second == placed) continue;
    if (keys[start].second == start) {
      keys[start].second = placed;
      continue;
    }
    value_type held = std::move(first[start]);
    std::size_t at = start;
    for (;;) {
      const std::size_t from = keys[at].second;
      keys[at].second = placed;
      if (from == start) {
        first[at] = std::move(held);
        break;
      }
      first[at] = std::move(first[from]);
      at = from;
    }
  }
}

/// The first position in [first, last) not earlier than `t`, searching
/// outwards from `first` (1, 2, 4, ... steps) before bisecting: O(log d)
/// for an answer d positions away, so walking a sorted range with a
/// sorted list of instants costs little more than the walk.
template <class RandomIt>
RandomIt gallop_lower_bound(RandomIt first, RandomIt last, instant t) {
  if (first == last || !(time_of(*first) < t)) return first;
  const auto len = last - first;
  decltype(last - first) lo = 0;  // time_of(first[lo]) < t throughout
  decltype(last - first) hi = 1;
  while (hi < len && time_of(first[hi]) < t) {
    lo = hi;
    hi = hi > len / 2 ? len : hi * 2;
  }
  return std::lower_bound(first + lo + 1, first + hi, t, by_time{});
}

/// Stable sort of [first, last) by instant that only pays for what is out of
/// order: the ordered prefix is found in O(n), only the tail after it is
/// sorted (O(k log k) on keys, O(k) moves), and only the part of the prefix
/// later than the tail's earliest item takes part in the merge. Returns the
/// first position whose element changed (`last` when it was already ordered).
template <class RandomIt>
RandomIt order_range(RandomIt first, RandomIt last) {
  const by_time cmp;
  const RandomIt mid = std::is_sorted_until(first, last, cmp);
  if (mid == last) return last;
  sort_by_time(mid, last);
  // Equal instants stay before the tail: they arrived first.
  const RandomIt from = std::upper_bound(first, mid, *mid, cmp);
  std::inplace_merge(from, mid, last, cmp);
  return from;
}

}  // namespace detail::ordering

/// True when every message's instant is no earlier than the one before. O(n).
inline bool is_ordered(const std::vector<chat_message>& messages) noexcept {
  return std::is_sorted(messages.begin(), messages.end(), detail::ordering::by_time{});
}

/// Orders `messages` by instant; messages with equal instants keep their
/// relative (arrival) order. Returns the index of the first message that
/// moved, or `messages.size()` when nothing did.
///
/// O(n) when the input is already ordered; O(n + k log k) when only a tail of
/// k messages is out of order (appends, a page of history added at the end);
/// O(n log n) for arbitrary input. The sort compares small keys and moves
/// each message about once; std::inplace_merge uses a temporary buffer when
/// it can get one and falls back to a slower in-place merge when it cannot.
inline std::size_t order(std::vector<chat_message>& messages) {
  const auto from = detail::ordering::order_range(messages.begin(), messages.end());
  return static_cast<std::size_t>(from - messages.begin());
}

WXIM_END_NAMESPACE
