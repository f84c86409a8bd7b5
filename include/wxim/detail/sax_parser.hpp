// SPDX-License-Identifier: MIT
// Internal: nlohmann's SAX parser filling a tape, with wxim's limits and errors.
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/codec/options.hpp"
#include "wxim/detail/exceptions.hpp"
#include "wxim/detail/json_pointer.hpp"
#include "wxim/detail/tape.hpp"
#include "wxim/detail/utf8.hpp"
#include "wxim/error.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace detail {

class tape_builder {
 public:
  using number_integer_t = nlohmann::json::number_integer_t;
  using number_unsigned_t = nlohmann::json::number_unsigned_t;
  using number_float_t = nlohmann::json::number_float_t;
  using string_t = nlohmann::json::string_t;
  using binary_t = nlohmann::json::binary_t;

  tape_builder(tape& out, const decode_limits& limits, std::string_view text)
      : tape_(out), limits_(limits), text_(text) {}

  bool null() { return scalar(token::null_value); }
  bool boolean(bool v) { return scalar(v ? token::true_value : token::false_value); }
  bool number_integer(number_integer_t v) {
    if (!value_starts()) return false;
    auto& e = push(token::int_value);
    e.num.i = v;
    return value_done();
  }
  bool number_unsigned(number_unsigned_t v) {
    if (!value_starts()) return false;
    if (v <= static_cast<number_unsigned_t>(INT64_MAX)) {
      push(token::int_value).num.i = static_cast<std::int64_t>(v);
    } else {
      push(token::uint_value).num.u = v;
    }
    return value_done();
  }
  bool number_float(number_float_t v, const string_t& lexeme) {
    if (!value_starts()) return false;
    auto& e = push(token::float_value);
    e.num.d = v;
    e.text = tape_.keep(lexeme);
    return value_done();
  }
  bool string(string_t& s) {
    if (!value_starts()) return false;
    if (s.size() > limits_.max_string_bytes) return fail_string(s.size());
    push(token::string_value).text = tape_.keep(s);
    return value_done();
  }
  bool binary(binary_t&) { return fail(errc::syntax_error, "binary values are not JSON"); }
  bool start_object(std::size_t) { return open(token::begin_object, false); }
  bool key(string_t& k) {
    auto& f = stack_.back();
    // A limit on the object, or a key too long: the path names the object.
    if (++f.count > limits_.max_array_size)
      return fail(errc::array_too_long, "the object has more than " + std::to_string(limits_.max_array_size) +
                                            " members; raise decode_limits::max_array_size to accept it");
    if (k.size() > limits_.max_string_bytes) return fail_string(k.size());
    f.key = k;
    f.in_value = true;  // the member is being read until its value ends
    push(token::key).text = tape_.keep(k);
    return true;
  }
  bool end_object() { return close(token::end_object); }
  bool start_array(std::size_t) { return open(token::begin_array, true); }
  bool end_array() { return close(token::end_array); }

  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
    std::size_t at = position == 0 ? 0 : position - 1;
    if (at > text_.size()) at = text_.size();
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 2: <detail>", where
    // the detail may quote the input ("; last read: '<token>'"). Classify on nlohmann's own words only: the
    // quoted input is the peer's text and may say anything ("UTF-8", "expected end of input", ...); it is
    // left out of the message too, which would otherwise echo up to a whole frame.
    std::string what = ex.what();
    const std::string quoted = "; last read: '" + last_token + "'";
    if (const auto q = what.find(quoted); q != std::string::npos) what.erase(q, quoted.size());
    std::string detail = what;
    if (const auto col = what.find("column"); col != std::string::npos) {
      if (const auto colon = what.find(": ", col); colon != std::string::npos) detail = what.substr(colon + 2);
    } else if (const auto bracket = what.find("] "); bracket != std::string::npos) {
      detail = what.substr(bracket + 2);
    }
    errc code = errc::syntax_error;
    std::string message;
    if (detail.find("UTF-8") != std::string::npos ||
        (at < text_.size() && static_cast<unsigned char>(text_[at]) >= 0x80 && utf8_sequence_length(text_, at) == 0)) {
      code = errc::invalid_utf8;
      // nlohmann stops at the byte that breaks a sequence (0x80 in E0 80 AF); point at the sequence's start,
      // which is the first byte of the text that is not UTF-8.
      at = std::min(at, find_invalid_utf8(text_));
      message = "the frame is not valid UTF-8 at byte " + std::to_string(at) + "; send text encoded as UTF-8";
    } else if (detail.find("surrogate") != std::string::npos) {
      code = errc::invalid_surrogate;
      message = "a \\u escape leaves a lone or reversed UTF-16 surrogate: " + detail;
    } else if (detail.find("number overflow") != std::string::npos) {
      code = errc::number_out_of_range;
      message = "a number is too large for a double: " + detail;
    } else if (detail.find("unexpected end of input") != std::string::npos) {
      message = "the frame ends before the JSON value is complete (truncated?): " + detail;
    } else if (detail.find("expected end of input") != std::string::npos) {
      code = errc::trailing_content;
      message = "there is more text after the JSON value at byte " + std::to_string(at) +
                "; send exactly one JSON value per frame";
    } else {
      message = "the frame is not valid JSON at byte " + std::to_string(at) + ": " + detail;
    }
    set_error(code, std::move(message), at, starts_element(detail, at));
    return false;
  }

  std::optional<error>& failure() noexcept { return error_; }

 private:
  // An open object or array. `in_value`: one of its members (from its key to
  // the end of its value) or elements is being read, so an error now is in
  // that member or element and its path names it; between them, an error is
  // in the container itself.
  struct frame {
    bool is_array;
    std::size_t count = 0;
    bool in_value = false;
    std::string key;
    std::size_t begin = 0;  // tape index of the begin event
  };

  bool scalar(token t) {
    if (!value_starts()) return false;
    push(t);
    return value_done();
  }

  // Counts the value in its array; refuses the array past its limit.
  bool value_starts() {
    if (stack_.empty()) return true;
    frame& f = stack_.back();
    if (f.is_array) {
      if (f.count >= limits_.max_array_size)
        return fail(errc::array_too_long, "the array has more than " + std::to_string(limits_.max_array_size) +
                                              " elements; raise decode_limits::max_array_size to accept it");
      ++f.count;
      f.in_value = true;
    }
    return true;
  }

  // The value just read is complete: its container is between members again.
  bool value_done() noexcept {
    if (!stack_.empty()) stack_.back().in_value = false;
    return true;
  }

  // nlohmann reports an error inside a token before any event for it. In an
  // array between elements, an error inside a string, a number or a literal
  // (a prefix of true/false/null is before the failing byte) is in the next
  // element, which has begun.
  bool starts_element(const std::string& detail, std::size_t at) const {
    if (stack_.empty() || !stack_.back().is_array || stack_.back().in_value) return false;
    if (detail.find("invalid string") != std::string::npos || detail.find("invalid number") != std::string::npos ||
        detail.find("number overflow") != std::string::npos)
      return true;
    if (detail.find("invalid literal") == std::string::npos) return false;
    for (const std::string_view word : {std::string_view("true"), std::string_view("false"), std::string_view("null")})
      for (std::size_t k = 1; k < word.size() && k <= at; ++k)
        if (text_.substr(at - k, k) == word.substr(0, k)) return true;
    return false;
  }

  bool open(token t, bool is_array) {
    if (!value_starts()) return false;
    if (stack_.size() + 1 > limits_.max_depth)
      return fail(errc::too_deep, "objects and arrays are nested more than " + std::to_string(limits_.max_depth) +
                                      " deep; raise decode_limits::max_depth to accept it");
    push(t);
    stack_.push_back(frame{is_array, 0, false, {}, tape_.size() - 1});
    return true;
  }

  bool close(token t) {
    if (stack_.back().is_array) tape_[stack_.back().begin].num.u = stack_.back().count;
    stack_.pop_back();
    push(t);
    return value_done();
  }

  event& push(token t) {
    tape_.emplace_back();
    tape_.back().kind = t;
    return tape_.back();
  }

  bool fail_string(std::size_t n) {
    return fail(errc::string_too_long, "a string of " + std::to_string(n) + " bytes is longer than the limit of " +
                                           std::to_string(limits_.max_string_bytes) +
                                           "; raise decode_limits::max_string_bytes to accept it");
  }

  bool fail(errc code, std::string message) {
    set_error(code, std::move(message), unknown_offset);
    return false;
  }

  void set_error(errc code, std::string message, std::size_t at, bool in_next_element = false) {
    if (error_) return;
    // The innermost member or element being read (see frame::in_value).
    json_pointer p;
    for (const auto& f : stack_) {
      if (!f.in_value) {
        if (in_next_element) p.push_index(f.count);
        break;
      }
      if (f.is_array)
        p.push_index(f.count - 1);
      else
        p.push_key(f.key);
    }
    error e;
    e.code = code;
    e.path = p.str();
    if (at != unknown_offset) e.offset = at;
    e.message = std::move(message);
    error_ = std::move(e);
  }

  tape& tape_;
  const decode_limits& limits_;
  std::string_view text_;
  std::vector<frame> stack_;
  std::optional<error> error_;
};

/// Tokenizes `text` into `out`. Returns the error, if any.
inline std::optional<error> parse_with_nlohmann(std::string_view text, const decode_limits& limits, tape& out) {
  out.clear();
  if (text.size() > limits.max_frame_bytes)
    return error{errc::frame_too_large,
                 "",
                 limits.max_frame_bytes,
                 "the frame is " + std::to_string(text.size()) + " bytes, over the limit of " +
                     std::to_string(limits.max_frame_bytes) + "; raise decode_limits::max_frame_bytes to accept it",
                 {}};
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return error{errc::empty_input, "", 0, "the frame is empty; a frame must be one JSON value", {}};
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0)
    return error{
        errc::syntax_error, "", 0, "the frame starts with a UTF-8 byte order mark; send the JSON text without it", {}};
  out.reserve_text(text.size());  // bounds every string, key and lexeme nlohmann hands over
  tape_builder builder(out, limits, text);
#if WXIM_EXCEPTIONS
  try {
#endif
    nlohmann::json::sax_parse(text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json, true, false);
#if WXIM_EXCEPTIONS
  } catch (const std::exception& x) {
    // sax_parse reports through the handler; anything thrown is resource
    // exhaustion, which the limits are there to prevent.
    if (!builder.failure())
      return error{errc::frame_too_large, "", {}, std::string("the frame could not be parsed: ") + x.what(), {}};
  }
#endif
  if (builder.failure()) {
    out.clear();
    return std::move(builder.failure());
  }
  // nlohmann's lexer takes a NUL byte for the end of the input, so "{}\0x"
  // parses. Outside a string (inside one it is a control character, refused
  // above) a NUL is content after the value.
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    out.clear();
    return error{errc::trailing_content,
                 "",
                 nul,
                 "there is more text after the JSON value at byte " + std::to_string(nul) +
                     " (a NUL byte); send exactly one JSON value per frame",
                 {}};
  }
  return std::nullopt;
}

}  // namespace detail
WXIM_END_NAMESPACE
