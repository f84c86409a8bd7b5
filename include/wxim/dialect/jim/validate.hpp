// SPDX-License-Identifier: MIT
// wxim/dialect/jim/validate.hpp: the rules a J-IM 2.x server applies beyond types.
//
// decode_frame applies them after decoding; call them yourself on frames you
// build. Each rule that fails gives an error whose message names the rule
// and, for a client frame, whose `peer_status` is the status a 2.x server
// would answer with (none where it sends no reply or closes the connection).
// docs/dialects/jim.md lists the rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/detail/json_pointer.hpp"
#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/dialect/jim/client_frames.hpp"
#include "wxim/dialect/jim/command.hpp"
#include "wxim/dialect/jim/server_frames.hpp"
#include "wxim/dialect/jim/status.hpp"
#include "wxim/error.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

namespace detail {

inline error rule(errc code, std::string path, std::string message, std::optional<status> peer = std::nullopt) {
  return error{code, std::move(path), std::nullopt, std::move(message),
               peer ? std::optional<int>(to_number(*peer)) : std::nullopt};
}

inline bool is_blank(std::string_view s) noexcept {
  for (char c : s)
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return false;
  return true;
}

inline bool is_empty(const std::optional<std::string>& s) noexcept { return !s || s->empty(); }

inline std::optional<error> check_command(command got, command want, std::string_view key) {
  if (got == want) return std::nullopt;
  return rule(errc::invalid_value, "/" + std::string(key),
              "this frame carries " + std::string(key) + " " + std::to_string(to_number(want)) + " (" +
                  std::string(to_string(want)) + "), not " + std::to_string(to_number(got)));
}

inline std::optional<error> check_status(command c, status s) {
  if (is_reply_status(c, s)) return std::nullopt;
  std::string m = "a 2.x server does not answer command " + std::to_string(to_number(c)) + " (" +
                  std::string(to_string(c)) + ") with code " + std::to_string(to_number(s));
  if (!is_known(s))
    m += ", which 2.x does not define (its codes are 10000-10021)";
  else if (s == status::protocol_version_mismatch || s == status::unsupported_cmd)
    m += ": 10013 and 10014 are never sent as JSON (the server closes the TCP connection)";
  else if (s == status::online)
    m += ": 10019 is used by the HTTP API only";
  return rule(errc::invalid_value, "/code", std::move(m));
}

}  // namespace detail

/// A chat body (cmd 11), at JSON pointer `path` in its frame. `request`:
/// the frame is a client's chat request, so the error carries the status
/// the server answers with; false for the `data` of a push and for stored
/// messages. Rules:
/// - `cmd` is 11;
/// - `chatType` is 0, 1 or 2 (2.x sends no reply otherwise; a missing
///   chatType is the decoder's missing_field, answered 10002);
/// - group chat (1) needs a non-empty `group_id` (the server answers 10000
///   and delivers to nobody);
/// - private chat (2) needs a non-empty `to` (the server answers 10001).
inline std::optional<error> validate(const chat_body& b, const std::string& path = {}, bool request = true) {
  const auto peer = [&](status s) { return request ? std::optional<status>(s) : std::nullopt; };
  if (auto e = detail::check_command(b.cmd, command::chat_req, "cmd")) {
    e->path = path + e->path;
    return e;
  }
  if (b.chat_type < 0 || b.chat_type > 2)
    return detail::rule(errc::invalid_value, path + "/chatType",
                        "chatType is 0 (unknown), 1 (group) or 2 (private), not " + std::to_string(b.chat_type) +
                            "; a 2.x server drops such a message without a reply");
  if (b.chat_type == 1 && detail::is_empty(b.group_id))
    return detail::rule(b.group_id ? errc::invalid_value : errc::missing_field, path + "/group_id",
                        "a group chat (chatType 1) needs a group_id; without one the server still answers 10000 "
                        "but delivers the message to nobody",
                        peer(status::send_ok));
  if (b.chat_type == 2 && detail::is_empty(b.to))
    return detail::rule(b.to ? errc::invalid_value : errc::missing_field, path + "/to",
                        "a private chat (chatType 2) needs a `to`; without one the server answers 10001 (offline)",
                        peer(status::offline));
  return std::nullopt;
}

/// cmd 19: `userId` not empty (10015); `type` 0 or 1 (10015); a history
/// request (type 1) names `groupId` or `fromUserId` (10015).
inline std::optional<error> validate(const get_message_request& r) {
  if (auto e = detail::check_command(r.cmd, command::get_message_req, "cmd")) return e;
  if (r.user_id.empty())
    return detail::rule(errc::invalid_value, "/userId", "a get-message request needs a non-empty userId",
                        status::get_message_failed);
  if (r.type != 0 && r.type != 1)
    return detail::rule(errc::invalid_value, "/type",
                        "a get-message type is 0 (offline) or 1 (history), not " + std::to_string(r.type),
                        status::get_message_failed);
  if (r.type == 1 && detail::is_empty(r.group_id) && detail::is_empty(r.from_user_id))
    return detail::rule(errc::missing_field, "/groupId",
                        "a history request (type 1) needs groupId (a group's messages) or fromUserId (a private "
                        "conversation's)",
                        status::get_message_failed);
  return std::nullopt;
}

/// cmd 17: `userid` not empty (10004).
inline std::optional<error> validate(const get_user_request& r) {
  if (auto e = detail::check_command(r.cmd, command::get_user_req, "cmd")) return e;
  if (r.userid.empty())
    return detail::rule(errc::invalid_value, "/userid", "a get-user request needs a non-empty userid",
                        status::get_user_failed);
  return std::nullopt;
}

/// cmd 7: `group_id` not blank (the server closes the connection, no reply).
inline std::optional<error> validate(const join_group_request& r) {
  if (auto e = detail::check_command(r.cmd, command::join_group_req, "cmd")) return e;
  if (detail::is_blank(r.group_id))
    return detail::rule(errc::invalid_value, "/group_id",
                        "a join request needs a group_id that is not blank; the server closes the connection "
                        "without a reply");
  return std::nullopt;
}

/// Frames with no rule beyond their command number.
inline std::optional<error> validate(const handshake_request& f) {
  return detail::check_command(f.cmd, command::handshake_req, "cmd");
}
inline std::optional<error> validate(const auth_request& f) {
  return detail::check_command(f.cmd, command::auth_req, "cmd");
}
inline std::optional<error> validate(const login_request& f) {
  return detail::check_command(f.cmd, command::login_req, "cmd");
}
inline std::optional<error> validate(const heartbeat_request& f) {
  return detail::check_command(f.cmd, command::heartbeat_req, "cmd");
}
inline std::optional<error> validate(const close_request& f) {
  return detail::check_command(f.cmd, command::close_req, "cmd");
}
inline std::optional<error> validate(const handshake_reply& f) {
  return detail::check_command(f.command, command::handshake_resp, "command");
}
inline std::optional<error> validate(const exit_group_notify& f) {
  return detail::check_command(f.command, command::exit_group_notify, "command");
}
inline std::optional<error> validate(const heartbeat_reply& f) {
  return detail::check_command(f.command, command::heartbeat_req, "command");
}

/// Status replies: `code` is one the server uses for that command (0: 10017;
/// 12: 10000-10002; 14: 10020/10021).
template <command C>
std::optional<error> validate(const status_reply<C>& f) {
  if (auto e = detail::check_command(f.command, C, "command")) return e;
  return detail::check_status(C, f.code);
}

/// command 4: 10009 or 10010.
inline std::optional<error> validate(const auth_reply& f) {
  if (auto e = detail::check_command(f.command, command::auth_resp, "command")) return e;
  return detail::check_status(f.command, f.code);
}

/// command 6: 10007 or 10008.
inline std::optional<error> validate(const login_reply& f) {
  if (auto e = detail::check_command(f.command, command::login_resp, "command")) return e;
  return detail::check_status(f.command, f.code);
}

/// command 8: 10011 with result 1, or 10012 with another result. The result
/// is `data.result` (2.x) or the top-level `result` (3.0's refusal); one of
/// them is present, and when both are they agree.
inline std::optional<error> validate(const join_group_reply& f) {
  if (auto e = detail::check_command(f.command, command::join_group_resp, "command")) return e;
  if (auto e = detail::check_status(f.command, f.code)) return e;
  if (!f.data.result && !f.result)
    return detail::rule(errc::missing_field, "/data/result",
                        "a join reply carries its result in data (2.x) or at the top level (3.0's refusal)");
  if (f.data.result && f.result && *f.data.result != *f.result)
    return detail::rule(errc::invalid_value, "/result",
                        "a join reply's top-level result (" + std::to_string(*f.result) + ") disagrees with data's (" +
                            std::to_string(*f.data.result) + ")");
  const std::int32_t result = *f.outcome();
  if ((f.code == status::join_group_ok) != (result == 1))
    return detail::rule(errc::invalid_value, f.data.result ? "/data/result" : "/result",
                        "a join reply's code and result agree: 10011 with result 1, 10012 with any other result "
                        "(got " +
                            std::to_string(to_number(f.code)) + " with result " + std::to_string(result) + ")");
  return std::nullopt;
}

/// command 9: either 2.x's form (`data` with the group id and the member,
/// no code) or 3.0's flat one (`group` and `user` at the top level, code
/// 10011), not a mix; a code, when present, is 10011.
inline std::optional<error> validate(const join_group_notify& f) {
  if (auto e = detail::check_command(f.command, command::join_group_notify, "command")) return e;
  if (f.code && *f.code != status::join_group_ok)
    return detail::rule(
        errc::invalid_value, "/code",
        "a join notify carries no code (2.x) or 10011 (3.0), not " + std::to_string(to_number(*f.code)));
  if (f.data) {
    if (f.group || f.user)
      return detail::rule(errc::invalid_value, f.group ? "/group" : "/user",
                          "a join notify has its group and user in data (2.x) or at the top level (3.0), not both");
    return std::nullopt;
  }
  if (!f.group && !f.user)
    return detail::rule(errc::missing_field, "/data",
                        "a join notify carries data {group, user} (2.x), or group and user at the top level (3.0)");
  if (!f.group)
    return detail::rule(errc::missing_field, "/group", "a flat (3.0) join notify names its group id in `group`");
  if (!f.user) return detail::rule(errc::missing_field, "/user", "a flat (3.0) join notify names the member in `user`");
  return std::nullopt;
}

/// command 11: the chat body rules on `data`.
inline std::optional<error> validate(const chat_push& f) {
  if (auto e = detail::check_command(f.command, command::chat_req, "command")) return e;
  return validate(f.data, "/data", false);
}

/// command 18: 10003-10006.
inline std::optional<error> validate(const get_user_reply& f) {
  if (auto e = detail::check_command(f.command, command::get_user_resp, "command")) return e;
  return detail::check_status(f.command, f.code);
}

/// command 20: 10015, 10016 or 10018; the chat body rules on every stored
/// message.
inline std::optional<error> validate(const get_message_reply& f) {
  if (auto e = detail::check_command(f.command, command::get_message_resp, "command")) return e;
  if (auto e = detail::check_status(f.command, f.code)) return e;
  if (!f.data) return std::nullopt;
  const auto lists = [&](const ordered_map<std::vector<chat_body>>& m, const char* name) -> std::optional<error> {
    for (const auto& [id, messages] : m)
      for (std::size_t i = 0; i < messages.size(); ++i) {
        wxim::detail::json_pointer p;
        p.push_key("data");
        p.push_key(name);
        p.push_key(id);
        p.push_index(i);
        if (auto e = validate(messages[i], p.str(), false)) return e;
      }
    return std::nullopt;
  };
  if (auto e = lists(f.data->groups, "groups")) return e;
  return lists(f.data->friends, "friends");
}

/// The status a 2.x server answers a client frame with when its body fails
/// to decode with `e` (as the decoder reports it for the frame `c`):
/// - `cmd`, `createTime`, `id` or `extras` of the wrong type: 10017 (every
///   body is first parsed as the base request);
/// - chat without chatType: 10002; get-message without userId: 10015;
///   get-user without userid: 10004; a close body that does not parse: 10020;
/// - otherwise none (2.5+ drops an unparseable chat body without a reply;
///   a get-message or get-user without `type` gets nothing).
inline std::optional<int> peer_status_for(command c, const error& e) {
  const auto at = [&](std::string_view key) {
    const std::string_view p = e.path;
    return p.size() > key.size() && p[0] == '/' && p.substr(1, key.size()) == key &&
           (p.size() == key.size() + 1 || p[key.size() + 1] == '/');
  };
  if (at("cmd") || at("createTime") || at("id") || at("extras")) return to_number(status::unknown_cmd);
  const bool missing = e.code == errc::missing_field;
  switch (c) {
    case command::chat_req:
      if (missing && e.path == "/chatType") return to_number(status::send_failed);
      break;
    case command::get_message_req:
      if (missing && e.path == "/userId") return to_number(status::get_message_failed);
      break;
    case command::get_user_req:
      if (missing && e.path == "/userid") return to_number(status::get_user_failed);
      break;
    case command::close_req:
      return to_number(status::invalid_verification);
    default:
      break;
  }
  return std::nullopt;
}

}  // namespace jim
WXIM_END_NAMESPACE
