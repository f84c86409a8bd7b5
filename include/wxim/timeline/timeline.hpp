// SPDX-License-Identifier: MIT
// wxim/timeline/timeline.hpp: one chat page's messages, ordered, de-duplicated, with bubbles.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/timeline/bubble.hpp"
#include "wxim/timeline/item.hpp"
#include "wxim/timeline/merge.hpp"
#include "wxim/timeline/order.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// The messages of one chat page as a value. After every operation:
/// - items are ordered by instant, equal instants in arrival order;
/// - no two items are the same message (is_same_message());
/// - every item's show_time follows the bubble rule for the item before it.
///
/// Unlike the wechat-im client, which decides a bubble once when an item is
/// created and re-sorts only on receive, bubbles here always match the order
/// shown (the client's behaviour can be had with a bubble_tracker).
class chat_timeline {
 public:
  using const_iterator = std::vector<timeline_item>::const_iterator;

  chat_timeline() = default;
  explicit chat_timeline(std::chrono::milliseconds threshold) : threshold_(threshold) {}
  /// A timeline of `messages`, as merge_page would build it.
  explicit chat_timeline(std::vector<chat_message> messages,
                         std::chrono::milliseconds threshold = default_bubble_threshold)
      : threshold_(threshold) {
    merge_page(std::move(messages));
  }

  const std::vector<timeline_item>& items() const noexcept { return items_; }
  std::size_t size() const noexcept { return items_.size(); }
  bool empty() const noexcept { return items_.empty(); }
  const timeline_item& operator[](std::size_t i) const noexcept { return items_[i]; }
  const_iterator begin() const noexcept { return items_.begin(); }
  const_iterator end() const noexcept { return items_.end(); }
  std::chrono::milliseconds threshold() const noexcept { return threshold_; }

  /// Makes room for `n` items, so that appending up to n moves nothing.
  void reserve(std::size_t n) {
    items_.reserve(n);
    ids_.reserve(n);
  }

  /// Adds one message (live, or just sent) and returns its index; nothing
  /// when it is already here. A message no earlier than the last item goes
  /// at the end in O(1) amortized (plus a hash lookup for an id); an earlier
  /// one is inserted in its ordered place, O(n) moves at worst.
  std::optional<std::size_t> append(chat_message m) {
    if (m.id.empty() && find(m)) return std::nullopt;
    // Room first, then the id: if either allocation fails nothing has changed,
    // and the insertion itself cannot fail.
    if (items_.size() == items_.capacity()) items_.reserve(std::max<std::size_t>(16, 2 * items_.capacity()));
    if (!m.id.empty() && !ids_.insert(m.id).second) return std::nullopt;
    if (items_.empty() || items_.back().message.time <= m.time) {
      const bool show = shows_time(m.time, previous_time(items_.size()), threshold_);
      items_.push_back(timeline_item{std::move(m), show});
      return items_.size() - 1;
    }
    const auto pos = std::upper_bound(items_.begin(), items_.end(), m.time, detail::ordering::by_time{});
    const auto index = static_cast<std::size_t>(pos - items_.begin());
    items_.insert(pos, timeline_item{std::move(m), false});
    detail::relabel_items(items_, index, index + 2, threshold_);
    return index;
  }

  /// Merges a page of history (any order); see merge_page() in merge.hpp for
  /// the rules. Items already here are left unchanged. Returns how many were
  /// added. If memory runs out (std::bad_alloc) the timeline is unchanged. Cost: O(k log k) for a page of k, plus O(n −
  /// p) to merge and relabel from the first position p that changed (p = 0 for a page older than everything shown, p ≈
  /// n for a page of newer messages).
  std::size_t merge_page(std::vector<chat_message> page) {
    const std::size_t before = items_.size();
    const std::size_t from = detail::merging::merge_into(items_, page, ids_);
    detail::relabel_items(items_, from, items_.size(), threshold_);
    return items_.size() - before;
  }

  /// Sends item `index` again: it takes the new instant and status and moves
  /// to its ordered place, after every item at the same instant, which is the
  /// end whenever `new_time` is the latest (the normal case: `now`).
  /// Returns its new index; nothing if `index` is out of range. O(n) moves.
  std::optional<std::size_t> resend(std::size_t index, instant new_time, send_status status = send_status::sending) {
    if (index >= items_.size()) return std::nullopt;
    items_[index].message.time = new_time;
    items_[index].message.status = status;
    const detail::ordering::by_time cmp;
    const auto at = items_.begin() + static_cast<std::ptrdiff_t>(index);
    std::size_t to = index;
    const auto right = std::upper_bound(at + 1, items_.end(), new_time, cmp);
    if (right != at + 1) {
      std::rotate(at, at + 1, right);
      to = static_cast<std::size_t>(right - items_.begin()) - 1;
    } else {
      const auto left = std::upper_bound(items_.begin(), at, new_time, cmp);
      std::rotate(left, at, at + 1);
      to = static_cast<std::size_t>(left - items_.begin());
    }
    // Predecessors change only at the old place, the new place and the item after it.
    detail::relabel_items(items_, std::min(index, to), std::max(index, to) + 2, threshold_);
    return to;
  }

  /// Changes item `index`'s send status in place (e.g. sending → failed). O(1).
  bool set_status(std::size_t index, send_status status) noexcept {
    if (index >= items_.size()) return false;
    items_[index].message.status = status;
    return true;
  }

  /// The index of the item that is the same message as `m`. O(n) for a
  /// message with an id; O(log n + t) without, t = items at m's instant.
  std::optional<std::size_t> find(const chat_message& m) const noexcept {
    if (!m.id.empty()) {
      if (ids_.find(m.id) == ids_.end()) return std::nullopt;
      for (std::size_t i = 0; i < items_.size(); ++i) {
        if (items_[i].message.id == m.id) return i;
      }
      return std::nullopt;
    }
    const detail::ordering::by_time cmp;
    const auto range = std::equal_range(items_.begin(), items_.end(), m.time, cmp);
    for (auto it = range.first; it != range.second; ++it) {
      if (is_same_message(it->message, m)) return static_cast<std::size_t>(it - items_.begin());
    }
    return std::nullopt;
  }

  bool contains(const chat_message& m) const noexcept {
    if (!m.id.empty()) return ids_.find(m.id) != ids_.end();
    return find(m).has_value();
  }

  /// Recomputes every bubble. O(n). The operations above keep bubbles
  /// right; this is for a caller who changed the threshold.
  void relabel() noexcept { detail::relabel_items(items_, 0, items_.size(), threshold_); }

  void set_threshold(std::chrono::milliseconds threshold) noexcept {
    threshold_ = threshold;
    relabel();
  }

  /// Removes every item; the memory is kept for reuse.
  void clear() noexcept {
    items_.clear();
    ids_.clear();
  }

  /// The messages, moved out; the timeline is left empty.
  std::vector<chat_message> release() {
    std::vector<chat_message> out;
    out.reserve(items_.size());
    for (auto& i : items_) out.push_back(std::move(i.message));
    clear();
    return out;
  }

 private:
  std::optional<instant> previous_time(std::size_t index) const noexcept {
    if (index == 0) return std::nullopt;
    return items_[index - 1].message.time;
  }

  std::vector<timeline_item> items_;
  std::unordered_set<std::string> ids_;  // ids of items_, for O(1) de-duplication
  std::chrono::milliseconds threshold_ = default_bubble_threshold;
};

WXIM_END_NAMESPACE
