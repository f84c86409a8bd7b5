// SPDX-License-Identifier: MIT
// wxim/dialect/tim/conversation.hpp: the TIM Conversation object and its lastMessage summary.
//
// `lastMessage` is a summary, not a message: {lastTime (seconds), lastSequence, fromAccount,
// messageForShow, type, payload, …}. With no message in it the SDK writes one of two empty
// summaries, both read and written back as they came: a Conversation's {lastTime:0,
// lastSequence:0, fromAccount:0, payload:null, type:"", …} (the number 0 in a string field), and
// a Group's placeholder {lastTime:"", lastSequence:"", fromAccount:"", messageForShow:""}. A
// Group fills its numbers (createTime, memberCount, …, selfInfo.joinTime) with "" until its
// profile loads: those are blank_or too. Only conversationID and type are required of a
// conversation; everything else may be absent and then stays absent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "wxim/dialect/tim/enums.hpp"
#include "wxim/dialect/tim/payloads.hpp"
#include "wxim/dialect/tim/values.hpp"
#include "wxim/schema/blank_or.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/storage/conversation_id.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// `fromAccount` of a lastMessage: the sender's userID, or the number 0 the SDK writes in the
/// summary of a conversation with no message (`zero`, with `id` empty). Any other number is
/// refused.
struct account_id {
  std::string id;
  bool zero = false;  ///< written as the number 0

  account_id() = default;
  account_id(std::string s) : id(std::move(s)) {}
  account_id(const char* s) : id(s) {}
  /// The number 0.
  static account_id number_zero() {
    account_id a;
    a.zero = true;
    return a;
  }

  friend bool operator==(const account_id& a, const account_id& b) { return a.id == b.id && a.zero == b.zero; }
  friend bool operator!=(const account_id& a, const account_id& b) { return !(a == b); }
};

/// A conversation's `lastMessage`.
struct last_message {
  blank_or<std::int64_t> last_time;  ///< seconds; "" in a Group's placeholder
  std::optional<blank_or<std::int64_t>> last_sequence;
  account_id from_account;  ///< the sender's userID; "" in the placeholder, 0 when there is no message
  std::string message_for_show;
  nullable<tim::payload> payload;  ///< shaped by `type`, as a message's; null when there is no message
  std::optional<type_string> type;
  std::optional<bool> is_revoked;
  std::optional<std::string> cloud_custom_data;
  std::optional<bool> online_only_flag;
  std::optional<std::string> nick;
  std::optional<std::string> name_card;
  std::optional<std::int64_t> version;
  std::optional<bool> is_peer_read;
  nullable<std::string> revoker;
  extras unknown;

  element_type kind() const noexcept { return type ? parse_element_type(*type) : element_type::unknown; }
  /// True for the placeholder of a group with no known last message (lastTime "").
  bool is_placeholder() const noexcept { return last_time.is_blank(); }
  /// True when it summarises a message: not the placeholder, and a `type` that is not "" (the
  /// SDK's summary of a conversation with no message has type "" and payload null).
  bool has_message() const noexcept { return !is_placeholder() && type && !type->empty(); }
};
constexpr auto wxim_schema(schema::tag<last_message>) {
  using namespace schema;
  using T = last_message;
  return object<T>(field("lastTime", &T::last_time), field("lastSequence", &T::last_sequence),
                   field("fromAccount", &T::from_account), field("messageForShow", &T::message_for_show),
                   field("payload", &T::payload), field("type", &T::type), field("isRevoked", &T::is_revoked),
                   field("cloudCustomData", &T::cloud_custom_data), field("onlineOnlyFlag", &T::online_only_flag),
                   field("nick", &T::nick), field("nameCard", &T::name_card), field("version", &T::version),
                   field("isPeerRead", &T::is_peer_read), field("revoker", &T::revoker))
      .keep_unknown(&T::unknown);
}

/// A one-to-one conversation's `userProfile`. `allowType` (AllowType_Type_…) and
/// `adminForbidType` (AdminForbid_Type_…) are kept as strings.
struct user_profile {
  std::string user_id;
  std::optional<std::string> nick;
  std::optional<tim::gender> gender;
  std::optional<std::int64_t> birthday;
  std::optional<std::string> location;
  std::optional<std::string> self_signature;
  std::optional<std::string> allow_type;
  std::optional<std::int64_t> language;
  std::optional<std::string> avatar;
  std::optional<std::int64_t> message_settings;
  std::optional<std::string> admin_forbid_type;
  std::optional<std::int64_t> level;
  std::optional<std::int64_t> role;
  std::optional<std::int64_t> last_updated_time;
  std::optional<std::vector<raw_json>> profile_custom_field;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<user_profile>) {
  using namespace schema;
  using T = user_profile;
  return object<T>(field("userID", &T::user_id), field("nick", &T::nick), field("gender", &T::gender),
                   field("birthday", &T::birthday), field("location", &T::location),
                   field("selfSignature", &T::self_signature), field("allowType", &T::allow_type),
                   field("language", &T::language), field("avatar", &T::avatar),
                   field("messageSettings", &T::message_settings), field("adminForbidType", &T::admin_forbid_type),
                   field("level", &T::level), field("role", &T::role), field("lastUpdatedTime", &T::last_updated_time),
                   field("profileCustomField", &T::profile_custom_field))
      .keep_unknown(&T::unknown);
}

/// `groupProfile.selfInfo`: the logged-in user in the group.
struct group_self_info {
  std::optional<remind_type> message_remind_type;
  std::optional<blank_or<std::int64_t>> join_time;  ///< seconds; "" until the profile loads
  std::optional<std::string> name_card;
  std::optional<member_role> role;
  std::optional<std::string> user_id;
  std::optional<std::int64_t> readed_sequence;  ///< sic
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<group_self_info>) {
  using namespace schema;
  using T = group_self_info;
  return object<T>(field("messageRemindType", &T::message_remind_type), field("joinTime", &T::join_time),
                   field("nameCard", &T::name_card), field("role", &T::role), field("userID", &T::user_id),
                   field("readedSequence", &T::readed_sequence))
      .keep_unknown(&T::unknown);
}

/// A group conversation's `groupProfile` (the SDK's Group). Its `lastMessage` is the group's own
/// summary and is kept as raw JSON. The numbers are "" until the group's profile loads (the SDK
/// builds a Group with "" defaults): blank_or, written back as they came.
struct group_profile {
  std::string group_id;
  std::optional<std::string> name;
  std::optional<std::string> avatar;
  std::optional<group_type> type;
  std::optional<std::string> introduction;
  std::optional<std::string> notification;
  std::optional<std::string> owner_id;
  std::optional<blank_or<std::int64_t>> create_time;  ///< seconds
  std::optional<blank_or<std::int64_t>> info_sequence;
  std::optional<blank_or<std::int64_t>> last_info_time;  ///< seconds
  std::optional<group_self_info> self_info;
  std::optional<raw_json> last_message;
  std::optional<blank_or<std::int64_t>> next_message_seq;
  std::optional<blank_or<std::int64_t>> member_count;
  std::optional<blank_or<std::int64_t>> max_member_count;
  std::optional<std::string> join_option;
  std::optional<std::string> invite_option;
  std::optional<std::vector<raw_json>> group_custom_field;
  std::optional<bool> mute_all_members;
  std::optional<bool> is_support_topic;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<group_profile>) {
  using namespace schema;
  using T = group_profile;
  return object<T>(field("groupID", &T::group_id), field("name", &T::name), field("avatar", &T::avatar),
                   field("type", &T::type), field("introduction", &T::introduction),
                   field("notification", &T::notification), field("ownerID", &T::owner_id),
                   field("createTime", &T::create_time), field("infoSequence", &T::info_sequence),
                   field("lastInfoTime", &T::last_info_time), field("selfInfo", &T::self_info),
                   field("lastMessage", &T::last_message), field("nextMessageSeq", &T::next_message_seq),
                   field("memberCount", &T::member_count), field("maxMemberCount", &T::max_member_count),
                   field("joinOption", &T::join_option), field("inviteOption", &T::invite_option),
                   field("groupCustomField", &T::group_custom_field), field("muteAllMembers", &T::mute_all_members),
                   field("isSupportTopic", &T::is_support_topic))
      .keep_unknown(&T::unknown);
}

/// A TIM conversation.
struct conversation {
  std::string conversation_id;  ///< `conversationID`
  conversation_type type = conversation_type::c2c;
  std::optional<group_type> sub_type;  ///< the group's type, for group conversations
  std::optional<std::int64_t> unread_count;
  std::optional<tim::last_message> last_message;
  std::optional<tim::user_profile> user_profile;            ///< one-to-one
  std::optional<tim::group_profile> group_profile;          ///< group
  std::optional<std::vector<raw_json>> group_at_info_list;  ///< @-me / @-all records
  std::optional<std::string> remark;
  std::optional<bool> is_pinned;
  std::optional<remind_type> message_remind_type;
  std::optional<std::vector<std::int64_t>> mark_list;  ///< mark_star | mark_unread | …
  std::optional<std::string> custom_data;
  std::optional<std::vector<std::string>> conversation_group_list;
  std::optional<std::int64_t> peer_read_time;  ///< seconds, one-to-one
  std::optional<std::string> draft_text;       ///< v3
  std::optional<bool> is_info_completed;       ///< `_isInfoCompleted`
  extras unknown;

  /// conversationID taken apart (storage/conversation_id.hpp).
  tim_conversation_id_parts conversation_parts() const { return parse_tim_conversation_id(conversation_id); }
};
constexpr auto wxim_schema(schema::tag<conversation>) {
  using namespace schema;
  using T = conversation;
  return object<T>(field("conversationID", &T::conversation_id), field("type", &T::type),
                   field("subType", &T::sub_type), field("unreadCount", &T::unread_count),
                   field("lastMessage", &T::last_message), field("userProfile", &T::user_profile),
                   field("groupProfile", &T::group_profile), field("groupAtInfoList", &T::group_at_info_list),
                   field("remark", &T::remark), field("isPinned", &T::is_pinned),
                   field("messageRemindType", &T::message_remind_type), field("markList", &T::mark_list),
                   field("customData", &T::custom_data), field("conversationGroupList", &T::conversation_group_list),
                   field("peerReadTime", &T::peer_read_time), field("draftText", &T::draft_text),
                   field("_isInfoCompleted", &T::is_info_completed))
      .keep_unknown(&T::unknown);
}

}  // namespace tim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<tim::account_id> {
  static bool read(reader& r, tim::account_id& out) {
    const detail::event& e = r.peek();
    if (e.kind == detail::token::int_value && e.num.i == 0) {
      r.take();
      out = tim::account_id::number_zero();
      return true;
    }
    if (e.kind != detail::token::string_value)
      return r.type_error("a userID (or the number 0 of a summary with no message)");
    out.zero = false;
    out.id.assign(r.take().text);
    return true;
  }
  static void write(writer& w, const tim::account_id& v) {
    if (v.zero && v.id.empty())
      w.integer(0);
    else
      w.string(v.id);
  }
};

WXIM_END_NAMESPACE
