// Internal: writes JSON text straight into a string, no DOM.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

#include "wxim/detail/scan.hpp"
#include "wxim/detail/utf8.hpp"

namespace wxim::detail {

/// Compact output, escaped as JavaScript's JSON.stringify escapes (the peers
/// are JavaScript): '"', '\\' and control characters only; every other
/// character, U+2028 and U+2029 included, stays raw UTF-8. Bytes that are not
/// UTF-8 (only possible in strings a caller built by hand) become U+FFFD.
class json_writer {
 public:
  explicit json_writer(std::string& out) : out_(out) {}

  void null() { comma(), out_ += "null", done(); }
  void boolean(bool b) { comma(), out_ += b ? "true" : "false", done(); }

  void integer(std::int64_t v) {
    comma();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
    done();
  }
  void unsigned_integer(std::uint64_t v) {
    comma();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
    done();
  }
  /// Shortest text that reads back as the same double; non-finite values
  /// have no JSON spelling and are written as null, as JSON.stringify does.
  /// Minus zero is "-0.0": "-0" would read back as the integer 0.
  void number(double v) {
    comma();
    if (!std::isfinite(v) || (v == 0 && std::signbit(v))) {
      out_ += std::isfinite(v) ? "-0.0" : "null";
      done();
      return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
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
    out_ += ':';
  }
  /// A value already in JSON text form, written as is.
  void raw(std::string_view json) {
    comma();
    out_ += json;
    done();
  }

  void begin_object() { comma(), out_ += '{'; }
  void end_object() { out_ += '}', done(); }
  void begin_array() { comma(), out_ += '['; }
  void end_array() { out_ += ']', done(); }

  std::string& output() noexcept { return out_; }

  /// Appends s as a quoted JSON string.
  static void append_quoted(std::string& out, std::string_view s) {
    out += '"';
    const char* p = s.data();
    const char* const end = p + s.size();
    const char* run = p;  // start of the bytes not yet copied
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
        out.append(run, static_cast<std::size_t>(p - run));
        out += "\xEF\xBF\xBD";
        run = ++p;
        continue;
      }
      out.append(run, static_cast<std::size_t>(p - run));
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        }
      }
      run = ++p;
    }
    out.append(run, static_cast<std::size_t>(end - run));
    out += '"';
  }

 private:
  // A comma goes before any value or key that follows a complete value.
  void comma() {
    if (need_comma_) out_ += ',';
    need_comma_ = false;
  }
  void done() noexcept { need_comma_ = true; }
  void quoted(std::string_view s) { append_quoted(out_, s); }

  std::string& out_;
  bool need_comma_ = false;
};

}  // namespace wxim::detail
