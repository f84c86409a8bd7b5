// SPDX-License-Identifier: MIT
// wxim/schema/raw_json.hpp: JSON kept as text, for values wxim does not model.
#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <class T, class Enable>
struct codec;

/// One JSON value kept as compact text (no insignificant whitespace, strings
/// re-escaped the way JSON.stringify does, numbers spelled as the peer spelled
/// them). Decoding fills it; encoding writes it back verbatim. When you build
/// one yourself, `text` must be valid JSON (decode<raw_json> checks it).
struct raw_json {
  std::string text;

  bool is_null() const noexcept { return text == "null"; }

  friend bool operator==(const raw_json& a, const raw_json& b) { return a.text == b.text; }
  friend bool operator!=(const raw_json& a, const raw_json& b) { return !(a == b); }
};

/// How the peer wrote one declared field, where that differs from how wxim
/// would write its value: recorded while decoding, used while encoding.
struct spelling {
  std::string field;              ///< the schema's key for the field
  std::string key;                ///< the key as sent, when a tolerance matched another spelling; else empty
  std::string value;              ///< the value's JSON text as sent (`"-127"` for -127), or empty
  std::string canonical;          ///< the value's text as wxim writes it, when `value` is set
  bool explicit_default = false;  ///< sent although it equals the field's default
};

/// The keys of an object that its schema does not name, in the order they
/// came, with their values. Written back after the known keys, so a round
/// trip keeps everything the peer sent.
///
/// It also keeps how the peer spelled the declared fields where a tolerance
/// accepted another spelling (a key matched ignoring case, a number sent as
/// a string) or where it sent a default explicitly: encoding writes those
/// back as they came (a value's spelling only while the value is unchanged).
/// Spellings are not part of the value: they do not take part in equality.
class extras {
 public:
  using value_type = std::pair<std::string, raw_json>;
  using const_iterator = std::vector<value_type>::const_iterator;

  bool empty() const noexcept { return entries_.empty(); }
  std::size_t size() const noexcept { return entries_.size(); }
  const_iterator begin() const noexcept { return entries_.begin(); }
  const_iterator end() const noexcept { return entries_.end(); }

  /// The value of `key`, or nullptr.
  const raw_json* find(std::string_view key) const noexcept {
    for (const auto& e : entries_)
      if (e.first == key) return &e.second;
    return nullptr;
  }

  /// Adds or replaces `key`.
  void set(std::string key, raw_json value) {
    for (auto& e : entries_)
      if (e.first == key) {
        e.second = std::move(value);
        return;
      }
    entries_.emplace_back(std::move(key), std::move(value));
  }

  bool erase(std::string_view key) {
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
      if (it->first == key) {
        entries_.erase(it);
        return true;
      }
    return false;
  }

  void clear() noexcept {
    entries_.clear();
    spellings_.clear();
  }

  /// How the peer spelled declared fields (see above); empty for most frames.
  const std::vector<spelling>& spellings() const noexcept { return spellings_; }
  /// The spelling recorded for the field declared as `field`, or nullptr.
  const spelling* spelling_of(std::string_view field) const noexcept {
    for (const auto& s : spellings_)
      if (s.field == field) return &s;
    return nullptr;
  }
  /// Forgets every recorded spelling: the object is then written as wxim
  /// writes it.
  void forget_spellings() noexcept { spellings_.clear(); }

  /// Order matters: it is the peer's order, and it is written back as such.
  friend bool operator==(const extras& a, const extras& b) { return a.entries_ == b.entries_; }
  friend bool operator!=(const extras& a, const extras& b) { return !(a == b); }

 private:
  template <class T, class Enable>
  friend struct codec;

  // For the object reader, which finds duplicate keys for all of an object's
  // unknown keys at once (a lookup per key would cost n² for n keys).
  void append_unchecked(std::string_view key, raw_json value) {
    entries_.emplace_back(std::string(key), std::move(value));
  }

  spelling& spelling_for(std::string_view field) {
    for (auto& s : spellings_)
      if (s.field == field) return s;
    spellings_.emplace_back();
    spellings_.back().field = std::string(field);
    return spellings_.back();
  }

  // Leaves one entry per key: the last value in the first one's place, as a
  // JavaScript object keeps a key sent twice.
  void keep_last_of_duplicates() {
    std::vector<std::size_t> order(entries_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return entries_[a].first < entries_[b].first; });
    std::vector<bool> drop(entries_.size(), false);
    for (std::size_t i = 0; i < order.size();) {
      std::size_t j = i + 1;
      while (j < order.size() && entries_[order[j]].first == entries_[order[i]].first) drop[order[j++]] = true;
      if (j - i > 1) entries_[order[i]].second = std::move(entries_[order[j - 1]].second);
      i = j;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < entries_.size(); ++i)
      if (!drop[i]) {
        if (kept != i) entries_[kept] = std::move(entries_[i]);
        ++kept;
      }
    entries_.resize(kept);
  }

  std::vector<value_type> entries_;
  std::vector<spelling> spellings_;
};

WXIM_END_NAMESPACE
