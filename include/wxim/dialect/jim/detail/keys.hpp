// Internal: J-IM's (fastjson 1.2.35's) key matching, for leniency::case_insensitive_keys.
//
// fastjson fills a field from an input key by: an exact match; else a
// case-insensitive match; else, only when the input key contains '_' or '-',
// the key with every '_' (or, when '-' comes first, every '-') removed,
// matched exactly and then case-insensitively. So `USERID` and `user_id` fill
// `userId`, but in 2.x an input `groupId` does not fill `group_id` (the
// field name keeps its underscore) and is dropped as an unknown key.
//
// The generic leniency (codec.hpp) ignores '_' on both sides, which would
// let `groupId` fill `group_id`. So under this leniency the J-IM decoder
// first renames, on the tape, every key fastjson would match to its field's
// key (guided by the schemas), then decodes with exact keys.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "wxim/detail/tape.hpp"
#include "wxim/dialect/jim/ordered_map.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"

namespace wxim::jim::detail {

using wxim::detail::tape;
using wxim::detail::token;

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool equals_ignore_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

/// Which of `fields` fastjson fills from the input key `input`; n for none.
template <std::size_t N>
std::size_t fastjson_match(const std::array<std::string_view, N>& fields, std::string_view input) {
  for (std::size_t i = 0; i < N; ++i)
    if (fields[i] == input) return i;
  for (std::size_t i = 0; i < N; ++i)
    if (equals_ignore_case(fields[i], input)) return i;
  const std::size_t p = input.find_first_of("_-");
  if (p == std::string_view::npos) return N;
  std::string stripped;
  for (char c : input)
    if (c != input[p]) stripped += c;
  for (std::size_t i = 0; i < N; ++i)
    if (fields[i] == stripped) return i;
  for (std::size_t i = 0; i < N; ++i)
    if (equals_ignore_case(fields[i], stripped)) return i;
  return N;
}

/// The index of the value of the top-level key fastjson would read as
/// `field` (exact key first), or nullopt.
inline std::optional<std::size_t> find_field(const tape& t, std::string_view field, bool loosely) {
  if (auto i = wxim::detail::find_top_level(t, field)) return i;
  if (!loosely || t.empty() || t[0].kind != token::begin_object) return std::nullopt;
  const std::array<std::string_view, 1> one{field};
  std::size_t i = 1;
  while (i < t.size() && t[i].kind == token::key) {
    if (fastjson_match(one, t[i].text) == 0) return i + 1;
    i = wxim::detail::skip_value(t, i + 1);
  }
  return std::nullopt;
}

/// Walks the value at t[i] as a T, renaming keys to their fields' keys;
/// returns the index just past the value.
template <class T, class = void>
struct key_fixer {
  static std::size_t run(tape& t, std::size_t i) { return wxim::detail::skip_value(t, i); }
};

template <class T>
struct key_fixer<std::optional<T>> : key_fixer<T> {};
template <class T>
struct key_fixer<nullable<T>> : key_fixer<T> {};

template <class T>
struct key_fixer<std::vector<T>> {
  static std::size_t run(tape& t, std::size_t i) {
    if (i >= t.size() || t[i].kind != token::begin_array) return wxim::detail::skip_value(t, i);
    ++i;
    while (i < t.size() && t[i].kind != token::end_array) i = key_fixer<T>::run(t, i);
    return i + 1;
  }
};

template <class V>
struct key_fixer<ordered_map<V>> {  // keys are ids: left alone
  static std::size_t run(tape& t, std::size_t i) {
    if (i >= t.size() || t[i].kind != token::begin_object) return wxim::detail::skip_value(t, i);
    ++i;
    while (i < t.size() && t[i].kind == token::key) i = key_fixer<V>::run(t, i + 1);
    return i + 1;
  }
};

template <class T>
struct key_fixer<T, std::enable_if_t<schema::is_described_v<T>>> {
  static std::size_t run(tape& t, std::size_t i) {
    constexpr auto s = schema::schema_of<T>();
    constexpr std::size_t n = decltype(s)::size;
    if (i >= t.size() || t[i].kind != token::begin_object) return wxim::detail::skip_value(t, i);
    const auto keys = std::apply([](const auto&... f) { return std::array<std::string_view, n>{f.key...}; }, s.fields);
    ++i;
    while (i < t.size() && t[i].kind == token::key) {
      const std::size_t idx = fastjson_match(keys, t[i].text);
      if (idx < n && t[i].text != keys[idx]) t[i].text = keys[idx];  // the schema's own literal
      i = value(s, idx, t, i + 1, std::make_index_sequence<n>{});
    }
    return i + 1;
  }

 private:
  template <class S, std::size_t... I>
  static std::size_t value(const S& s, std::size_t idx, tape& t, std::size_t i, std::index_sequence<I...>) {
    (void)s;
    std::size_t next = 0;
    const bool known =
        ((idx == I
              ? (next = key_fixer<typename std::tuple_element_t<I, decltype(s.fields)>::member_type>::run(t, i), true)
              : false) ||
         ...);
    return known ? next : wxim::detail::skip_value(t, i);
  }
};

/// Renames the keys of the tape's one value, read as a T, the way fastjson
/// would match them.
template <class T>
void fix_keys(tape& t) {
  if (!t.empty()) key_fixer<T>::run(t, 0);
}

}  // namespace wxim::jim::detail
