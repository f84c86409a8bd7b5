// SPDX-License-Identifier: MIT
// wxim/dialect/jim/ordered_map.hpp: a JSON object whose keys are data (ids), in order.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "wxim/codec/codec.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

/// A JSON object used as a map: J-IM's stored messages (`groups`: group id →
/// messages, `friends`: user id → messages) and `extras`. Keys are ids, not
/// field names: they are matched exactly (never case-folded) and kept in the
/// order they came, so a round trip writes them back as they were. A key
/// appears once; a duplicate is errc::duplicate_key (unless
/// leniency::duplicate_keys, when the last value wins in the first place).
template <class V>
class ordered_map {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  ordered_map() = default;
  ordered_map(std::initializer_list<value_type> init) {
    for (const auto& e : init) set(e.first, e.second);
  }

  bool empty() const noexcept { return entries_.empty(); }
  std::size_t size() const noexcept { return entries_.size(); }
  iterator begin() noexcept { return entries_.begin(); }
  iterator end() noexcept { return entries_.end(); }
  const_iterator begin() const noexcept { return entries_.begin(); }
  const_iterator end() const noexcept { return entries_.end(); }

  /// The value under `key`, or nullptr.
  V* find(std::string_view key) noexcept {
    for (auto& e : entries_)
      if (e.first == key) return &e.second;
    return nullptr;
  }
  const V* find(std::string_view key) const noexcept {
    for (const auto& e : entries_)
      if (e.first == key) return &e.second;
    return nullptr;
  }
  bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

  /// The value under `key`, appended (value-initialized) when absent.
  V& operator[](std::string_view key) {
    if (V* v = find(key)) return *v;
    entries_.emplace_back(std::string(key), V{});
    return entries_.back().second;
  }

  /// Adds `key` at the end; false (and no change) when it is already there.
  bool insert(std::string key, V value) {
    if (find(key)) return false;
    entries_.emplace_back(std::move(key), std::move(value));
    return true;
  }

  /// Replaces the value of `key` in place, or appends it.
  void set(std::string key, V value) {
    if (V* v = find(key))
      *v = std::move(value);
    else
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

  void clear() noexcept { entries_.clear(); }

  /// Order matters: it is the peer's order.
  friend bool operator==(const ordered_map& a, const ordered_map& b) { return a.entries_ == b.entries_; }
  friend bool operator!=(const ordered_map& a, const ordered_map& b) { return !(a == b); }

 private:
  template <class, class>
  friend struct wxim::codec;  // appends without the linear duplicate check, having its own index
  std::vector<value_type> entries_;
};

}  // namespace jim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <class V>
struct codec<jim::ordered_map<V>> {
  static bool read(reader& r, jim::ordered_map<V>& out) {
    if (r.peek().kind != detail::token::begin_object) return r.type_error("an object");
    r.take();
    out.clear();
    // Where each key is: a linear search while the map is small, an index
    // once it is not, so big maps stay linear.
    constexpr std::size_t index_from = 16;
    std::unordered_map<std::string, std::size_t> index;
    while (r.peek().kind == detail::token::key) {
      const std::string_view key = r.take().text;
      r.push_key(key);
      std::size_t at = out.entries_.size();
      if (out.entries_.size() < index_from) {
        for (std::size_t i = 0; i < out.entries_.size(); ++i)
          if (out.entries_[i].first == key) at = i;
      } else if (const auto it = index.find(std::string(key)); it != index.end()) {
        at = it->second;
      }
      const bool again = at < out.entries_.size();
      if (again && !r.lenient(leniency::duplicate_keys))
        return r.fail(errc::duplicate_key, detail::duplicate_key_message(key));
      V value{};
      if (!codec<V>::read(r, value)) return false;
      if (again) {
        out.entries_[at].second = std::move(value);
      } else {
        out.entries_.emplace_back(std::string(key), std::move(value));
        if (out.entries_.size() == index_from) {
          for (std::size_t i = 0; i < out.entries_.size(); ++i) index.emplace(out.entries_[i].first, i);
        } else if (out.entries_.size() > index_from) {
          index.emplace(out.entries_.back().first, at);
        }
      }
      r.pop();
    }
    r.take();
    return true;
  }
  static void write(writer& w, const jim::ordered_map<V>& m) {
    w.begin_object();
    for (const auto& [k, v] : m) {
      w.key(k);
      codec<V>::write(w, v);
    }
    w.end_object();
  }
};

WXIM_END_NAMESPACE
