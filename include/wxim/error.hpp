// SPDX-License-Identifier: MIT
// wxim/error.hpp: what went wrong, where, and what to do about it.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// Every failure wxim reports. Values are stable; names (to_string) are what
/// the CLI prints in `error.code`.
enum class errc {
  // Text that is not one well-formed JSON value.
  empty_input = 1,    ///< zero bytes, or only whitespace
  syntax_error,       ///< not JSON: a bad token, a missing comma, truncated text
  invalid_utf8,       ///< bytes that are not UTF-8 (overlong, surrogate, truncated sequence)
  invalid_surrogate,  ///< a \u escape that leaves a lone or reversed surrogate
  trailing_content,   ///< more text after the one JSON value
  // Limits (decode_limits): the frame is refused before it costs more.
  frame_too_large,
  too_deep,
  string_too_long,
  array_too_long,
  // Well-formed JSON that does not fit the shape.
  type_mismatch,        ///< e.g. a number where a string is required
  missing_field,        ///< a required key is absent
  unexpected_null,      ///< null where the shape does not allow it
  duplicate_key,        ///< the same key twice in one object
  number_out_of_range,  ///< an integer that does not fit its field, e.g. 2^64 in an int64
  invalid_value,        ///< the right type but a value a rule forbids (chatType 7, a negative size)
  // Frames.
  unknown_frame,        ///< well-formed, but no frame of the dialect looks like this
  ambiguous_frame,      ///< it could be more than one frame; say which with a direction
  unsupported_command,  ///< a command number the dialect's version does not define
  // Chat logic.
  too_large,         ///< a file larger than the whole cache budget
  invalid_argument,  ///< a caller-supplied argument out of its domain
};

constexpr std::string_view to_string(errc e) noexcept {
  switch (e) {
    case errc::empty_input:
      return "empty_input";
    case errc::syntax_error:
      return "syntax_error";
    case errc::invalid_utf8:
      return "invalid_utf8";
    case errc::invalid_surrogate:
      return "invalid_surrogate";
    case errc::trailing_content:
      return "trailing_content";
    case errc::frame_too_large:
      return "frame_too_large";
    case errc::too_deep:
      return "too_deep";
    case errc::string_too_long:
      return "string_too_long";
    case errc::array_too_long:
      return "array_too_long";
    case errc::type_mismatch:
      return "type_mismatch";
    case errc::missing_field:
      return "missing_field";
    case errc::unexpected_null:
      return "unexpected_null";
    case errc::duplicate_key:
      return "duplicate_key";
    case errc::number_out_of_range:
      return "number_out_of_range";
    case errc::invalid_value:
      return "invalid_value";
    case errc::unknown_frame:
      return "unknown_frame";
    case errc::ambiguous_frame:
      return "ambiguous_frame";
    case errc::unsupported_command:
      return "unsupported_command";
    case errc::too_large:
      return "too_large";
    case errc::invalid_argument:
      return "invalid_argument";
  }
  return "unknown_error";
}

namespace detail {
class error_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "wxim"; }
  std::string message(int ev) const override { return std::string(to_string(static_cast<errc>(ev))); }
};
}  // namespace detail

inline const std::error_category& error_category() noexcept {
  static const detail::error_category_impl cat;
  return cat;
}

inline std::error_code make_error_code(errc e) noexcept { return {static_cast<int>(e), error_category()}; }

/// One failure: its code, the JSON pointer of the offending value ("" for the
/// whole frame), the byte offset in the input where known, and a sentence for
/// a person. `peer_status` is the status the real peer would answer with, for
/// dialects that answer (J-IM's 10000-range codes).
struct error {
  errc code = errc::invalid_argument;
  std::string path;
  std::optional<std::size_t> offset;
  std::string message;
  std::optional<int> peer_status;

  std::error_code error_code() const noexcept { return make_error_code(code); }

  /// "missing_field at /userInfo/userId: ..." for logs.
  std::string describe() const {
    std::string s(to_string(code));
    s += " at ";
    s += path.empty() ? std::string("(frame)") : path;
    if (offset) {
      s += " (byte ";
      s += std::to_string(*offset);
      s += ')';
    }
    s += ": ";
    s += message;
    return s;
  }

  friend bool operator==(const error& a, const error& b) {
    return a.code == b.code && a.path == b.path && a.offset == b.offset && a.message == b.message &&
           a.peer_status == b.peer_status;
  }
  friend bool operator!=(const error& a, const error& b) { return !(a == b); }
};

/// The one exception type of the throwing conveniences; carries the error.
class exception : public std::system_error {
 public:
  explicit exception(wxim::error e) : std::system_error(e.error_code(), e.describe()), error_(std::move(e)) {}
  const wxim::error& error() const noexcept { return error_; }

 private:
  wxim::error error_;
};

WXIM_END_NAMESPACE

template <>
struct std::is_error_code_enum<wxim::errc> : std::true_type {};
