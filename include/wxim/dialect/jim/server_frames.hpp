// SPDX-License-Identifier: MIT
// wxim/dialect/jim/server_frames.hpp: what a J-IM 2.x server sends (`command`).
//
// A server frame is the response body {code, command, data, msg}: `command`
// always; `code` and `msg` on status replies only (absent on pushes, the
// heartbeat reply and the join/exit notifies); `data` where there is a
// payload. Keys are alphabetical, as the server writes them. The join
// reply and the join notify also take 3.0's shapes (see each).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/dialect/jim/command.hpp"
#include "wxim/dialect/jim/ordered_map.hpp"
#include "wxim/dialect/jim/status.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

/// A reply that is only a status: {code, command, msg}.
template <jim::command C>
struct status_reply {
  status code = status::send_ok;
  jim::command command = C;
  std::string msg;
  wxim::extras unknown;
};
template <jim::command C>
constexpr auto wxim_schema(schema::tag<status_reply<C>>) {
  using namespace schema;
  using T = status_reply<C>;
  return object<T>(field("code", &T::code), field("command", &T::command), field("msg", &T::msg))
      .keep_unknown(&T::unknown);
}

/// command 0, code 10017 "cmd failed! 未知的cmd命令!": the reply to anything
/// the server cannot route (an unknown or server-only cmd, a body that is not
/// an object, a base field of the wrong type).
using cmd_failed_reply = status_reply<command::none>;
/// command 12: the send status of a chat request, 10000 sent, 10001 target
/// offline, 10002 malformed (chatType missing).
using chat_ack = status_reply<command::chat_resp>;
/// command 14: 10021 close ok, or 10020 for a close body that cannot be parsed.
using close_reply = status_reply<command::close_req>;

/// command 2 {"command":2,"data":{"hbyte":-127}}: TCP only.
struct handshake_reply_data {
  std::int8_t hbyte = handshake_byte;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<handshake_reply_data>) {
  using namespace schema;
  return object<handshake_reply_data>(field("hbyte", &handshake_reply_data::hbyte))
      .keep_unknown(&handshake_reply_data::unknown);
}
struct handshake_reply {
  jim::command command = jim::command::handshake_resp;
  handshake_reply_data data;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<handshake_reply>) {
  using namespace schema;
  using T = handshake_reply;
  return object<T>(field("command", &T::command), field("data", &T::data)).keep_unknown(&T::unknown);
}

/// The `data` of an auth reply: the request body minus `cmd`, its `token`
/// suffixed with the literal "authKey".
struct auth_reply_data {
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::optional<std::string> id;
  std::optional<std::string> token;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<auth_reply_data>) {
  using namespace schema;
  using T = auth_reply_data;
  return object<T>(field("createTime", &T::create_time), field("extras", &T::extras), field("id", &T::id),
                   field("token", &T::token))
      .keep_unknown(&T::unknown);
}

/// command 4: 10009 with data, or 10010 (null body).
struct auth_reply {
  status code = status::auth_ok;
  jim::command command = jim::command::auth_resp;
  std::optional<auth_reply_data> data;
  std::string msg;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<auth_reply>) {
  using namespace schema;
  using T = auth_reply;
  return object<T>(field("code", &T::code), field("command", &T::command), field("data", &T::data),
                   field("msg", &T::msg))
      .keep_unknown(&T::unknown);
}

/// command 6: 10007 login ok, or 10008 (then the server closes the
/// connection). The class also has `token` and `user`, which 2.6 clears.
struct login_reply {
  status code = status::login_ok;
  jim::command command = jim::command::login_resp;
  std::string msg;
  std::optional<std::string> token;
  std::optional<jim::user> user;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<login_reply>) {
  using namespace schema;
  using T = login_reply;
  return object<T>(field("code", &T::code), field("command", &T::command), field("msg", &T::msg),
                   field("token", &T::token), field("user", &T::user))
      .keep_unknown(&T::unknown);
}

/// The `data` of a join reply. 2.x: {"group":<group id>,"result":<n>}. In
/// 3.0's refusal `data` is the group asked for and `result` is at the top
/// level, so both keys are optional here.
struct join_group_reply_data {
  std::optional<std::string> group;    ///< the group id ("Web161"), a JSON string, not a group object
  std::optional<std::int32_t> result;  ///< a jim::join_result (2.x)
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<join_group_reply_data>) {
  using namespace schema;
  using T = join_group_reply_data;
  return object<T>(field("group", &T::group), field("result", &T::result)).keep_unknown(&T::unknown);
}

/// command 8, to the joiner: 10011 with result 1, or 10012 with another
/// result. 2.x: {"code":10011,"command":8,"data":{"group":"Web161","result":1},"msg":…}.
/// 3.0 sends cmd 8 only to refuse: {"code":10012,"command":8,"data":{…},"msg":…,"result":0}.
struct join_group_reply {
  status code = status::join_group_ok;
  jim::command command = jim::command::join_group_resp;
  join_group_reply_data data;
  std::string msg;
  std::optional<std::int32_t> result;  ///< 3.0: the result at the top level
  wxim::extras unknown;

  /// The join result, from `data` (2.x) or else the top level (3.0).
  std::optional<std::int32_t> outcome() const noexcept { return data.result ? data.result : result; }
  /// The group id of a 2.x reply; empty when `data` has none (3.0).
  std::string_view group_id() const noexcept { return data.group ? std::string_view(*data.group) : std::string_view(); }
};
constexpr auto wxim_schema(schema::tag<join_group_reply>) {
  using namespace schema;
  using T = join_group_reply;
  return object<T>(field("code", &T::code), field("command", &T::command), field("data", &T::data),
                   field("msg", &T::msg), field("result", &T::result))
      .keep_unknown(&T::unknown);
}

/// The `data` of the join and exit notifies: the group id and the member
/// (on exit, only the member's `id` and `nick`; 3.0: `nick`, `status`,
/// `userId`).
struct group_notify_data {
  std::string group;  ///< the group id ("Web161"), a JSON string, not a group object
  jim::user user;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<group_notify_data>) {
  using namespace schema;
  using T = group_notify_data;
  return object<T>(field("group", &T::group), field("user", &T::user)).keep_unknown(&T::unknown);
}

/// command 9, to the whole group (the joiner included). 2.x nests the group
/// id and the member in `data`, without code:
/// {"command":9,"data":{"group":"Web161","user":{…}}}. 3.0 writes them flat,
/// with 10011: {"code":10011,"command":9,"group":"Web161","msg":…,"user":{…}}.
/// validate() wants exactly one of the two forms; group_id() and member()
/// read either.
struct join_group_notify {
  std::optional<status> code;  ///< 3.0: 10011
  jim::command command = jim::command::join_group_notify;
  std::optional<group_notify_data> data;  ///< 2.x
  std::optional<std::string> group;       ///< 3.0: the group id
  std::optional<std::string> msg;         ///< 3.0
  std::optional<jim::user> user;          ///< 3.0: the member
  wxim::extras unknown;

  /// True for 3.0's flat form (no `data`).
  bool is_flat() const noexcept { return !data; }
  /// The group id, whichever form came; empty when there is none.
  std::string_view group_id() const noexcept {
    if (data) return data->group;
    return group ? std::string_view(*group) : std::string_view();
  }
  /// The member who joined, whichever form came; nullptr when there is none.
  const jim::user* member() const noexcept { return data ? &data->user : user ? &*user : nullptr; }
};
constexpr auto wxim_schema(schema::tag<join_group_notify>) {
  using namespace schema;
  using T = join_group_notify;
  return object<T>(field("code", &T::code), field("command", &T::command), field("data", &T::data),
                   field("group", &T::group), field("msg", &T::msg), field("user", &T::user))
      .keep_unknown(&T::unknown);
}

/// command 10, to the whole group when a member's connection is unbound:
/// {"command":10,"data":{"group":"Web161","user":{…}}} in 2.x and 3.0 alike.
struct exit_group_notify {
  jim::command command = jim::command::exit_group_notify;
  group_notify_data data;
  wxim::extras unknown;

  std::string_view group_id() const noexcept { return data.group; }
  const jim::user* member() const noexcept { return &data.user; }
};
constexpr auto wxim_schema(schema::tag<exit_group_notify>) {
  using namespace schema;
  using T = exit_group_notify;
  return object<T>(field("command", &T::command), field("data", &T::data)).keep_unknown(&T::unknown);
}

/// command 11 {"command":11,"data":<chat body>}: a message delivered. A
/// group push goes to every member, the sender included. No code, no msg.
struct chat_push {
  jim::command command = jim::command::chat_req;
  chat_body data;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<chat_push>) {
  using namespace schema;
  using T = chat_push;
  return object<T>(field("command", &T::command), field("data", &T::data)).keep_unknown(&T::unknown);
}

struct heartbeat_reply_data {
  std::int8_t hbbyte = server_heartbeat_byte;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<heartbeat_reply_data>) {
  using namespace schema;
  return object<heartbeat_reply_data>(field("hbbyte", &heartbeat_reply_data::hbbyte))
      .keep_unknown(&heartbeat_reply_data::unknown);
}

/// command 13 {"command":13,"data":{"hbbyte":-128}}: the answer to every
/// heartbeat. No code, no msg.
struct heartbeat_reply {
  jim::command command = jim::command::heartbeat_req;
  heartbeat_reply_data data;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<heartbeat_reply>) {
  using namespace schema;
  using T = heartbeat_reply;
  return object<T>(field("command", &T::command), field("data", &T::data)).keep_unknown(&T::unknown);
}

/// command 18: 10005 (type 0), 10006 (type 1) or 10003 (type 2) with the
/// user as data; 10004 without data.
struct get_user_reply {
  status code = status::get_user_ok;
  jim::command command = jim::command::get_user_resp;
  std::optional<jim::user> data;
  std::string msg;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<get_user_reply>) {
  using namespace schema;
  using T = get_user_reply;
  return object<T>(field("code", &T::code), field("command", &T::command), field("data", &T::data),
                   field("msg", &T::msg))
      .keep_unknown(&T::unknown);
}

/// The `data` of a get-message reply: messages by group id and by user id
/// (history: the `fromUserId` asked for; offline: each sender), each list
/// oldest first. Both maps are present whenever data is.
struct stored_messages {
  ordered_map<std::vector<chat_body>> friends;
  ordered_map<std::vector<chat_body>> groups;
  std::string userid;  ///< the owner of the messages
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<stored_messages>) {
  using namespace schema;
  using T = stored_messages;
  return object<T>(field("friends", &T::friends), field("groups", &T::groups), field("userid", &T::userid))
      .keep_unknown(&T::unknown);
}

/// command 20: 10016 offline or 10018 history, with data, which is absent
/// when nothing was found; 10015 when the request failed.
struct get_message_reply {
  status code = status::history_messages_ok;
  jim::command command = jim::command::get_message_resp;
  std::optional<stored_messages> data;
  std::string msg;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<get_message_reply>) {
  using namespace schema;
  using T = get_message_reply;
  return object<T>(field("code", &T::code), field("command", &T::command), field("data", &T::data),
                   field("msg", &T::msg))
      .keep_unknown(&T::unknown);
}

}  // namespace jim
WXIM_END_NAMESPACE
