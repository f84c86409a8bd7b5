// SPDX-License-Identifier: MIT
// wxim/storage/wxim_key.hpp: a storage key scheme that cannot collide, for new apps.
//
// The dialects' keys are concatenations without a separator (Easemob: "ab"+"c" = "a"+"bc") or
// with one that may occur inside a part (wechat-im's "_"). A wxim key is
//   "wxim1" then, for each part, ":" followed by the part with "%" written "%25" and ":" "%3A"
// e.g. {"file", "bob", "a:b"} -> "wxim1:file:bob:a%3Ab", {} -> "wxim1", {""} -> "wxim1:".
// Escaped parts contain no ":", so the key splits back into exactly the parts it was made of:
// different part lists give different keys. Parsing accepts only what make_wxim_key writes (no
// other escapes, upper-case hex), so a key and its part list correspond one to one. All other
// bytes, including "/" and non-ASCII UTF-8, are kept as they are. "wxim1" is the scheme's
// version: a future scheme would use another and never be mistaken for this one.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/error.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

inline constexpr std::string_view wxim_key_version = "wxim1";
inline constexpr char wxim_key_separator = ':';

namespace detail {

template <class It>
std::string make_wxim_key(It first, It last) {
  std::string key(wxim_key_version);
  for (; first != last; ++first) {
    const std::string_view part(*first);
    key += wxim_key_separator;
    for (char c : part) {
      if (c == '%')
        key += "%25";
      else if (c == wxim_key_separator)
        key += "%3A";
      else
        key += c;
    }
  }
  return key;
}

inline wxim::error wxim_key_error(std::size_t offset, std::string message) {
  wxim::error e;
  e.code = errc::invalid_value;
  e.offset = offset;
  e.message = std::move(message);
  return e;
}

}  // namespace detail

/// The key of `parts`, in order. Any bytes are allowed in a part, including ":" and "%".
inline std::string make_wxim_key(std::initializer_list<std::string_view> parts) {
  return detail::make_wxim_key(parts.begin(), parts.end());
}
inline std::string make_wxim_key(const std::vector<std::string>& parts) {
  return detail::make_wxim_key(parts.begin(), parts.end());
}
inline std::string make_wxim_key(const std::vector<std::string_view>& parts) {
  return detail::make_wxim_key(parts.begin(), parts.end());
}

/// The parts of a key made by make_wxim_key. Errors are invalid_value with the byte offset of
/// the problem: a key that does not start with "wxim1" followed by ":" or the end (another
/// scheme, or another version), or a "%" that is not "%25" or "%3A".
inline result<std::vector<std::string>> parse_wxim_key(std::string_view key) {
  if (key.substr(0, wxim_key_version.size()) != wxim_key_version)
    return detail::wxim_key_error(0, "not a wxim key: it does not start with \"wxim1\"");
  std::vector<std::string> parts;
  std::size_t i = wxim_key_version.size();
  if (i == key.size()) return parts;
  if (key[i] != wxim_key_separator)
    return detail::wxim_key_error(i,
                                  "not a wxim1 key: \"wxim1\" must be followed by ':' or the end "
                                  "(another scheme or version?)");
  while (i < key.size()) {
    ++i;  // past the separator that opens this part
    std::string part;
    while (i < key.size() && key[i] != wxim_key_separator) {
      if (key[i] != '%') {
        part += key[i++];
        continue;
      }
      const std::string_view escape = key.substr(i, 3);
      if (escape == "%25")
        part += '%';
      else if (escape == "%3A")
        part += wxim_key_separator;
      else
        return detail::wxim_key_error(i, "bad escape in a wxim key: only %25 and %3A are written");
      i += 3;
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

WXIM_END_NAMESPACE
