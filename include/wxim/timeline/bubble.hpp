// SPDX-License-Identifier: MIT
// wxim/timeline/bubble.hpp: the 5-minute rule deciding which messages show a time bubble.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "wxim/model/instant.hpp"
#include "wxim/timeline/item.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// The wechat-im client's threshold: 300 s.
inline constexpr std::chrono::milliseconds default_bubble_threshold{300'000};

/// True when |a − b| > threshold (strictly). The gap is taken in unsigned
/// arithmetic, so instants at opposite ends of the 64-bit range compare
/// correctly instead of overflowing. A negative threshold is exceeded by
/// every gap.
constexpr bool is_gap_over(instant a, instant b, std::chrono::milliseconds threshold) noexcept {
  const auto ua = static_cast<std::uint64_t>(to_unix_ms(a));
  const auto ub = static_cast<std::uint64_t>(to_unix_ms(b));
  const std::uint64_t gap = a >= b ? ua - ub : ub - ua;  // exact: the true gap is < 2^64
  const auto th = static_cast<std::int64_t>(threshold.count());
  return th < 0 || gap > static_cast<std::uint64_t>(th);
}

/// Whether a message at `t` shows a bubble when the message displayed before
/// it is at `previous` (none: it is the first, which always shows one).
constexpr bool shows_time(instant t, std::optional<instant> previous,
                          std::chrono::milliseconds threshold = default_bubble_threshold) noexcept {
  return !previous || is_gap_over(t, *previous, threshold);
}

/// Decides bubbles one message at a time as messages are appended, in O(1)
/// each: it remembers only the instant of the last message appended.
///
/// The wechat-im client does not count its temporary "sending" item as the
/// previous message; `decide` asks without recording, for that case.
class bubble_tracker {
 public:
  constexpr bubble_tracker() noexcept = default;
  constexpr explicit bubble_tracker(std::chrono::milliseconds threshold) noexcept : threshold_(threshold) {}

  /// Whether a message at `t` appended now would show a bubble.
  constexpr bool decide(instant t) const noexcept { return !has_previous_ || is_gap_over(t, previous_, threshold_); }

  /// Appends a message at `t`: returns its bubble, and `t` becomes the previous instant.
  constexpr bool append(instant t) noexcept {
    const bool show = decide(t);
    previous_ = t;
    has_previous_ = true;
    return show;
  }

  /// Forgets the previous message: the next one shows a bubble.
  constexpr void reset() noexcept { has_previous_ = false; }

  constexpr std::optional<instant> previous() const noexcept {
    return has_previous_ ? std::optional<instant>{previous_} : std::nullopt;
  }
  constexpr std::chrono::milliseconds threshold() const noexcept { return threshold_; }

 private:
  std::chrono::milliseconds threshold_ = default_bubble_threshold;
  instant previous_{};
  bool has_previous_ = false;  // not std::optional: its assignment is not constexpr in C++17
};

namespace detail {

/// Recomputes show_time of items [from, to), given that item from − 1 (if
/// any) is the one displayed before `from`. O(to − from).
inline void relabel_items(std::vector<timeline_item>& items, std::size_t from, std::size_t to,
                          std::chrono::milliseconds threshold) noexcept {
  if (to > items.size()) to = items.size();
  if (from >= to) return;
  bubble_tracker tracker(threshold);
  if (from > 0) tracker.append(items[from - 1].message.time);
  for (std::size_t i = from; i < to; ++i) items[i].show_time = tracker.append(items[i].message.time);
}

}  // namespace detail

/// Recomputes every bubble of `items` in display order, in one pass: after
/// any reorder, insertion or removal. O(n).
inline void relabel(std::vector<timeline_item>& items,
                    std::chrono::milliseconds threshold = default_bubble_threshold) noexcept {
  detail::relabel_items(items, 0, items.size(), threshold);
}

/// Items for `messages` in the order given, with their bubbles decided. O(n).
inline std::vector<timeline_item> make_items(std::vector<chat_message> messages,
                                             std::chrono::milliseconds threshold = default_bubble_threshold) {
  std::vector<timeline_item> items;
  items.reserve(messages.size());
  bubble_tracker tracker(threshold);
  for (auto& m : messages) {
    const bool show = tracker.append(m.time);
    items.push_back(timeline_item{std::move(m), show});
  }
  return items;
}

WXIM_END_NAMESPACE
