// SPDX-License-Identifier: MIT
// Internal: writes JSON text straight into a string, no DOM.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

#include "wxim/detail/scan.hpp"
#include "wxim/detail/utf8.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

/// Compact output, escaped as JavaScript's JSON.stringify escapes (the peers
/// are JavaScript): '"', '\\' and control characters only; every other
/// character, U+2028 and U+2029 included, stays raw UTF-8. Bytes that are not
/// UTF-8 (only possible in strings a caller built by hand) become U+FFFD.
///
/// The text is gathered in a small buffer inside the writer and appended to
/// the string in large pieces: a frame's many one-byte appends (quotes,
/// commas, colons) would otherwise each be a call into std::string. The
/// string holds everything written so far whenever no object or array is
/// open (after each complete top-level value), after flush() or output(),
/// and when the writer is destroyed.
/// True when s can be written between quotes as it is: printable ASCII
/// without a quote or a backslash. Schema keys are checked at compile time.
constexpr bool needs_no_escape(std::string_view s) noexcept {
  for (char c : s)
    if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return false;
  return true;
}

class json_writer {
 public:
  explicit json_writer(std::string& out) : out_(out) {}
  ~json_writer() { flush(); }
  json_writer(const json_writer&) = delete;
  json_writer& operator=(const json_writer&) = delete;

  void null() { comma(), put("null"), done(); }
  void boolean(bool b) { comma(), put(b ? std::string_view("true") : std::string_view("false")), done(); }

  void integer(std::int64_t v) {
    comma();
    char* at = room(24);
    used_ += static_cast<std::size_t>(std::to_chars(at, at + 24, v).ptr - at);
    done();
  }
  void unsigned_integer(std::uint64_t v) {
    comma();
    char* at = room(24);
    used_ += static_cast<std::size_t>(std::to_chars(at, at + 24, v).ptr - at);
    done();
  }
  /// Shortest text that reads back as the same double; non-finite values
  /// have no JSON spelling and are written as null, as JSON.stringify does.
  /// Minus zero is "-0.0": "-0" would read back as the integer 0.
  void number(double v) {
    comma();
    if (!std::isfinite(v) || (v == 0 && std::signbit(v))) {
      put(std::isfinite(v) ? "-0.0" : "null");
      done();
      return;
    }
    char* at = room(32);
    used_ += static_cast<std::size_t>(std::to_chars(at, at + 32, v).ptr - at);
    done();
  }

  void string(std::string_view s) {
    comma();
    quoted(s);
    done();
  }
  void key(std::string_view k) {
    comma();
    quoted(k);
    put(':');
  }
  /// A key known to need no escaping (see needs_no_escape): no scan.
  void plain_key(std::string_view k) {
    comma();
    put('"');
    put(k);
    put("\":");
  }
  /// A value already in JSON text form, written as is.
  void raw(std::string_view json) {
    comma();
    put(json);
    done();
  }

  void begin_object() { comma(), put('{'), ++depth_; }
  void end_object() { put('}'), close(); }
  void begin_array() { comma(), put('['), ++depth_; }
  void end_array() { put(']'), close(); }

  /// Moves the buffered text into the string.
  void flush() {
    if (used_ != 0) out_.append(buf_, used_);
    used_ = 0;
  }
  std::string& output() {
    flush();
    return out_;
  }

  /// Appends s as a quoted JSON string.
  static void append_quoted(std::string& out, std::string_view s) { json_writer(out).string(s); }

 private:
  static constexpr std::size_t buffer_size = 512;

  // A pointer to at least n free bytes (n <= buffer_size) at the buffer's end.
  char* room(std::size_t n) {
    if (buffer_size - used_ < n) flush();
    return buf_ + used_;
  }
  void put(char c) {
    if (used_ == buffer_size) flush();
    buf_[used_++] = c;
  }
  void put(std::string_view s) {
    if (buffer_size - used_ < s.size()) {
      flush();
      if (s.size() > buffer_size) {
        out_.append(s.data(), s.size());
        return;
      }
    }
    copy(buf_ + used_, s.data(), s.size());
    used_ += s.size();
  }

  // Most pieces are a few bytes long: copied inline rather than by a call.
  static void copy(char* to, const char* from, std::size_t n) noexcept {
    if (n >= 8 && n <= 16) {
      std::memcpy(to, from, 8);
      std::memcpy(to + n - 8, from + n - 8, 8);
    } else if (n >= 4 && n < 8) {
      std::memcpy(to, from, 4);
      std::memcpy(to + n - 4, from + n - 4, 4);
    } else if (n < 4) {
      for (std::size_t i = 0; i < n; ++i) to[i] = from[i];
    } else {
      std::memcpy(to, from, n);
    }
  }

  void quoted(std::string_view s) {
    put('"');
    const char* p = s.data();
    const char* const end = p + s.size();
    const char* run = p;  // start of the bytes not yet written
    while (true) {
      p += plain_prefix(p, end);
      if (p == end) break;
      const auto c = static_cast<unsigned char>(*p);
      if (c >= 0x80) {
        if (common_three_byte(p, end)) {
          p += 3;
          continue;
        }
        const std::size_t n = utf8_sequence_length(s, static_cast<std::size_t>(p - s.data()));
        if (n != 0) {
          p += n;
          continue;
        }
        put(std::string_view(run, static_cast<std::size_t>(p - run)));
        put("\xEF\xBF\xBD");
        run = ++p;
        continue;
      }
      put(std::string_view(run, static_cast<std::size_t>(p - run)));
      switch (c) {
        case '"':
          put("\\\"");
          break;
        case '\\':
          put("\\\\");
          break;
        case '\b':
          put("\\b");
          break;
        case '\f':
          put("\\f");
          break;
        case '\n':
          put("\\n");
          break;
        case '\r':
          put("\\r");
          break;
        case '\t':
          put("\\t");
          break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          const char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
          put(std::string_view(e, 6));
        }
      }
      run = ++p;
    }
    put(std::string_view(run, static_cast<std::size_t>(end - run)));
    put('"');
  }

  // A comma goes before any value or key that follows a complete value.
  void comma() {
    if (need_comma_) put(',');
    need_comma_ = false;
  }
  // A value is complete; at the top level, the string gets the text.
  void done() {
    need_comma_ = true;
    if (depth_ == 0) flush();
  }
  void close() {
    if (depth_ != 0) --depth_;
    done();
  }

  std::string& out_;
  bool need_comma_ = false;
  std::size_t depth_ = 0;
  std::size_t used_ = 0;
  char buf_[buffer_size];
};

}  // namespace detail
WXIM_END_NAMESPACE
