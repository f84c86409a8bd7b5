// SPDX-License-Identifier: MIT
// Internal: J-IM's (fastjson 1.2.35's) key matching, for leniency::case_insensitive_keys.
//
// fastjson fills a field from an input key by: an exact match; else a
// case-insensitive match; else, only when the input key contains '_' or '-',
// the key with every '_' (or, when '-' comes first, every '-') removed,
// matched exactly and then case-insensitively. So `USERID` and `user_id` fill
// `userId`, but in 2.x an input `groupId` does not fill `group_id` (the
// field name keeps its underscore) and is dropped as an unknown key.
//
// The generic rule (codec.hpp) ignores '_' on both sides, which would let
// `groupId` fill `group_id`; so the J-IM decoder hands the codec this rule
// instead (decode_options::match_key_loosely). The codec then records the
// key as it came and writes it back so.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "wxim/detail/tape.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim::detail {

using wxim::detail::tape;
using wxim::detail::token;

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool equals_ignore_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

/// Which of the `N` declared `fields` fastjson fills from the input key
/// `input`; N for none. (The shape of wxim::key_rule.)
inline std::size_t fastjson_rule(const std::string_view* fields, std::size_t N, std::string_view input) {
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

template <std::size_t N>
std::size_t fastjson_match(const std::array<std::string_view, N>& fields, std::string_view input) {
  return fastjson_rule(fields.data(), N, input);
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

}  // namespace jim::detail
WXIM_END_NAMESPACE
