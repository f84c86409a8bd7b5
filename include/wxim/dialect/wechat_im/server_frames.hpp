// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im/server_frames.hpp: what the wechat-im server sends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wxim/dialect/wechat_im/values.hpp"
#include "wxim/schema/embedded_json.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// A profile, in `login.userInfo` and `friends[]`.
struct user_info {
  std::string user_id;
  std::string nick_name;
  std::string head_url;  ///< `myHeadUrl`
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<user_info>) {
  using namespace schema;
  using T = user_info;
  return object<T>(field("userId", &T::user_id), field("nickName", &T::nick_name), field("myHeadUrl", &T::head_url))
      .keep_unknown(&T::unknown);
}

/// S1 pushed once per connection, right after the handshake: the identity
/// the server chose. The client also reads `friendsId`, which the demo
/// server never sends; any JSON there is kept.
struct login_frame {
  std::string type = "login";
  user_info user;
  std::optional<raw_json> friends_id;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<login_frame>) {
  using namespace schema;
  using T = login_frame;
  return object<T>(field("type", &T::type), field("userInfo", &T::user), field("friendsId", &T::friends_id))
      .keep_unknown(&T::unknown);
}

/// S2 the reply to get-friends: everyone but the requester.
struct friend_list_frame {
  std::string type = "get-friends";
  std::vector<user_info> friends;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<friend_list_frame>) {
  using namespace schema;
  using T = friend_list_frame;
  return object<T>(field("type", &T::type), field("friends", &T::friends)).keep_unknown(&T::unknown);
}

/// The decoded `latestMsg` string. Keys in the server's order; `timestamp`
/// is absent on the server's seeded message, `duration` on non-voice ones.
struct latest_message {
  std::optional<std::string> type;
  std::optional<content_value> content;
  std::optional<duration_value> duration;
  std::optional<std::int64_t> timestamp;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<latest_message>) {
  using namespace schema;
  using T = latest_message;
  return object<T>(field("type", &T::type), field("content", &T::content), field("duration", &T::duration),
                   field("timestamp", &T::timestamp))
      .keep_unknown(&T::unknown);
}

/// One entry of a conversation list.
struct conversation_item {
  std::string friend_id;    ///< the other party, seen by the requester
  std::string msg_user_id;  ///< author of the latest message
  std::string friend_head_url;
  std::int64_t conversation_id = -1;  ///< always -1 from the demo server
  std::string friend_name;
  embedded_json<latest_message> latest_msg;  ///< a string holding JSON on the wire
  std::int64_t unread = 0;
  std::int64_t timestamp = 0;  ///< ms
  std::string time_str;        ///< any string: the demo server writes "09:010" for minute 10
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<conversation_item>) {
  using namespace schema;
  using T = conversation_item;
  return object<T>(field("friendId", &T::friend_id), field("msgUserId", &T::msg_user_id),
                   field("friendHeadUrl", &T::friend_head_url), field("conversationId", &T::conversation_id),
                   field("friendName", &T::friend_name), field("latestMsg", &T::latest_msg),
                   field("unread", &T::unread), field("timestamp", &T::timestamp), field("timeStr", &T::time_str))
      .keep_unknown(&T::unknown);
}

/// S3 the reply to get-conversations, also pushed unprompted when a message
/// arrives for a user on the list page. The demo server sends 0 or 1 items.
struct conversation_list_frame {
  std::string type = "get-conversations";
  std::vector<conversation_item> conversations;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<conversation_list_frame>) {
  using namespace schema;
  using T = conversation_list_frame;
  return object<T>(field("type", &T::type), field("conversations", &T::conversations)).keep_unknown(&T::unknown);
}

/// S4 one stored message, in reply to get-history. Mind the meanings:
/// `user_id` is the requester (copied from the request), `friend_id` the
/// recipient of this message, `msg_user_id` its author.
struct history_item_frame {
  std::optional<std::string> type;
  std::optional<content_value> content;
  std::string msg_user_id;
  std::optional<std::string> user_id;  ///< absent only when the request had none
  std::string friend_id;
  std::int64_t timestamp = 0;
  std::string time_str;
  std::optional<duration_value> duration;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<history_item_frame>) {
  using namespace schema;
  using T = history_item_frame;
  return object<T>(field("type", &T::type), field("content", &T::content), field("msgUserId", &T::msg_user_id),
                   field("userId", &T::user_id), field("friendId", &T::friend_id), field("timestamp", &T::timestamp),
                   field("timeStr", &T::time_str), field("duration", &T::duration))
      .keep_unknown(&T::unknown);
}

/// S5 a chat message delivered live to its recipient. It names neither the
/// sender nor the recipient: the client attributes it to the open chat page.
/// `timestamp` is the server's receive time.
struct forward_frame {
  std::optional<std::string> type;
  std::optional<content_value> content;
  std::optional<duration_value> duration;
  std::int64_t timestamp = 0;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<forward_frame>) {
  using namespace schema;
  using T = forward_frame;
  return object<T>(field("type", &T::type), field("content", &T::content), field("duration", &T::duration),
                   field("timestamp", &T::timestamp))
      .keep_unknown(&T::unknown);
}

}  // namespace wechat_im
WXIM_END_NAMESPACE
