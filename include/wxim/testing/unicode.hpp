// SPDX-License-Identifier: MIT
// wxim/testing/unicode.hpp: strings that break naive JSON and UTF-8 handling.
//
//   wxim::testing::generator g(42);
//   std::string s = wxim::testing::unicode_string(g, 8);  // e.g. "a👨‍👩‍👧\u2028\"中"
//
// Every string made here is valid UTF-8 (no surrogates, nothing over
// U+10FFFF), so it is a value a peer may send; the invalid byte sequences
// are mutate.hpp's business.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "wxim/detail/utf8.hpp"
#include "wxim/testing/random.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

/// Appends the UTF-8 form of a Unicode scalar value (not a surrogate, at
/// most U+10FFFF; anything else appends U+FFFD).
inline void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  char bytes[4];
  out.append(bytes, wxim::detail::encode_utf8(cp, bytes));
}

/// Pieces that have broken JSON writers and readers before: CJK, emoji with
/// ZWJ sequences, skin tones and flags, U+2028/U+2029 (valid JSON, not valid
/// JavaScript before ES2019), characters that must be escaped, control
/// characters, NUL, a BOM inside a string, the largest scalar value,
/// combining marks, bidi overrides, and text that looks like JSON.
inline constexpr std::array<std::string_view, 32> unicode_edge_cases = {
    "中文",
    "会话已关闭",
    "昨天 9:05",
    "😀",
    "👨\u200D👩\u200D👧\u200D👦",  // family: four emoji joined by ZWJ
    "👍🏽",                // skin tone modifier
    "🇨🇳",                      // flag: two regional indicators
    "❤\uFE0F",                 // variation selector
    "\u2028",
    "\u2029",
    "\"",
    "\\",
    "/",
    "</script>",
    "\b\f\n\r\t",
    "\x01",
    "\x1F",
    "\x7F",
    std::string_view("\0", 1),
    "\uFEFF",
    "\uFFFD",
    "\U0010FFFF",
    "\U0001F600\U0001F601",
    "e\u0301",
    "\u202E",
    "{\"type\":\"text\"}",
    "\\u0000",
    "null",
    " ",
    "٣",
    "𠀋",  // CJK extension B, outside the BMP
    "\xC2\x80",
};

/// A random scalar value, weighted towards ASCII, with every plane reachable.
inline char32_t random_scalar(generator& g) {
  switch (g.below(8)) {
    case 0:
      return static_cast<char32_t>(g.below(0x20));  // control
    case 1:
      return static_cast<char32_t>(0x80 + g.below(0x800 - 0x80));  // two bytes
    case 2: {                                                      // three bytes, no surrogates
      char32_t c = static_cast<char32_t>(0x800 + g.below(0x10000 - 0x800 - 0x800));
      return c >= 0xD800 ? c + 0x800 : c;
    }
    case 3:
      return static_cast<char32_t>(0x10000 + g.below(0x110000 - 0x10000));  // four bytes
    case 4:
      return static_cast<char32_t>(0x4E00 + g.below(0x9FFF - 0x4E00));  // CJK
    default:
      return static_cast<char32_t>(0x20 + g.below(0x7F - 0x20));  // printable ASCII
  }
}

/// A valid UTF-8 string of up to `max_pieces` pieces, each an edge case, a
/// random scalar value, or a run of plain letters.
inline std::string unicode_string(generator& g, std::size_t max_pieces) {
  std::string s;
  const std::size_t n = static_cast<std::size_t>(g.below(max_pieces + 1));
  for (std::size_t i = 0; i < n; ++i) {
    switch (g.below(4)) {
      case 0:
        s += unicode_edge_cases[g.below(unicode_edge_cases.size())];
        break;
      case 1:
        append_utf8(s, random_scalar(g));
        break;
      default: {
        const std::size_t len = 1 + static_cast<std::size_t>(g.below(6));
        for (std::size_t k = 0; k < len; ++k) s += static_cast<char>('a' + g.below(26));
      }
    }
  }
  return s;
}

}  // namespace testing
WXIM_END_NAMESPACE
