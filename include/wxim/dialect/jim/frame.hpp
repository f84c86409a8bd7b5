// SPDX-License-Identifier: MIT
// wxim/dialect/jim/frame.hpp: any J-IM 2.x frame: classify, decode, validate, encode.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "wxim/codec/decode.hpp"
#include "wxim/detail/json_pointer.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/dialect/jim/client_frames.hpp"
#include "wxim/dialect/jim/command.hpp"
#include "wxim/dialect/jim/detail/keys.hpp"
#include "wxim/dialect/jim/server_frames.hpp"
#include "wxim/dialect/jim/status.hpp"
#include "wxim/dialect/jim/validate.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

/// Every 2.x frame; the order matches `frame`'s alternatives. Client frames
/// (`cmd`) first, then server frames (`command`). to_string gives the name
/// `wxim decode` prints.
enum class frame_kind {
  handshake,          ///< cmd 1
  auth,               ///< cmd 3
  login,              ///< cmd 5
  join_group,         ///< cmd 7
  chat,               ///< cmd 11
  heartbeat,          ///< cmd 13
  close,              ///< cmd 14
  get_user,           ///< cmd 17
  get_message,        ///< cmd 19
  cmd_failed,         ///< command 0 (10017)
  handshake_reply,    ///< command 2
  auth_reply,         ///< command 4
  login_reply,        ///< command 6
  join_group_reply,   ///< command 8
  join_group_notify,  ///< command 9
  exit_group_notify,  ///< command 10
  chat_push,          ///< command 11
  chat_ack,           ///< command 12
  heartbeat_reply,    ///< command 13
  close_reply,        ///< command 14
  get_user_reply,     ///< command 18
  get_message_reply,  ///< command 20
};

using frame =
    std::variant<handshake_request, auth_request, login_request, join_group_request, chat_body, heartbeat_request,
                 close_request, get_user_request, get_message_request, cmd_failed_reply, handshake_reply, auth_reply,
                 login_reply, join_group_reply, join_group_notify, exit_group_notify, chat_push, chat_ack,
                 heartbeat_reply, close_reply, get_user_reply, get_message_reply>;

inline constexpr frame_kind all_frame_kinds[] = {
    frame_kind::handshake,
    frame_kind::auth,
    frame_kind::login,
    frame_kind::join_group,
    frame_kind::chat,
    frame_kind::heartbeat,
    frame_kind::close,
    frame_kind::get_user,
    frame_kind::get_message,
    frame_kind::cmd_failed,
    frame_kind::handshake_reply,
    frame_kind::auth_reply,
    frame_kind::login_reply,
    frame_kind::join_group_reply,
    frame_kind::join_group_notify,
    frame_kind::exit_group_notify,
    frame_kind::chat_push,
    frame_kind::chat_ack,
    frame_kind::heartbeat_reply,
    frame_kind::close_reply,
    frame_kind::get_user_reply,
    frame_kind::get_message_reply,
};

constexpr std::string_view to_string(frame_kind k) noexcept {
  switch (k) {
    case frame_kind::handshake:
      return "handshake";
    case frame_kind::auth:
      return "auth";
    case frame_kind::login:
      return "login";
    case frame_kind::join_group:
      return "join_group";
    case frame_kind::chat:
      return "chat";
    case frame_kind::heartbeat:
      return "heartbeat";
    case frame_kind::close:
      return "close";
    case frame_kind::get_user:
      return "get_user";
    case frame_kind::get_message:
      return "get_message";
    case frame_kind::cmd_failed:
      return "cmd_failed";
    case frame_kind::handshake_reply:
      return "handshake_reply";
    case frame_kind::auth_reply:
      return "auth_reply";
    case frame_kind::login_reply:
      return "login_reply";
    case frame_kind::join_group_reply:
      return "join_group_reply";
    case frame_kind::join_group_notify:
      return "join_group_notify";
    case frame_kind::exit_group_notify:
      return "exit_group_notify";
    case frame_kind::chat_push:
      return "chat_push";
    case frame_kind::chat_ack:
      return "chat_ack";
    case frame_kind::heartbeat_reply:
      return "heartbeat_reply";
    case frame_kind::close_reply:
      return "close_reply";
    case frame_kind::get_user_reply:
      return "get_user_reply";
    case frame_kind::get_message_reply:
      return "get_message_reply";
  }
  return "unknown";
}

constexpr std::optional<frame_kind> parse_frame_kind(std::string_view name) noexcept {
  for (frame_kind k : all_frame_kinds)
    if (to_string(k) == name) return k;
  return std::nullopt;
}

constexpr direction direction_of(frame_kind k) noexcept {
  return static_cast<int>(k) <= static_cast<int>(frame_kind::get_message) ? direction::c2s : direction::s2c;
}

/// The `cmd` (c2s) or `command` (s2c) a frame of this kind carries.
constexpr command command_of(frame_kind k) noexcept {
  switch (k) {
    case frame_kind::handshake:
      return command::handshake_req;
    case frame_kind::auth:
      return command::auth_req;
    case frame_kind::login:
      return command::login_req;
    case frame_kind::join_group:
      return command::join_group_req;
    case frame_kind::chat:
      return command::chat_req;
    case frame_kind::heartbeat:
      return command::heartbeat_req;
    case frame_kind::close:
      return command::close_req;
    case frame_kind::get_user:
      return command::get_user_req;
    case frame_kind::get_message:
      return command::get_message_req;
    case frame_kind::cmd_failed:
      return command::none;
    case frame_kind::handshake_reply:
      return command::handshake_resp;
    case frame_kind::auth_reply:
      return command::auth_resp;
    case frame_kind::login_reply:
      return command::login_resp;
    case frame_kind::join_group_reply:
      return command::join_group_resp;
    case frame_kind::join_group_notify:
      return command::join_group_notify;
    case frame_kind::exit_group_notify:
      return command::exit_group_notify;
    case frame_kind::chat_push:
      return command::chat_req;
    case frame_kind::chat_ack:
      return command::chat_resp;
    case frame_kind::heartbeat_reply:
      return command::heartbeat_req;
    case frame_kind::close_reply:
      return command::close_req;
    case frame_kind::get_user_reply:
      return command::get_user_resp;
    case frame_kind::get_message_reply:
      return command::get_message_resp;
  }
  return command::unknown;
}

/// The kind of a frame carrying `c` going `dir` (c2s or s2c), or nullopt
/// when no 2.x frame does (a client's cmd 12, a server's command 19, ...).
constexpr std::optional<frame_kind> kind_for(command c, direction dir) noexcept {
  for (frame_kind k : all_frame_kinds)
    if (command_of(k) == c && (dir == direction::any || direction_of(k) == dir)) return k;
  return std::nullopt;
}

inline frame_kind kind_of(const frame& f) noexcept { return static_cast<frame_kind>(f.index()); }

/// The number under `cmd` or `command`, as sent, even one 2.x does not
/// define (a fork's 21+), for tools that report it.
struct wire_command {
  direction dir = direction::any;      ///< c2s for `cmd`, s2c for `command`
  std::string key;                     ///< the key as sent ("cmd", or "CMD" under case-insensitive-keys)
  raw_json value;                      ///< the value as sent
  std::optional<std::int64_t> number;  ///< when it is an integer (or a digit string under numeric-strings)
  command known = command::unknown;    ///< the 2.x command, or unknown
};

namespace detail {

inline std::optional<int> unrouted(direction dir) {
  return dir == direction::c2s ? std::optional<int>(to_number(status::unknown_cmd)) : std::nullopt;
}

inline error frame_error(errc code, std::string path, std::string message, std::optional<int> peer = std::nullopt) {
  return error{code, std::move(path), std::nullopt, std::move(message), peer};
}

struct located_command {
  direction dir = direction::any;
  std::size_t value = 0;  ///< tape index of the value
};

/// Finds `cmd` / `command` at the top level and settles the direction.
inline result<located_command> locate_command(const wxim::detail::tape& t, direction dir, bool loosely) {
  using wxim::detail::token;
  if (t.empty() || t[0].kind != token::begin_object) {
    const token k = t.empty() ? token::null_value : t[0].kind;
    return frame_error(k == token::null_value ? errc::unexpected_null : errc::type_mismatch, "",
                       "a J-IM frame is a JSON object, got " + std::string(wxim::detail::describe_token(k)),
                       unrouted(dir));
  }
  const auto cmd = find_field(t, "cmd", loosely);
  const auto command_key = find_field(t, "command", loosely);
  switch (dir) {
    case direction::c2s:
      if (cmd) return located_command{direction::c2s, *cmd};
      return frame_error(errc::unknown_frame, "",
                         command_key ? "a client frame carries `cmd`; `command` is what the server writes"
                                     : "no `cmd` key: this is not a J-IM request",
                         unrouted(dir));
    case direction::s2c:
      if (command_key) return located_command{direction::s2c, *command_key};
      return frame_error(errc::unknown_frame, "",
                         cmd ? "a server frame carries `command`; `cmd` is what the client writes"
                             : "no `command` key: this is not a J-IM server frame");
    case direction::any:
      break;
  }
  if (cmd && command_key)
    return frame_error(errc::ambiguous_frame, "",
                       "both `cmd` (a client's key) and `command` (the server's) at the top level; give a direction");
  if (cmd) return located_command{direction::c2s, *cmd};
  if (command_key) return located_command{direction::s2c, *command_key};
  return frame_error(errc::unknown_frame, "",
                     "no J-IM frame looks like this: no `cmd` (client) or `command` (server) key");
}

inline std::string key_path(const wxim::detail::tape& t, std::size_t value_index) {
  wxim::detail::json_pointer p;
  p.push_key(t[value_index - 1].text);
  return p.str();
}

inline result<frame_kind> classify_tape(const wxim::detail::tape& t, direction dir, const decode_options& options) {
  auto at = locate_command(t, dir, has(options.lenient, leniency::case_insensitive_keys));
  if (!at) return std::move(at).error();
  const direction side = at->dir;
  const std::string path = key_path(t, at->value);
  const bool numeric = has(options.lenient, leniency::numeric_strings);
  const auto& e = t[at->value];
  const auto n = command_number(e, numeric);
  const command c = n ? to_command(*n) : command::unknown;
  if (c == command::unknown)
    return frame_error(errc::unsupported_command, path, bad_command_message(e, numeric), unrouted(side));
  if (const auto k = kind_for(c, side)) return *k;
  const std::string name = std::to_string(to_number(c)) + " (" + std::string(to_string(c)) + ")";
  if (side == direction::c2s) {
    std::string why = c == command::cancel_msg_req ? " is declared but never implemented"
                      : is_sent_by_server(c)       ? " is sent by the server only"
                                                   : " is never sent by anyone";
    return frame_error(errc::invalid_value, path,
                       "cmd " + name + why + "; a 2.x server answers a client frame carrying it with 10017",
                       unrouted(side));
  }
  return frame_error(
      errc::invalid_value, path,
      "a 2.x server never sends command " + name + (is_handled_by_server(c) ? ", which is a client's request" : ""));
}

/// The options with J-IM's key rule for case-insensitive-keys (fastjson's
/// matching, keys.hpp); a key so matched is written back as it came.
inline decode_options with_fastjson_keys(decode_options options) noexcept {
  options.match_key_loosely = &fastjson_rule;
  return options;
}

/// A strict-mode type error on a digit string says how J-IM reads it.
inline void hint_numeric_string(error& e, const decode_options& options) {
  if (e.code == errc::type_mismatch && !has(options.lenient, leniency::numeric_strings) &&
      e.message == "expected an integer, got a string")
    e.message += " (J-IM's server coerces numeric strings such as \"1\"; the numeric-strings leniency accepts them)";
}

template <std::size_t I>
result<frame> decode_as(wxim::detail::tape& t, const decode_options& options) {
  using T = std::variant_alternative_t<I, frame>;
  constexpr frame_kind kind = static_cast<frame_kind>(I);
  auto r = wxim::detail::decode_tape<T>(t, with_fastjson_keys(options));
  const bool request = direction_of(kind) == direction::c2s;
  if (!r) {
    error e = std::move(r).error();
    hint_numeric_string(e, options);
    if (request) e.peer_status = peer_status_for(command_of(kind), e);
    return e;
  }
  if (auto e = validate(*r)) return std::move(*e);
  return frame(std::in_place_index<I>, std::move(*r));
}

template <std::size_t... I>
result<frame> decode_kind(frame_kind k, wxim::detail::tape& t, const decode_options& options,
                          std::index_sequence<I...>) {
  using fn = result<frame> (*)(wxim::detail::tape&, const decode_options&);
  static constexpr fn table[] = {&decode_as<I>...};
  return table[static_cast<std::size_t>(k)](t, options);
}

inline result<wxim::detail::tape> tokenize(std::string_view text, direction dir, const decode_options& options) {
  wxim::detail::tape t;
  if (auto err = wxim::detail::tokenize(text, options, t)) {
    err->peer_status = unrouted(dir);
    return std::move(*err);
  }
  return t;
}

}  // namespace detail

/// Which frame this text is, from its top-level `cmd` (a client frame) or
/// `command` (a server frame) and the direction. Refused: a frame with
/// neither key (unknown_frame), with both and no direction (ambiguous_frame),
/// with a non-integer or a number 2.x does not define (unsupported_command),
/// or with a command that no frame of that direction carries (invalid_value:
/// a client's cmd 12 or 15, a server's command 19). For a client frame the
/// error's peer_status is 10017, as the server would answer.
inline result<frame_kind> classify(std::string_view text, direction dir = direction::any,
                                   const decode_options& options = {}) {
  auto t = detail::tokenize(text, dir, options);
  if (!t) return std::move(t).error();
  return detail::classify_tape(*t, dir, options);
}

/// Classifies, decodes and validates (validate.hpp) in one pass over the
/// text. Errors about a client frame carry, in peer_status, the status a
/// 2.x server would answer with, where it answers.
inline result<frame> decode_frame(std::string_view text, direction dir = direction::any,
                                  const decode_options& options = {}) {
  auto t = detail::tokenize(text, dir, options);
  if (!t) return std::move(t).error();
  auto kind = detail::classify_tape(*t, dir, options);
  if (!kind) return std::move(kind).error();
  return detail::decode_kind(*kind, *t, options, std::make_index_sequence<std::variant_size_v<frame>>{});
}

/// Decodes one body of a known type (e.g. a chat_body, a user) with the same
/// key matching as decode_frame under case-insensitive-keys; no frame rules.
template <class T>
result<T> decode_body(std::string_view text, const decode_options& options = {}) {
  wxim::detail::tape t;
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  return wxim::detail::decode_tape<T>(t, detail::with_fastjson_keys(options));
}

/// The `cmd` or `command` of a frame as sent, whatever its value; fails only
/// for text that is not a JSON object with one of those keys.
inline result<wire_command> peek_command(std::string_view text, direction dir = direction::any,
                                         const decode_options& options = {}) {
  auto t = detail::tokenize(text, dir, options);
  if (!t) return std::move(t).error();
  auto at = detail::locate_command(*t, dir, has(options.lenient, leniency::case_insensitive_keys));
  if (!at) return std::move(at).error();
  wire_command w;
  w.dir = at->dir;
  w.key = (*t)[at->value - 1].text;
  w.number = detail::command_number((*t)[at->value], has(options.lenient, leniency::numeric_strings));
  w.known = w.number ? to_command(*w.number) : command::unknown;
  reader r(*t, options);
  for (std::size_t i = 0; i < at->value; ++i) r.take();
  if (!r.read_raw(w.value)) return std::move(*r.failure());
  return w;
}

/// The frame rules (validate.hpp) for any frame, e.g. one you built.
inline std::optional<error> validate(const frame& f) {
  return std::visit([](const auto& v) -> std::optional<error> { return validate(v); }, f);
}

inline std::string encode(const frame& f) {
  return std::visit([](const auto& v) { return wxim::encode(v); }, f);
}

}  // namespace jim
WXIM_END_NAMESPACE
