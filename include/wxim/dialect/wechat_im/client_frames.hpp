// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im/client_frames.hpp: what the wechat-im client sends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "wxim/dialect/wechat_im/values.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// C1 {"type":"get-conversations","userId":…}: the chat-list tab asks for its list.
struct get_conversations_request {
  std::string type = "get-conversations";
  std::string user_id;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<get_conversations_request>) {
  using namespace schema;
  using T = get_conversations_request;
  return object<T>(field("type", &T::type), field("userId", &T::user_id)).keep_unknown(&T::unknown);
}

/// C2 {"type":"get-friends","userId":…}: the friends tab asks for its contacts.
struct get_friends_request {
  std::string type = "get-friends";
  std::string user_id;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<get_friends_request>) {
  using namespace schema;
  using T = get_friends_request;
  return object<T>(field("type", &T::type), field("userId", &T::user_id)).keep_unknown(&T::unknown);
}

/// C3 {"type":"get-history","userId":…,"friendId":…}: a chat page opens.
/// The server answers with one history_item_frame per stored message, and no
/// terminator.
struct get_history_request {
  std::string type = "get-history";
  std::string user_id;
  std::string friend_id;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<get_history_request>) {
  using namespace schema;
  using T = get_history_request;
  return object<T>(field("type", &T::type), field("userId", &T::user_id), field("friendId", &T::friend_id))
      .keep_unknown(&T::unknown);
}

/// C4 a chat message, keys in the client's order. `duration` is present on
/// voice messages only; `conversation_id` is always 0 from the real client.
struct chat_frame {
  content_value content;
  std::string type;  ///< "text", "voice", "image", "custom", or anything else (kept)
  std::int64_t conversation_id = 0;
  std::string user_id;    ///< the sender
  std::string friend_id;  ///< the recipient
  std::optional<duration_value> duration;
  extras unknown;

  message_type kind() const noexcept { return parse_message_type(type); }
};
constexpr auto wxim_schema(schema::tag<chat_frame>) {
  using namespace schema;
  using T = chat_frame;
  return object<T>(field("content", &T::content), field("type", &T::type), field("conversationId", &T::conversation_id),
                   field("userId", &T::user_id), field("friendId", &T::friend_id), field("duration", &T::duration))
      .keep_unknown(&T::unknown);
}

}  // namespace wechat_im
WXIM_END_NAMESPACE
