// SPDX-License-Identifier: MIT
// wxim/dialect/jim/client_frames.hpp: what a J-IM 2.x client sends (`cmd`).
//
// Every request carries `cmd` and the base fields every J-IM request body
// inherits: `createTime` (ms), `id` and `extras`, all optional. The chat
// request (cmd 11) is chat_body, in bodies.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/dialect/jim/command.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

/// cmd 1 {"cmd":1,"hbyte":-127}: TCP only; on WebSocket the HTTP upgrade is the handshake.
struct handshake_request {
  command cmd = command::handshake_req;
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::optional<std::int8_t> hbyte;
  std::optional<std::string> id;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<handshake_request>) {
  using namespace schema;
  using T = handshake_request;
  return object<T>(field("cmd", &T::cmd), field("createTime", &T::create_time), field("extras", &T::extras),
                   field("hbyte", &T::hbyte), field("id", &T::id))
      .keep_unknown(&T::unknown);
}

/// cmd 3 {"cmd":3,"token":…}: answered 10009 with the body (minus cmd) as data.
struct auth_request {
  command cmd = command::auth_req;
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::optional<std::string> id;
  std::optional<std::string> token;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<auth_request>) {
  using namespace schema;
  using T = auth_request;
  return object<T>(field("cmd", &T::cmd), field("createTime", &T::create_time), field("extras", &T::extras),
                   field("id", &T::id), field("token", &T::token))
      .keep_unknown(&T::unknown);
}

/// cmd 5 {"cmd":5,"loginname":…,"password":…}: what is valid is up to the
/// application (the demo accepts anything). 1.0 – 2.0's unused `reserved`
/// is kept as an unknown key.
struct login_request {
  command cmd = command::login_req;
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::optional<std::string> id;
  std::optional<std::string> loginname;
  std::optional<std::string> password;
  std::optional<std::string> token;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<login_request>) {
  using namespace schema;
  using T = login_request;
  return object<T>(field("cmd", &T::cmd), field("createTime", &T::create_time), field("extras", &T::extras),
                   field("id", &T::id), field("loginname", &T::loginname), field("password", &T::password),
                   field("token", &T::token))
      .keep_unknown(&T::unknown);
}

/// cmd 7: a group body with `cmd`. `group_id` is required and not blank (the
/// server closes the connection, without a reply, otherwise).
struct join_group_request {
  std::optional<std::string> avatar;
  command cmd = command::join_group_req;
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::string group_id;
  std::optional<std::string> id;
  std::optional<std::string> name;
  std::optional<std::int32_t> online;
  std::optional<std::vector<user>> users;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<join_group_request>) {
  using namespace schema;
  using T = join_group_request;
  return object<T>(field("avatar", &T::avatar), field("cmd", &T::cmd), field("createTime", &T::create_time),
                   field("extras", &T::extras), field("group_id", &T::group_id), field("id", &T::id),
                   field("name", &T::name), field("online", &T::online), field("users", &T::users))
      .keep_unknown(&T::unknown);
}

/// cmd 13 {"cmd":13,"hbbyte":-127}: `hbbyte` is a Java byte, optional and
/// ignored. Chatrooms send it as the string "-127" every 5 s, and the server
/// coerces it: that spelling is accepted without any leniency and written
/// back as a string.
struct heartbeat_request {
  command cmd = command::heartbeat_req;
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::optional<std::int8_t> hbbyte;
  std::optional<std::string> id;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<heartbeat_request>) {
  using namespace schema;
  using T = heartbeat_request;
  return object<T>(field("cmd", &T::cmd), field("createTime", &T::create_time), field("extras", &T::extras),
                   field("hbbyte", &T::hbbyte, accepts_numeric_string), field("id", &T::id))
      .keep_unknown(&T::unknown);
}

/// cmd 14 {"cmd":14,"userid":…}: close this connection, or every connection
/// of `userid`. A body that cannot be parsed is answered 10020.
struct close_request {
  command cmd = command::close_req;
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::optional<std::string> id;
  std::optional<std::string> userid;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<close_request>) {
  using namespace schema;
  using T = close_request;
  return object<T>(field("cmd", &T::cmd), field("createTime", &T::create_time), field("extras", &T::extras),
                   field("id", &T::id), field("userid", &T::userid))
      .keep_unknown(&T::unknown);
}

/// cmd 17 {"cmd":17,"type":0,"userid":…}. `userid` required and not empty
/// (10004); `type` (jim::user_query) required (without it the server fails
/// and sends nothing). `friend_group_id` and `group_id` are unused by the
/// default handler.
struct get_user_request {
  command cmd = command::get_user_req;
  std::optional<std::int64_t> create_time;
  std::optional<extras_map> extras;
  std::optional<std::string> friend_group_id;
  std::optional<std::string> group_id;
  std::optional<std::string> id;
  std::int32_t type = 0;
  std::string userid;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<get_user_request>) {
  using namespace schema;
  using T = get_user_request;
  return object<T>(field("cmd", &T::cmd), field("createTime", &T::create_time), field("extras", &T::extras),
                   field("friend_group_id", &T::friend_group_id), field("group_id", &T::group_id), field("id", &T::id),
                   field("type", &T::type), field("userid", &T::userid))
      .keep_unknown(&T::unknown);
}

/// cmd 19 {"cmd":19,"type":1,"groupId":…,"userId":…}: stored messages; keys
/// are camelCase in every version. `type` (jim::message_query) 0 offline or
/// 1 history, required; `userId` required and not empty; history needs
/// `groupId` or `fromUserId`. `beginTime` counts only with `endTime`,
/// `offset` only with `count`.
struct get_message_request {
  std::optional<std::int64_t> begin_time;
  command cmd = command::get_message_req;
  std::optional<std::int32_t> count;
  std::optional<std::int64_t> create_time;
  std::optional<std::int64_t> end_time;
  std::optional<extras_map> extras;
  std::optional<std::string> from_user_id;
  std::optional<std::string> group_id;
  std::optional<std::string> id;
  std::optional<std::int32_t> offset;
  std::int32_t type = 1;
  std::string user_id;
  wxim::extras unknown;
};
constexpr auto wxim_schema(schema::tag<get_message_request>) {
  using namespace schema;
  using T = get_message_request;
  return object<T>(field("beginTime", &T::begin_time), field("cmd", &T::cmd), field("count", &T::count),
                   field("createTime", &T::create_time), field("endTime", &T::end_time), field("extras", &T::extras),
                   field("fromUserId", &T::from_user_id), field("groupId", &T::group_id), field("id", &T::id),
                   field("offset", &T::offset), field("type", &T::type), field("userId", &T::user_id))
      .keep_unknown(&T::unknown);
}

}  // namespace jim
WXIM_END_NAMESPACE
