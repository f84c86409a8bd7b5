// SPDX-License-Identifier: MIT
// wxim/dialect/jim/command.hpp: J-IM 2.x command numbers (`cmd` / `command`).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "wxim/codec/codec.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

/// The commands J-IM 2.x defines, numbered as on the wire (0–20). Anything
/// else (21+ from forks, a negative number) is `unknown`: 2.x frames never
/// carry it, and decoding refuses it with errc::unsupported_command.
enum class command : std::int32_t {
  none = 0,                ///< COMMAND_UNKNOW: only the `command` of the 10017 "cmd failed" reply
  handshake_req = 1,       ///< c2s (TCP; on WebSocket the HTTP upgrade is the handshake)
  handshake_resp = 2,      ///< s2c
  auth_req = 3,            ///< c2s
  auth_resp = 4,           ///< s2c
  login_req = 5,           ///< c2s
  login_resp = 6,          ///< s2c
  join_group_req = 7,      ///< c2s
  join_group_resp = 8,     ///< s2c
  join_group_notify = 9,   ///< s2c, to the whole group
  exit_group_notify = 10,  ///< s2c, to the whole group
  chat_req = 11,           ///< both: c2s send, s2c delivered message (push)
  chat_resp = 12,          ///< s2c: send status of a chat request (the "ack")
  heartbeat_req = 13,      ///< both: the reply uses 13 too
  close_req = 14,          ///< both: the reply uses 14 too
  cancel_msg_req = 15,     ///< declared, never implemented: a client sending it gets 10017
  cancel_msg_resp = 16,    ///< declared, never sent
  get_user_req = 17,       ///< c2s
  get_user_resp = 18,      ///< s2c
  get_message_req = 19,    ///< c2s
  get_message_resp = 20,   ///< s2c
  unknown = -1,            ///< a number 2.x does not define
};

inline constexpr std::int32_t max_command = 20;

/// The command of a wire number; `unknown` outside 0–20.
constexpr command to_command(std::int64_t n) noexcept {
  return n >= 0 && n <= max_command ? static_cast<command>(n) : command::unknown;
}

constexpr std::int32_t to_number(command c) noexcept { return static_cast<std::int32_t>(c); }

/// J-IM's own name: "COMMAND_CHAT_REQ", ...; "unknown" for command::unknown.
constexpr std::string_view to_string(command c) noexcept {
  switch (c) {
    case command::none:
      return "COMMAND_UNKNOW";
    case command::handshake_req:
      return "COMMAND_HANDSHAKE_REQ";
    case command::handshake_resp:
      return "COMMAND_HANDSHAKE_RESP";
    case command::auth_req:
      return "COMMAND_AUTH_REQ";
    case command::auth_resp:
      return "COMMAND_AUTH_RESP";
    case command::login_req:
      return "COMMAND_LOGIN_REQ";
    case command::login_resp:
      return "COMMAND_LOGIN_RESP";
    case command::join_group_req:
      return "COMMAND_JOIN_GROUP_REQ";
    case command::join_group_resp:
      return "COMMAND_JOIN_GROUP_RESP";
    case command::join_group_notify:
      return "COMMAND_JOIN_GROUP_NOTIFY_RESP";
    case command::exit_group_notify:
      return "COMMAND_EXIT_GROUP_NOTIFY_RESP";
    case command::chat_req:
      return "COMMAND_CHAT_REQ";
    case command::chat_resp:
      return "COMMAND_CHAT_RESP";
    case command::heartbeat_req:
      return "COMMAND_HEARTBEAT_REQ";
    case command::close_req:
      return "COMMAND_CLOSE_REQ";
    case command::cancel_msg_req:
      return "COMMAND_CANCEL_MSG_REQ";
    case command::cancel_msg_resp:
      return "COMMAND_CANCEL_MSG_RESP";
    case command::get_user_req:
      return "COMMAND_GET_USER_REQ";
    case command::get_user_resp:
      return "COMMAND_GET_USER_RESP";
    case command::get_message_req:
      return "COMMAND_GET_MESSAGE_REQ";
    case command::get_message_resp:
      return "COMMAND_GET_MESSAGE_RESP";
    case command::unknown:
      break;
  }
  return "unknown";
}

/// True for the commands a 2.x server has a handler for (1, 3, 5, 7, 11,
/// 13, 14, 17, 19). A client frame with any other `cmd` gets the 10017 reply.
constexpr bool is_handled_by_server(command c) noexcept {
  switch (c) {
    case command::handshake_req:
    case command::auth_req:
    case command::login_req:
    case command::join_group_req:
    case command::chat_req:
    case command::heartbeat_req:
    case command::close_req:
    case command::get_user_req:
    case command::get_message_req:
      return true;
    default:
      return false;
  }
}

/// True for the commands a 2.x server writes as `command` (0, 2, 4, 6, 8–14,
/// 18, 20). 15 and 16 are declared but never sent.
constexpr bool is_sent_by_server(command c) noexcept {
  switch (c) {
    case command::none:
    case command::handshake_resp:
    case command::auth_resp:
    case command::login_resp:
    case command::join_group_resp:
    case command::join_group_notify:
    case command::exit_group_notify:
    case command::chat_req:
    case command::chat_resp:
    case command::heartbeat_req:
    case command::close_req:
    case command::get_user_resp:
    case command::get_message_resp:
      return true;
    default:
      return false;
  }
}

/// True when a frame going `dir` may carry `c` (c2s: is_handled_by_server;
/// s2c: is_sent_by_server; any: either).
constexpr bool is_valid_in(command c, direction dir) noexcept {
  switch (dir) {
    case direction::c2s:
      return is_handled_by_server(c);
    case direction::s2c:
      return is_sent_by_server(c);
    case direction::any:
      break;
  }
  return is_handled_by_server(c) || is_sent_by_server(c);
}

}  // namespace jim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim::detail {

/// The integer a `cmd` / `command` value holds: a JSON integer, or under
/// numeric-strings a string of digits; nullopt for anything else.
inline std::optional<std::int64_t> command_number(const wxim::detail::event& e, bool numeric_strings) {
  if (e.kind == wxim::detail::token::int_value) return e.num.i;
  if (e.kind == wxim::detail::token::uint_value) return INT64_MAX;  // far outside 0-20 either way
  if (e.kind == wxim::detail::token::string_value && numeric_strings && wxim::detail::is_integer_lexeme(e.text)) {
    std::int64_t v = 0;
    const auto res = std::from_chars(e.text.data(), e.text.data() + e.text.size(), v);
    if (res.ptr == e.text.data() + e.text.size()) return res.ec == std::errc() ? v : INT64_MAX;
  }
  return std::nullopt;
}

/// Why a `cmd` / `command` value is refused: not an integer, or a number
/// 2.x does not define.
inline std::string bad_command_message(const wxim::detail::event& e, bool numeric_strings) {
  std::string m;
  if (const auto n = command_number(e, numeric_strings)) {
    m = "command ";
    if (e.kind == wxim::detail::token::int_value)
      m += std::to_string(e.num.i);
    else if (e.kind == wxim::detail::token::uint_value)
      m += std::to_string(e.num.u);
    else
      m += e.text;
    m += " is not defined by J-IM 2.x, which has 0-20 (forks number their own commands from 21)";
    return m;
  }
  m = "a J-IM command is an integer 0-20";
  if (numeric_strings) m += " (or a string of digits)";
  m += ", got ";
  if (e.kind == wxim::detail::token::string_value) {
    m += "the string ";
    wxim::detail::json_writer::append_quoted(m, e.text);
    if (wxim::detail::is_integer_lexeme(e.text))
      m += " (J-IM's server coerces numeric strings; the numeric-strings leniency accepts them)";
    else if (e.text.rfind("COMMAND_", 0) == 0)
      m += " (tio-im 0.0.2 wrote the command's name; 2.x writes its number)";
  } else if (e.kind == wxim::detail::token::float_value) {
    m += e.text;
  } else {
    m += wxim::detail::describe_token(e.kind);
  }
  return m;
}

}  // namespace jim::detail
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// A command is an integer 0-20 on the wire (a string of digits under
/// leniency::numeric_strings). Any other value, including a number 2.x does
/// not define, is errc::unsupported_command.
template <>
struct codec<jim::command> {
  static bool read(reader& r, jim::command& out) {
    const bool lenient = r.lenient(leniency::numeric_strings);
    const auto n = jim::detail::command_number(r.peek(), lenient);
    const jim::command c = n ? jim::to_command(*n) : jim::command::unknown;
    if (c == jim::command::unknown)
      return r.fail(errc::unsupported_command, jim::detail::bad_command_message(r.peek(), lenient));
    const auto& e = r.take();
    if (e.kind == wxim::detail::token::string_value) r.spelled_as_string(e.text);  // written back as "11"
    out = c;
    return true;
  }
  static void write(writer& w, jim::command c) { w.integer(jim::to_number(c)); }
};

WXIM_END_NAMESPACE
