// SPDX-License-Identifier: MIT
// wxim/dialect/room/values.hpp: the chatroom's enumerations and its three
// values with a wire form of their own (`user`, `code`, a heartbeat's `payLoad`).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "wxim/codec/codec.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

/// The envelope's `type` (c2s). No other value is a room frame: the spec
/// defines only these three, and a frame with another is refused with
/// errc::unsupported_command at `/type`.
enum class frame_type : std::int64_t { heartbeat = 1, send = 2, join = 3 };

constexpr std::string_view to_string(frame_type t) noexcept {
  switch (t) {
    case frame_type::heartbeat:
      return "heartbeat";
    case frame_type::send:
      return "send";
    case frame_type::join:
      return "join";
  }
  return "unknown";
}

/// 1, 2 or 3 as a frame_type; nothing for any other number.
constexpr std::optional<frame_type> parse_frame_type(std::int64_t v) noexcept {
  if (v >= 1 && v <= 3) return static_cast<frame_type>(v);
  return std::nullopt;
}

/// A chat record's `type`. Any other string is `unknown`; the record keeps
/// the string itself (and its content as the plain string it is).
enum class record_type { message, question, answer, unknown };

constexpr std::string_view to_string(record_type t) noexcept {
  switch (t) {
    case record_type::message:
      return "message";
    case record_type::question:
      return "question";
    case record_type::answer:
      return "answer";
    case record_type::unknown:
      break;
  }
  return "unknown";
}

constexpr record_type parse_record_type(std::string_view s) noexcept {
  if (s == "message") return record_type::message;
  if (s == "question") return record_type::question;
  if (s == "answer") return record_type::answer;
  return record_type::unknown;
}

/// The reply code that carries a chat record.
inline constexpr std::int64_t record_code = 200;

/// The page's send mode (UI only, spec §8): `ask` shows the ask button,
/// `sure_ask` makes the next send a question posted over HTTP.
enum class send_mode { ask, send, sure_ask };

constexpr std::string_view to_string(send_mode m) noexcept {
  switch (m) {
    case send_mode::ask:
      return "ask";
    case send_mode::send:
      return "send";
    case send_mode::sure_ask:
      return "sureAsk";
  }
  return "unknown";
}

/// A record's `user`: the app's user id, whose JSON type the spec does not
/// know. A number or a string is accepted and written back as the same kind
/// (a number with its spelling). `text` is the id as text either way.
struct user_id {
  std::string text;
  bool is_number = false;

  user_id() = default;
  user_id(std::string s) : text(std::move(s)) {}
  user_id(const char* s) : text(s) {}
  user_id(std::int64_t n) : text(std::to_string(n)), is_number(true) {}
  user_id(int n) : user_id(static_cast<std::int64_t>(n)) {}

  friend bool operator==(const user_id& a, const user_id& b) { return a.text == b.text && a.is_number == b.is_number; }
  friend bool operator!=(const user_id& a, const user_id& b) { return !(a == b); }
};

/// A reply's `code`: a number (200 for a chat record). The client compares
/// loosely, so `"200"` would work too; wxim accepts a string of digits only
/// under leniency::numeric_strings and then writes it back as a string.
struct reply_code {
  std::int64_t value = record_code;
  bool as_string = false;

  reply_code() = default;
  reply_code(std::int64_t v) : value(v) {}

  friend bool operator==(const reply_code& a, const reply_code& b) {
    return a.value == b.value && a.as_string == b.as_string;
  }
  friend bool operator!=(const reply_code& a, const reply_code& b) { return !(a == b); }
};

/// A heartbeat's `payLoad`: the empty string, which is not JSON. Any other
/// string is accepted only under leniency::any_content, and kept verbatim.
struct heartbeat_payload {
  std::string text;

  friend bool operator==(const heartbeat_payload& a, const heartbeat_payload& b) { return a.text == b.text; }
  friend bool operator!=(const heartbeat_payload& a, const heartbeat_payload& b) { return !(a == b); }
};

namespace detail {

/// A JSON integer, or under numeric_strings a string of digits, as int64.
inline std::optional<std::int64_t> loose_integer(const wxim::detail::event& e, bool numeric_strings) noexcept {
  if (e.kind == wxim::detail::token::int_value) return e.num.i;
  if (e.kind == wxim::detail::token::string_value && numeric_strings && wxim::detail::is_integer_lexeme(e.text)) {
    std::int64_t v = 0;
    const char* last = e.text.data() + e.text.size();
    const auto r = std::from_chars(e.text.data(), last, v);
    if (r.ec == std::errc() && r.ptr == last) return v;
  }
  return std::nullopt;
}

}  // namespace detail
}  // namespace room
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<room::user_id> {
  static bool read(reader& r, room::user_id& out) {
    const detail::event& e = r.peek();
    switch (e.kind) {
      case detail::token::string_value:
        out.is_number = false;
        out.text = e.text;
        break;
      case detail::token::int_value:
        out.is_number = true;
        out.text = std::to_string(e.num.i);
        break;
      case detail::token::uint_value:
        out.is_number = true;
        out.text = std::to_string(e.num.u);
        break;
      case detail::token::float_value:
        out.is_number = true;
        out.text = e.text;
        break;
      default:
        return r.type_error("a user id (a number or a string)");
    }
    r.take();
    return true;
  }
  static void write(writer& w, const room::user_id& v) {
    if (v.is_number && !v.text.empty())
      w.raw(v.text);
    else
      w.string(v.text);
  }
};

template <>
struct codec<room::reply_code> {
  static bool read(reader& r, room::reply_code& out) {
    const detail::event& e = r.peek();
    const bool loose = r.lenient(leniency::numeric_strings);
    if (const auto v = room::detail::loose_integer(e, loose)) {
      out.value = *v;
      out.as_string = e.kind == detail::token::string_value;
      r.take();
      return true;
    }
    if (e.kind == detail::token::uint_value ||
        (e.kind == detail::token::string_value && loose && detail::is_integer_lexeme(e.text)))
      return r.fail(errc::number_out_of_range, "the reply code is out of range");
    return r.type_error(loose ? "a reply code (an integer or a string of digits)"
                              : "a reply code as an integer (\"200\" is accepted under the numeric-strings leniency)");
  }
  static void write(writer& w, const room::reply_code& v) {
    if (v.as_string)
      w.string(std::to_string(v.value));
    else
      w.integer(v.value);
  }
};

template <>
struct codec<room::heartbeat_payload> {
  static bool read(reader& r, room::heartbeat_payload& out) {
    if (r.peek().kind != detail::token::string_value) return r.type_error("a string (the empty string on a heartbeat)");
    if (!r.peek().text.empty() && !r.lenient(leniency::any_content))
      return r.fail(errc::invalid_value,
                    "a heartbeat's payLoad is the empty string \"\" (any other string is "
                    "kept under the any-content leniency)");
    out.text.assign(r.take().text);
    return true;
  }
  static void write(writer& w, const room::heartbeat_payload& v) { w.string(v.text); }
};

WXIM_END_NAMESPACE
