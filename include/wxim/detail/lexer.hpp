// SPDX-License-Identifier: MIT
// Internal: wxim's own strict RFC 8259 tokenizer, filling the same tape as
// the nlohmann SAX path, faster and with a byte offset on every event. Its
// events' text points into the frame wherever the frame spells it as is.
//
// Strict means: one JSON value, optionally surrounded by the four JSON
// whitespace characters; UTF-8 validated everywhere (overlong forms, encoded
// surrogates and code points above U+10FFFF refused); \u escapes must form
// whole surrogate pairs; control characters must be escaped; numbers follow
// the exact grammar, integers are kept exactly in 64 bits and larger ones
// become floating point with their lexeme kept (as nlohmann does); a number
// that overflows a double is refused. Limits are enforced as the text is
// read, so a hostile frame costs no more than its limits allow.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wxim/codec/options.hpp"
#include "wxim/detail/json_pointer.hpp"
#include "wxim/detail/scan.hpp"
#include "wxim/detail/small_stack.hpp"
#include "wxim/detail/tape.hpp"
#include "wxim/detail/utf8.hpp"
#include "wxim/error.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

// The hot path (values, keys, strings without escapes) is inlined into the
// value loop; the rare cases stay out of line so that the loop stays small.
#if defined(__GNUC__) || defined(__clang__)
#define WXIM_DETAIL_HOT inline __attribute__((always_inline))
#define WXIM_DETAIL_COLD __attribute__((noinline))
#else
#define WXIM_DETAIL_HOT inline
#define WXIM_DETAIL_COLD
#endif

WXIM_BEGIN_NAMESPACE
namespace detail {

class lexer {
 public:
  lexer(std::string_view text, const decode_limits& limits, tape& out)
      : p_(text.data()), begin_(text.data()), end_(text.data() + text.size()), limits_(limits), tape_(out) {}

  std::optional<error> run() {
    tape_.clear();
    if (static_cast<std::size_t>(end_ - begin_) > limits_.max_frame_bytes)
      return make(errc::frame_too_large, limits_.max_frame_bytes,
                  "the frame is " + std::to_string(end_ - begin_) + " bytes, over the limit of " +
                      std::to_string(limits_.max_frame_bytes) + "; raise the max_frame_bytes limit to accept it");
    skip_ws();
    if (p_ == end_) return make(errc::empty_input, 0, "the frame is empty; a frame must be one JSON value");
    if (end_ - p_ >= 3 && p_[0] == '\xEF' && p_[1] == '\xBB' && p_[2] == '\xBF')
      return make(errc::syntax_error, offset(),
                  "the frame starts with a UTF-8 byte order mark; send the JSON text without it");
    if (!parse()) return std::move(error_);
    skip_ws();
    if (p_ != end_)
      return fail_at(errc::trailing_content, offset(),
                     "there is more text after the JSON value at byte " + std::to_string(offset()) +
                         "; send exactly one JSON value per frame"),
             std::move(error_);
    return std::nullopt;
  }

 private:
  // An open object or array. `in_value`: one of its members (from the end of
  // its key to the end of its value) or elements (from its first byte) is
  // being read, so an error now is in that member or element and its path
  // names it; between them, an error is in the container itself.
  struct frame {
    bool is_array;
    std::size_t count;
    std::size_t key_event;  // tape index of the current key (objects)
    bool in_value;
    std::size_t begin;  // tape index of the begin event
  };

  std::size_t offset() const noexcept { return static_cast<std::size_t>(p_ - begin_); }

  void skip_ws() noexcept {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  event& push(token t, std::size_t at) {
    tape_.emplace_back();
    event& e = tape_.back();
    e.kind = t;
    e.offset = at;
    return e;
  }

  enum class step { failed, done, opened };

  // The value loop: an explicit stack, so nesting costs heap, not C++ stack.
  bool parse() {
    while (true) {
      skip_ws();
      const step s = value();
      if (s == step::failed) return false;
      if (s == step::opened) continue;  // read the container's first element
      if (!stack_.empty()) stack_.back().in_value = false;
      // After a complete value: close containers or move to the next element.
      while (true) {
        if (stack_.empty()) return true;
        skip_ws();
        if (p_ == end_) return truncated();
        frame& f = stack_.back();
        const char c = *p_;
        if (c == ',') {
          ++p_;
          if (f.is_array) {
            if (++f.count > limits_.max_array_size) return too_many(true);
          } else {
            skip_ws();
            if (!member_key()) return false;
          }
          break;
        }
        if (c == (f.is_array ? ']' : '}')) {
          if (f.is_array) tape_[f.begin].num.u = f.count;  // lets a decoder size a vector at once
          push(f.is_array ? token::end_array : token::end_object, offset());
          ++p_;
          stack_.pop_back();
          if (!stack_.empty()) stack_.back().in_value = false;
          continue;
        }
        return unexpected(f.is_array ? "',' or ']'" : "',' or '}'");
      }
    }
  }

  // Reads one scalar (done), or opens a container: an empty one is closed at
  // once (done), otherwise its first key is read and the caller goes on to
  // the first value (opened).
  WXIM_DETAIL_HOT step value() {
    if (p_ == end_) return truncated(), step::failed;
    const std::size_t at = offset();
    if (!stack_.empty() && stack_.back().is_array && starts_value(*p_)) stack_.back().in_value = true;
    bool ok = false;
    switch (*p_) {
      case '{':
      case '[': {
        const bool is_array = *p_ == '[';
        if (!open(is_array ? token::begin_array : token::begin_object, at, is_array)) return step::failed;
        skip_ws();
        if (p_ != end_ && *p_ == (is_array ? ']' : '}')) {
          push(is_array ? token::end_array : token::end_object, offset());
          ++p_;
          stack_.pop_back();
          return step::done;
        }
        if (is_array) {
          stack_.back().count = 1;
          if (limits_.max_array_size == 0) return too_many(true), step::failed;
          return step::opened;
        }
        return member_key() ? step::opened : step::failed;
      }
      case '"':
        ok = string(push(token::string_value, at).text);
        break;
      case 't':
        ok = literal("true", token::true_value, at);
        break;
      case 'f':
        ok = literal("false", token::false_value, at);
        break;
      case 'n':
        ok = literal("null", token::null_value, at);
        break;
      default:
        ok = (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) ? number(at) : unexpected("a JSON value");
    }
    return ok ? step::done : step::failed;
  }

  bool open(token t, std::size_t at, bool is_array) {
    if (stack_.size() + 1 > limits_.max_depth)
      return fail_at(errc::too_deep, at,
                     "objects and arrays are nested more than " + std::to_string(limits_.max_depth) +
                         " deep; raise the max_depth limit to accept it");
    push(t, at);
    ++p_;
    stack_.emplace_back(is_array, std::size_t{0}, std::size_t{0}, false, tape_.size() - 1);
    return true;
  }

  // Reads `"key" :` inside an object; the member's value comes next.
  WXIM_DETAIL_HOT bool member_key() {
    if (p_ == end_) return truncated();
    if (*p_ != '"') return unexpected("a key in double quotes");
    frame& f = stack_.back();
    if (++f.count > limits_.max_array_size) return too_many(false);
    f.key_event = tape_.size();
    if (!string(push(token::key, offset()).text)) return false;
    f.in_value = true;
    skip_ws();
    if (p_ == end_) return truncated();
    if (*p_ != ':') return unexpected("':' after the key");
    ++p_;
    return true;
  }

  bool literal(std::string_view word, token t, std::size_t at) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0) {
      for (std::size_t i = 0; i < word.size(); ++i) {
        if (p_ + i == end_) return truncated();
        if (p_[i] != word[i]) {
          p_ += i;
          return unexpected("a JSON value");
        }
      }
    }
    p_ += word.size();
    push(t, at);
    return true;
  }

  WXIM_DETAIL_HOT bool number(std::size_t at) {
    const char* start = p_;
    bool negative = false;
    if (*p_ == '-') {
      negative = true;
      ++p_;
    }
    if (p_ == end_) return truncated();
    // The integer part is added up as it is scanned; only 19 digits or more
    // (which may overflow) are read again with from_chars below.
    std::uint64_t sum = 0;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      const char* p = p_;
      const char* const end = end_;
      while (p != end && static_cast<unsigned char>(*p - '0') <= 9)
        sum = sum * 10 + static_cast<unsigned char>(*p++ - '0');
      p_ = p;
    } else {
      return unexpected("a digit");
    }
    bool is_float = false;
    if (p_ != end_ && *p_ == '.') {
      is_float = true;
      ++p_;
      if (p_ == end_) return truncated();
      if (*p_ < '0' || *p_ > '9') return unexpected("a digit after the decimal point");
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      is_float = true;
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_) return truncated();
      if (*p_ < '0' || *p_ > '9') return unexpected("a digit in the exponent");
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    const std::string_view lexeme(start, static_cast<std::size_t>(p_ - start));
    if (!is_float) {
      std::uint64_t magnitude = 0;
      const char* digits = start + (negative ? 1 : 0);
      std::from_chars_result r{p_, std::errc()};
      if (p_ - digits <= 18) {  // cannot have overflowed
        magnitude = sum;
      } else {
        r = std::from_chars(digits, p_, magnitude);
      }
      if (r.ec == std::errc()) {
        if (!negative && magnitude <= static_cast<std::uint64_t>(INT64_MAX)) {
          push(token::int_value, at).num.i = static_cast<std::int64_t>(magnitude);
          return true;
        }
        if (!negative) {
          push(token::uint_value, at).num.u = magnitude;
          return true;
        }
        if (magnitude <= static_cast<std::uint64_t>(INT64_MAX) + 1) {
          // -(2^63) needs the unsigned detour to stay defined.
          push(token::int_value, at).num.i = magnitude == static_cast<std::uint64_t>(INT64_MAX) + 1
                                                 ? INT64_MIN
                                                 : -static_cast<std::int64_t>(magnitude);
          return true;
        }
      }
      // Beyond 64 bits: kept as floating point with its lexeme.
    }
    double d = 0;
    const auto r = std::from_chars(start, p_, d);
    if (r.ec == std::errc::result_out_of_range || !std::isfinite(d)) {
      // from_chars reports underflow as out of range too; tiny numbers are zero.
      if (!is_tiny(lexeme))
        return fail_at(errc::number_out_of_range, at,
                       "the number " + std::string(lexeme.substr(0, 40)) + " is too large for a double");
      d = negative ? -0.0 : 0.0;
    } else if (r.ec != std::errc()) {
      return unexpected("a number");
    }
    event& e = push(token::float_value, at);
    e.num.d = d;
    e.text = lexeme;  // the frame's own bytes
    return true;
  }

  // A lexeme whose exponent is negative enough to underflow, not overflow.
  static bool is_tiny(std::string_view lexeme) noexcept {
    const auto e = lexeme.find_first_of("eE");
    return e != std::string_view::npos && e + 1 < lexeme.size() && lexeme[e + 1] == '-';
  }

  static int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool read_hex4(unsigned& out) {
    out = 0;
    for (int i = 0; i < 4; ++i) {
      if (p_ == end_) return truncated();
      const int h = hex_value(*p_);
      if (h < 0) return unexpected("a hexadecimal digit in a \\u escape");
      out = out * 16 + static_cast<unsigned>(h);
      ++p_;
    }
    return true;
  }

  // Reads a string starting at its opening quote. `out` views the frame's own
  // bytes when the string has no escapes; otherwise the unescaped text, which
  // the tape keeps (written straight into its arena, reserved once per frame
  // with the frame's size: unescaping never lengthens a string).
  WXIM_DETAIL_HOT bool string(std::string_view& out) {
    // Most strings have no escape: read them here, in local variables, and
    // leave everything else (escapes, faults, the end of the frame) to the
    // general loop below, from where this one stopped.
    const char* const first = p_ + 1;
    const char* p = first;
    const char* const end = end_;
    while (true) {
      p += plain_prefix(p, end);
      if (p == end) break;
      if (*p == '"') {
        const auto length = static_cast<std::size_t>(p - first);
        if (length > limits_.max_string_bytes) break;
        out = std::string_view(first, length);
        p_ = p + 1;
        return true;
      }
      if (static_cast<unsigned char>(*p) < 0x80) break;  // an escape or a control character
      // Multi-byte characters come in runs (CJK text): stay here for the run.
      do {
        if (common_three_byte(p, end)) {
          p += 3;
          continue;
        }
        const std::size_t n = utf8_sequence_length(std::string_view(p, static_cast<std::size_t>(end - p)), 0);
        if (n == 0) break;
        p += n;
      } while (p != end && static_cast<unsigned char>(*p) >= 0x80);
      if (p != end && static_cast<unsigned char>(*p) >= 0x80) break;  // not UTF-8
    }
    return string_general(first, p, out);
  }

  // The general case of string(): `first` is the string's first byte, and
  // the bytes before `from` need no attention.
  WXIM_DETAIL_COLD bool string_general(const char* first, const char* from, std::string_view& out) {
    p_ = from;
    const std::size_t start_offset = static_cast<std::size_t>(first - begin_) - 1;
    bool escaped = false;
    std::size_t mark = 0;  // where the unescaped text starts in the arena
    while (true) {
      // Step over the longest run that needs no attention (ASCII, and
      // well-formed UTF-8 sequences) in one go.
      const char* run = p_;
      while (true) {
        p_ += plain_prefix(p_, end_);
        if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x80) break;
        if (common_three_byte(p_, end_)) {
          p_ += 3;
          continue;
        }
        const std::size_t n = utf8_sequence_length(std::string_view(p_, static_cast<std::size_t>(end_ - p_)), 0);
        if (n == 0) break;
        p_ += n;
      }
      std::size_t length = static_cast<std::size_t>(p_ - first);
      if (escaped) {
        tape_.append_text(std::string_view(run, static_cast<std::size_t>(p_ - run)));
        length = tape_.text_mark() - mark;
      }
      if (length > limits_.max_string_bytes) return too_long(start_offset);
      if (p_ == end_) return truncated();
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        out = escaped ? tape_.text_since(mark) : std::string_view(first, length);
        ++p_;
        return true;
      }
      if (c >= 0x80)
        return fail_at(
            errc::invalid_utf8, offset(),
            "the frame is not valid UTF-8 at byte " + std::to_string(offset()) + "; send text encoded as UTF-8");
      if (c < 0x20)
        return fail_at(errc::syntax_error, offset(),
                       "a control character (U+00" + std::string(1, "0123456789ABCDEF"[c >> 4]) +
                           std::string(1, "0123456789ABCDEF"[c & 15]) + ") at byte " + std::to_string(offset()) +
                           " must be escaped inside a string");
      // An escape: from here on the string is built unescaped in the arena.
      if (!escaped) {
        escaped = true;
        tape_.reserve_text(static_cast<std::size_t>(end_ - begin_));
        mark = tape_.text_mark();
        tape_.append_text(std::string_view(first, static_cast<std::size_t>(p_ - first)));
      }
      const std::size_t esc_at = offset();
      ++p_;
      if (p_ == end_) return truncated();
      switch (*p_++) {
        case '"':
          tape_.append_text('"');
          break;
        case '\\':
          tape_.append_text('\\');
          break;
        case '/':
          tape_.append_text('/');
          break;
        case 'b':
          tape_.append_text('\b');
          break;
        case 'f':
          tape_.append_text('\f');
          break;
        case 'n':
          tape_.append_text('\n');
          break;
        case 'r':
          tape_.append_text('\r');
          break;
        case 't':
          tape_.append_text('\t');
          break;
        case 'u': {
          unsigned cp = 0;
          if (!read_hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail_at(errc::invalid_surrogate, esc_at,
                           "the escape at byte " + std::to_string(esc_at) +
                               " is a low surrogate without a high surrogate before it");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
              return p_ == end_ ? truncated()
                                : fail_at(errc::invalid_surrogate, esc_at,
                                          "the escape at byte " + std::to_string(esc_at) +
                                              " is a high surrogate not followed by a low surrogate");
            p_ += 2;
            unsigned low = 0;
            if (!read_hex4(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF)
              return fail_at(errc::invalid_surrogate, esc_at,
                             "the escape at byte " + std::to_string(esc_at) +
                                 " is a high surrogate not followed by a low surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          char bytes[4];
          tape_.append_text(std::string_view(bytes, encode_utf8(cp, bytes)));
          break;
        }
        default:
          --p_;
          return unexpected("an escape: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u");
      }
    }
  }

  WXIM_DETAIL_COLD bool truncated() {
    return fail_at(
        errc::syntax_error, offset(),
        "the frame ends at byte " + std::to_string(offset()) + " before the JSON value is complete (truncated?)");
  }

  WXIM_DETAIL_COLD bool unexpected(std::string_view expected) {
    const std::size_t at = offset();
    if (p_ != end_ && static_cast<unsigned char>(*p_) >= 0x80 &&
        utf8_sequence_length(std::string_view(p_, static_cast<std::size_t>(end_ - p_)), 0) == 0)
      return fail_at(errc::invalid_utf8, at,
                     "the frame is not valid UTF-8 at byte " + std::to_string(at) + "; send text encoded as UTF-8");
    std::string got;
    if (p_ == end_)
      got = "the end";
    else if (static_cast<unsigned char>(*p_) < 0x20 || static_cast<unsigned char>(*p_) >= 0x7F)
      got = "a byte that cannot start one";
    else
      got = std::string("'") + *p_ + "'";
    return fail_at(errc::syntax_error, at,
                   "the frame is not valid JSON at byte " + std::to_string(at) + ": expected " + std::string(expected) +
                       ", found " + got);
  }

  WXIM_DETAIL_COLD bool too_many(bool is_array) {
    return fail_at(errc::array_too_long, offset(),
                   std::string(is_array ? "the array has more than " : "the object has more than ") +
                       std::to_string(limits_.max_array_size) + (is_array ? " elements" : " members") +
                       "; raise the max_array_size limit to accept it");
  }

  WXIM_DETAIL_COLD bool too_long(std::size_t at) {
    return fail_at(errc::string_too_long, at,
                   "a string at byte " + std::to_string(at) + " is longer than the limit of " +
                       std::to_string(limits_.max_string_bytes) +
                       " bytes; raise the max_string_bytes limit to accept it");
  }

  error make(errc code, std::size_t at, std::string message) const {
    return error{code, "", at, std::move(message), std::nullopt};
  }

  static bool starts_value(char c) noexcept {
    return c == '{' || c == '[' || c == '"' || c == 't' || c == 'f' || c == 'n' || c == '-' || (c >= '0' && c <= '9');
  }

  // The path of the innermost member or element being read when the error
  // struck (see frame::in_value); errors in a key, between members and in a
  // container's size name the container.
  WXIM_DETAIL_COLD bool fail_at(errc code, std::size_t at, std::string message) {
    if (error_) return false;
    json_pointer p;
    for (const auto& f : stack_) {
      if (!f.in_value) break;
      if (f.is_array)
        p.push_index(f.count - 1);
      else if (f.key_event < tape_.size())
        p.push_key(tape_[f.key_event].text);
    }
    error_ = error{code, p.str(), at, std::move(message), std::nullopt};
    return false;
  }

  const char* p_;
  const char* begin_;
  const char* end_;
  const decode_limits& limits_;
  tape& tape_;
  small_stack<frame, 32> stack_;  // in place for ordinary depths
  std::optional<error> error_;
};

/// Tokenizes `text` into `out` with wxim's own lexer. Returns the error, if any.
inline std::optional<error> parse_with_lexer(std::string_view text, const decode_limits& limits, tape& out) {
  return lexer(text, limits, out).run();
}

}  // namespace detail
WXIM_END_NAMESPACE

#undef WXIM_DETAIL_HOT
#undef WXIM_DETAIL_COLD
