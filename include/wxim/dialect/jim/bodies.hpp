// SPDX-License-Identifier: MIT
// wxim/dialect/jim/bodies.hpp: the J-IM 2.x bodies shared by both directions:
// the chat body, user and group, and the enumerations.
//
// Keys are the 2.x ones (`group_id` in chat and groups, `userid`, ...), and
// every schema lists them alphabetically, the order a J-IM server writes
// them, so encoded server frames are byte-comparable with a real server's.
// Every body keeps unknown keys (in `unknown`) and writes them back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wxim/dialect/jim/command.hpp"
#include "wxim/dialect/jim/ordered_map.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// J-IM's `extras` key (2.3+): a free key/value map the server keeps and
/// forwards. (Keys J-IM does not define are something else: wxim keeps them
/// in each body's `unknown`.)
using extras_map = ordered_map<raw_json>;

// ---- enumerations -----------------------------------------------------------

/// `chatType`. 0 is accepted by the server and never delivered.
enum class chat_kind : std::int32_t { unknown = 0, group = 1, private_chat = 2 };

/// `msgType`; never validated by the server, so any integer is kept.
enum class msg_type : std::int32_t { text = 0, image = 1, voice = 2, video = 3, music = 4, news = 5 };

/// The `type` of a get-message request (cmd 19).
enum class message_query : std::int32_t { offline = 0, history = 1 };

/// The `type` of a get-user request (cmd 17).
enum class user_query : std::int32_t { online = 0, offline = 1, all = 2 };

/// The `result` of a join reply (cmd 8): 1 is the only success.
enum class join_result : std::int32_t {
  unknown = 0,  ///< refused for another reason
  ok = 1,
  group_not_exist = 2,
  group_full = 3,
  in_blacklist = 4,
  kicked = 5,
};

/// Java bytes on the wire (−128…127).
inline constexpr std::int8_t server_heartbeat_byte = -128;  ///< `hbbyte` of every heartbeat reply
inline constexpr std::int8_t handshake_byte = -127;         ///< `hbyte` of the handshake reply
inline constexpr std::int8_t client_heartbeat_byte = -127;  ///< what clients customarily send (ignored)

// ---- chat (cmd 11) ----------------------------------------------------------

/// A chat message: the c2s frame with `cmd` 11, the `data` of a push, and
/// each stored message of a get-message reply.
///
/// `avatar`, `nickName` and `type` are not J-IM's: a course chatroom
/// (chatroom.hpp) sends them on every chat, and a server that keeps them
/// forwards them. An unmodified J-IM server drops them.
struct chat_body {
  std::optional<std::string> avatar;  ///< chatroom: the sender's head image URL
  std::int32_t chat_type = 0;         ///< `chatType`, required: 0 unknown, 1 group, 2 private
  command cmd = command::chat_req;
  std::optional<std::string> content;       ///< text, or a URL / JSON text for media
  std::optional<std::int64_t> create_time;  ///< ms; the server fills it when absent
  std::optional<extras_map> extras;
  std::optional<std::string> from;       ///< sender id (the server fills the nickname when empty)
  std::optional<std::string> group_id;   ///< required when chatType is 1
  std::optional<std::string> id;         ///< the server fills a 32-hex-digit id when empty
  std::optional<std::int32_t> msg_type;  ///< `msgType`, see jim::msg_type
  std::optional<std::string> nick_name;  ///< chatroom: `nickName`, the sender's display name
  std::optional<std::string> to;         ///< required when chatType is 2
  std::optional<std::int32_t> type;      ///< chatroom: its own kind, see jim::room_message_type
  wxim::extras unknown;

  chat_kind kind() const noexcept {
    return chat_type >= 0 && chat_type <= 2 ? static_cast<chat_kind>(chat_type) : chat_kind::unknown;
  }
};
constexpr auto wxim_schema(schema::tag<chat_body>) {
  using namespace schema;
  using T = chat_body;
  return object<T>(field("avatar", &T::avatar), field("chatType", &T::chat_type), field("cmd", &T::cmd),
                   field("content", &T::content), field("createTime", &T::create_time), field("extras", &T::extras),
                   field("from", &T::from), field("group_id", &T::group_id), field("id", &T::id),
                   field("msgType", &T::msg_type), field("nickName", &T::nick_name), field("to", &T::to),
                   field("type", &T::type))
      .keep_unknown(&T::unknown);
}

// ---- user and group -----------------------------------------------------------

struct group;

/// A user (2.x). Every key is optional: an exit notify carries only `id` and
/// `nick`, and a repeated object comes as a fastjson reference stub
/// `{"$ref":"$.data…"}`, which decodes as a user with only `$ref` in
/// `unknown` (see reference()). 3.0 spells the id `userId` (its join and
/// exit notifies); any_id() reads either.
struct user {
  std::optional<std::string> avatar;
  std::optional<extras_map> extras;
  std::optional<std::vector<group>> friends;  ///< friend groupings; each grouping's users are friends
  std::optional<std::vector<group>> groups;   ///< joined groups
  std::optional<std::string> id;
  std::optional<std::string> nick;
  std::optional<std::string> sign;
  std::optional<std::string> status;    ///< "online" / "offline"
  std::optional<std::string> terminal;  ///< "ws", "tcp" or "http"
  std::optional<std::string> user_id;   ///< `userId`: 3.0's spelling of `id`
  wxim::extras unknown;

  /// The id, `id` (2.x) or else `userId` (3.0); empty when neither.
  std::string_view any_id() const noexcept {
    return id ? std::string_view(*id) : user_id ? std::string_view(*user_id) : std::string_view();
  }

  /// The `$ref` of a reference stub (its JSON text), or nullptr.
  const raw_json* reference() const noexcept { return unknown.find("$ref"); }
};

/// A group; also the body of a join request (join_group_request).
struct group {
  std::optional<std::string> avatar;
  std::optional<extras_map> extras;
  std::optional<std::string> group_id;
  std::optional<std::string> name;
  std::optional<std::int32_t> online;  ///< online member count
  std::optional<std::vector<user>> users;
  wxim::extras unknown;

  const raw_json* reference() const noexcept { return unknown.find("$ref"); }
};

constexpr auto wxim_schema(schema::tag<user>) {
  using namespace schema;
  using T = user;
  return object<T>(field("avatar", &T::avatar), field("extras", &T::extras), field("friends", &T::friends),
                   field("groups", &T::groups), field("id", &T::id), field("nick", &T::nick), field("sign", &T::sign),
                   field("status", &T::status), field("terminal", &T::terminal), field("userId", &T::user_id))
      .keep_unknown(&T::unknown);
}

constexpr auto wxim_schema(schema::tag<group>) {
  using namespace schema;
  using T = group;
  return object<T>(field("avatar", &T::avatar), field("extras", &T::extras), field("group_id", &T::group_id),
                   field("name", &T::name), field("online", &T::online), field("users", &T::users))
      .keep_unknown(&T::unknown);
}

}  // namespace jim
WXIM_END_NAMESPACE
