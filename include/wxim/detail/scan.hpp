// SPDX-License-Identifier: MIT
// Internal: the scan the lexer and the writer both run over string bytes.
//
// Most of a chat frame's string bytes need no attention: neither a quote, a
// backslash, a control character, nor the start of a UTF-8 sequence to check.
// plain_prefix steps over them sixteen bytes at a time (SSE2, on every
// x86-64), eight at a time with word arithmetic elsewhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define WXIM_DETAIL_SCAN_SSE2 1
#endif

WXIM_BEGIN_NAMESPACE
namespace detail {

/// True when none of the eight bytes at p is a quote, a backslash, a control
/// character or non-ASCII. The word arithmetic is exact about whether such a
/// byte exists (not where), which is all this needs.
inline bool plain_ascii8(const char* p) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  const std::uint64_t quote = w ^ (ones * '"');
  const std::uint64_t backslash = w ^ (ones * '\\');
  const std::uint64_t found =
      ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w) | w;
  return (found & highs) == 0;
}

/// How many bytes from p (up to end) come before the first quote, backslash,
/// control character or non-ASCII byte.
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))  // short strings (keys) would spend much of their time on the call
#endif
inline std::size_t
plain_prefix(const char* p, const char* end) noexcept {
  const char* const start = p;
#ifdef WXIM_DETAIL_SCAN_SSE2
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
    const unsigned found =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control))) |
        static_cast<unsigned>(_mm_movemask_epi8(v));  // the high bit: non-ASCII
    if (found != 0) return static_cast<std::size_t>(p - start) + static_cast<unsigned>(__builtin_ctz(found));
    p += 16;
  }
#endif
  while (end - p >= 8 && plain_ascii8(p)) p += 8;
  while (p != end) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
    ++p;
  }
  return static_cast<std::size_t>(p - start);
}

/// True when the bytes at p are a well-formed three-byte UTF-8 sequence led by
/// E1-EC or EE-EF: most CJK text, which then needs no fuller check (E0 and ED
/// leads have overlong and surrogate forms to refuse).
inline bool common_three_byte(const char* p, const char* end) noexcept {
  const auto c = static_cast<unsigned char>(p[0]);
  return c >= 0xE1 && c <= 0xEF && c != 0xED && end - p >= 3 && (static_cast<unsigned char>(p[1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(p[2]) & 0xC0) == 0x80;
}

}  // namespace detail
WXIM_END_NAMESPACE
