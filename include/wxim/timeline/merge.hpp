// SPDX-License-Identifier: MIT
// wxim/timeline/merge.hpp: adding a page of history without showing a message twice.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/detail/exceptions.hpp"
#include "wxim/model/content.hpp"
#include "wxim/model/message.hpp"
#include "wxim/timeline/item.hpp"
#include "wxim/timeline/order.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// The identity rule for de-duplication. Two messages that both have an id
/// (non-empty) are the same when the ids are equal, whatever else differs
/// (a resent copy, a later status). Two messages without ids (wechat-im has
/// none) are the same when author, instant and content are all equal. A
/// message with an id and one without are never the same.
inline bool is_same_message(const chat_message& a, const chat_message& b) noexcept {
  if (a.id.empty() != b.id.empty()) return false;
  if (!a.id.empty()) return a.id == b.id;
  return a.time == b.time && a.author == b.author && a.body == b.body;
}

namespace detail::merging {

inline std::size_t mix(std::size_t h, std::size_t v) noexcept {
  return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

inline std::size_t hash_text(std::string_view s) noexcept { return std::hash<std::string_view>{}(s); }

/// A hash consistent with content equality (equal contents hash equally);
/// it looks at the fields that usually tell contents apart.
inline std::size_t content_hash(const content& c) noexcept {
  std::size_t h = c.index();
  if (const auto* t = std::get_if<text_content>(&c)) return mix(h, hash_text(t->text));
  if (const auto* i = std::get_if<image_content>(&c)) return mix(h, hash_text(i->url));
  if (const auto* v = std::get_if<voice_content>(&c)) return mix(h, hash_text(v->url));
  if (const auto* v = std::get_if<video_content>(&c)) return mix(h, hash_text(v->url));
  if (const auto* f = std::get_if<file_content>(&c)) return mix(h, hash_text(f->url));
  if (const auto* l = std::get_if<location_content>(&c)) return mix(h, hash_text(l->description));
  if (const auto* f = std::get_if<face_content>(&c)) return mix(h, hash_text(f->data));
  if (const auto* x = std::get_if<custom_content>(&c)) return mix(mix(h, hash_text(x->sub_kind)), hash_text(x->data));
  if (const auto* u = std::get_if<unknown_content>(&c)) return mix(mix(h, hash_text(u->kind)), hash_text(u->raw));
  return h;
}

/// Hash and equality of the id-less identity (author, instant, content).
struct key_hash {
  std::size_t operator()(const chat_message* m) const noexcept {
    return mix(mix(hash_text(m->author), static_cast<std::size_t>(to_unix_ms(m->time))), content_hash(m->body));
  }
};
struct key_eq {
  bool operator()(const chat_message* a, const chat_message* b) const noexcept {
    return a->time == b->time && a->author == b->author && a->body == b->body;
  }
};

inline const chat_message& message_of(const chat_message& m) noexcept { return m; }
inline const chat_message& message_of(const timeline_item& i) noexcept { return i.message; }
inline void adopt(std::vector<chat_message>& out, chat_message&& m) { out.push_back(std::move(m)); }
inline void adopt(std::vector<timeline_item>& out, chat_message&& m) {
  out.push_back(timeline_item{std::move(m), false});
}

/// Whether the id-less `m` is the same as an id-less item in [first, last)
/// (all at m's instant) or an id-less page message already accepted in
/// `taken`. Pairwise for the usual handful; hashed when many messages share
/// one instant, so that even a page of a million equal instants stays linear.
template <class ItemIt>
bool seen_at_instant(const chat_message& m, ItemIt first, ItemIt last, const std::vector<const chat_message*>& taken,
                     std::unordered_set<const chat_message*, key_hash, key_eq>& big) {
  constexpr std::ptrdiff_t pairwise_limit = 16;
  if ((last - first) + static_cast<std::ptrdiff_t>(taken.size()) <= pairwise_limit) {
    const key_eq eq;
    for (auto it = first; it != last; ++it) {
      const chat_message& x = message_of(*it);
      if (x.id.empty() && eq(&x, &m)) return true;
    }
    for (const chat_message* x : taken) {
      if (eq(x, &m)) return true;
    }
    return false;
  }
  if (big.empty()) {
    for (auto it = first; it != last; ++it) {
      const chat_message& x = message_of(*it);
      if (x.id.empty()) big.insert(&x);
    }
    for (const chat_message* x : taken) big.insert(x);
  }
  return !big.insert(&m).second;
}

/// Merges `page` into `items` (ordered by instant), skipping every page
/// message that is already in `items` or earlier in `page`. `ids` holds the
/// ids of `items` on entry and of the result on exit. Returns the index of
/// the first item that changed (items.size() when none was added). If an
/// allocation fails, `items` and `ids` are left as they were.
///
/// Ids are checked first, in page order (so the first copy in the page
/// wins). The page is then ordered (stably); an id-less duplicate can only
/// share its instant, so each run of equal instants in the page is compared
/// with the items at that instant, found by galloping forward through
/// `items`. Cost: O(k log k) for a page of k, O(k) hash lookups, O(log d)
/// per run to find it d items after the previous run, O(log n) to find where
/// the page starts, and the moves of std::inplace_merge after that point.
template <class Item>
std::size_t merge_into(std::vector<Item>& items, std::vector<chat_message>& page,
                       std::unordered_set<std::string>& ids) {
  const ordering::by_time cmp;
  // 1. Ids, in page order, straight into `ids`; the survivors are compacted
  // to the front of `page`, so afterwards every id in `page` is one this
  // call inserted, and undoing means erasing them (erase cannot fail).
  std::vector<char> keep(page.size(), 1);
  std::size_t checked = 0;
#if WXIM_EXCEPTIONS
  try {
#endif
    for (; checked < page.size(); ++checked) {
      const std::string& id = page[checked].id;
      if (!id.empty() && !ids.insert(id).second) keep[checked] = 0;
    }
#if WXIM_EXCEPTIONS
  } catch (...) {
    for (std::size_t i = 0; i < checked; ++i) {
      if (keep[i] && !page[i].id.empty()) ids.erase(page[i].id);
    }
    throw;
  }
#endif
  std::size_t kept = 0;
  for (std::size_t i = 0; i < page.size(); ++i) {
    if (!keep[i]) continue;
    if (kept != i) page[kept] = std::move(page[i]);
    ++kept;
  }
  page.resize(kept);
  std::size_t added = 0;
#if WXIM_EXCEPTIONS
  try {
#endif
    // 2. Id-less messages, run by run of equal instants.
    ordering::sort_by_time(page.begin(), page.end());
    keep.assign(page.size(), 1);
    std::vector<const chat_message*> taken;
    std::unordered_set<const chat_message*, key_hash, key_eq> big;
    auto cursor = items.begin();
    for (std::size_t run = 0; run < page.size();) {
      const instant t = page[run].time;
      std::size_t run_end = run;
      bool any_idless = false;
      while (run_end < page.size() && page[run_end].time == t) any_idless |= page[run_end++].id.empty();
      if (any_idless) {
        cursor = ordering::gallop_lower_bound(cursor, items.end(), t);
        auto same_end = cursor;
        while (same_end != items.end() && ordering::time_of(*same_end) == t) ++same_end;
        taken.clear();
        big.clear();
        for (std::size_t i = run; i < run_end; ++i) {
          if (!page[i].id.empty()) continue;
          if (seen_at_instant(page[i], cursor, same_end, taken, big)) {
            keep[i] = 0;
          } else {
            taken.push_back(&page[i]);
          }
        }
        cursor = same_end;
      }
      run = run_end;
    }
    for (char k : keep) added += static_cast<std::size_t>(k);
    // Grow geometrically: reserving exactly would move every item on each page.
    const std::size_t need = items.size() + added;
    if (items.capacity() < need) items.reserve(std::max(need, 2 * items.capacity()));
#if WXIM_EXCEPTIONS
  } catch (...) {
    for (const auto& m : page) {
      if (!m.id.empty()) ids.erase(m.id);
    }
    throw;
  }
#endif
  const std::size_t old_size = items.size();
  if (added == 0) return old_size;
  // 3. Cannot fail: moves into reserved room, and a merge that falls back to
  // an in-place algorithm when it gets no buffer. Existing items stay first
  // among equal instants: they arrived earlier.
  for (std::size_t i = 0; i < page.size(); ++i) {
    if (keep[i]) adopt(items, std::move(page[i]));
  }
  const auto mid = items.begin() + static_cast<std::ptrdiff_t>(old_size);
  const auto from = std::upper_bound(items.begin(), mid, *mid, cmp);
  std::inplace_merge(from, mid, items.end(), cmp);
  return static_cast<std::size_t>(from - items.begin());
}

}  // namespace detail::merging

/// Merges a page of history (in any order) into `messages`, which is
/// ordered first if it is not already (see order()). Page messages that are
/// already present, by is_same_message(), or repeated within the page, are
/// skipped; present messages are left as they are. Ties in instant keep
/// existing messages first, then page order. Returns how many were added.
///
/// Cost: O(n) to index the ids of `messages` (a chat_timeline keeps that
/// index between calls instead), O(k log k) for the page, and O(n) element
/// moves at worst to merge it in.
inline std::size_t merge_page(std::vector<chat_message>& messages, std::vector<chat_message> page) {
  order(messages);
  std::unordered_set<std::string> ids;
  ids.reserve(messages.size() + page.size());
  for (const auto& m : messages) {
    if (!m.id.empty()) ids.insert(m.id);
  }
  const std::size_t before = messages.size();
  detail::merging::merge_into(messages, page, ids);
  return messages.size() - before;
}

WXIM_END_NAMESPACE
