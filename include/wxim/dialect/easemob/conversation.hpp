// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/conversation.hpp: conversation items and the pages that hold them.
//
// There is no live conversation object: the app fetches pages. `getServerConversations` (and
// the pinned variant) → {conversations, cursor} of conversation items; the deprecated
// `getConversationlist` → {channel_infos}; `getHistoryMessages` → {messages, cursor, isLast}.
// A conversation id is the contact's user id (one-to-one) or the group id, with no prefix.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wxim/dialect/easemob/any_message.hpp"
#include "wxim/dialect/easemob/values.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

/// A conversation item: {conversationId, conversationType ("singleChat" | "groupChat"),
/// isPinned, pinnedTime (ms; 0 when not pinned), unReadCount (capital R), lastMessage (a body,
/// {} or null), marks? (0–19)}. The web SDK's local cache item has only conversationId,
/// conversationType, unReadCount?, lastMessage? and customField?, so the rest is optional
/// here. `conversationType` is kept as its string (chatRoom is not a conversation type, but
/// an unexpected value survives like any other).
struct conversation_item {
  std::string conversation_id;    ///< `conversationId`
  std::string conversation_type;  ///< `conversationType`
  std::optional<bool> is_pinned;
  std::optional<std::int64_t> pinned_time;    ///< ms
  std::optional<std::uint64_t> unread_count;  ///< `unReadCount`
  nullable<last_message> last;                ///< `lastMessage`
  std::optional<std::vector<conversation_mark>> marks;
  std::optional<raw_json> custom_field;  ///< `customField` (local cache)
  extras unknown;

  chat_kind chat() const noexcept { return parse_chat_kind(conversation_type); }
  /// The last message's body, when there is one.
  const message* last_body() const noexcept { return last.has_value() && last->body ? &*last->body : nullptr; }
};
constexpr auto wxim_schema(schema::tag<conversation_item>) {
  using namespace schema;
  using T = conversation_item;
  return object<T>(field("conversationId", &T::conversation_id), field("conversationType", &T::conversation_type),
                   field("isPinned", &T::is_pinned), field("pinnedTime", &T::pinned_time),
                   field("unReadCount", &T::unread_count), field("lastMessage", &T::last), field("marks", &T::marks),
                   field("customField", &T::custom_field))
      .keep_unknown(&T::unknown);
}

/// One of the deprecated `channel_infos`: {channel_id, lastMessage, unread_num}. `channel_id`
/// is the raw server form, e.g. "org#app_bob@easemob.com"; parse_channel_id takes it apart.
struct channel_info {
  std::string channel_id;
  nullable<last_message> last;  ///< `lastMessage`
  std::uint64_t unread_num = 0;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<channel_info>) {
  using namespace schema;
  using T = channel_info;
  return object<T>(field("channel_id", &T::channel_id), field("lastMessage", &T::last),
                   field("unread_num", &T::unread_num))
      .keep_unknown(&T::unknown);
}

/// A page of getServerConversations / getServerPinnedConversations: {conversations, cursor}.
struct conversation_page {
  std::vector<conversation_item> conversations;
  nullable<std::string> cursor;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<conversation_page>) {
  using namespace schema;
  using T = conversation_page;
  return object<T>(field("conversations", &T::conversations), field("cursor", &T::cursor)).keep_unknown(&T::unknown);
}

/// The deprecated getConversationlist result: {channel_infos}.
struct channel_list {
  std::vector<channel_info> channel_infos;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<channel_list>) {
  using namespace schema;
  using T = channel_list;
  return object<T>(field("channel_infos", &T::channel_infos)).keep_unknown(&T::unknown);
}

/// A page of getHistoryMessages: {messages, cursor, isLast}.
struct history_page {
  std::vector<message> messages;
  nullable<std::string> cursor;
  std::optional<bool> is_last;  ///< `isLast`
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<history_page>) {
  using namespace schema;
  using T = history_page;
  return object<T>(field("messages", &T::messages), field("cursor", &T::cursor), field("isLast", &T::is_last))
      .keep_unknown(&T::unknown);
}

/// A raw `channel_id` taken apart: "<org>#<app>_<id>@<domain>".
struct channel_id_parts {
  std::string app_key;  ///< "org#app"
  std::string id;       ///< the contact's user id or the group id
  std::string domain;   ///< "easemob.com"; "conference.easemob.com" for a group
  chat_kind chat = chat_kind::single_chat;

  friend bool operator==(const channel_id_parts& a, const channel_id_parts& b) {
    return a.app_key == b.app_key && a.id == b.id && a.domain == b.domain && a.chat == b.chat;
  }
  friend bool operator!=(const channel_id_parts& a, const channel_id_parts& b) { return !(a == b); }
};

/// Splits a raw channel id at the first '_' after the '#' and the last '@'. A domain starting
/// with "conference." is a group. Nothing when the text does not have that form.
inline std::optional<channel_id_parts> parse_channel_id(std::string_view raw) {
  const auto hash = raw.find('#');
  if (hash == std::string_view::npos || hash == 0) return std::nullopt;
  const auto under = raw.find('_', hash + 1);
  const auto at = raw.rfind('@');
  if (under == std::string_view::npos || under == hash + 1 || at == std::string_view::npos || at <= under + 1 ||
      at + 1 == raw.size())
    return std::nullopt;
  channel_id_parts p;
  p.app_key = std::string(raw.substr(0, under));
  p.id = std::string(raw.substr(under + 1, at - under - 1));
  p.domain = std::string(raw.substr(at + 1));
  p.chat = p.domain.compare(0, 11, "conference.") == 0 ? chat_kind::group_chat : chat_kind::single_chat;
  return p;
}

/// The raw channel id of a conversation: "<app_key>_<id>@easemob.com", or
/// "@conference.easemob.com" for a group.
inline std::string make_channel_id(std::string_view app_key, std::string_view id, chat_kind chat) {
  std::string s(app_key);
  s += '_';
  s += id;
  s += chat == chat_kind::group_chat ? "@conference.easemob.com" : "@easemob.com";
  return s;
}

}  // namespace easemob
WXIM_END_NAMESPACE
