// SPDX-License-Identifier: MIT
// wxim/dialect/tim/message.hpp: the TIM Message object, every field the SDK serialises.
//
// Fields in the public TypeScript interface come first, then those every runtime object has,
// then the SDK's private `_…` fields, which are kept (never required) so that a serialised
// message round-trips. Times (`time`, `clientTime`) are **seconds**. Only the fields every
// message has are required: ID, type, payload, conversationID, conversationType, to, from, flow,
// time and status; everything else may be absent and then stays absent. A message created before
// login has `conversationID` null (one-to-one), `from` null and `flow` "": the SDK fills them in
// once it knows the user, and wxim keeps them as they came.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/dialect/tim/payloads.hpp"
#include "wxim/dialect/tim/values.hpp"
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

/// `readReceiptInfo`: {} when unused.
struct read_receipt_info {
  std::optional<std::int64_t> read_count;
  std::optional<std::int64_t> unread_count;
  std::optional<bool> is_peer_read;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<read_receipt_info>) {
  using namespace schema;
  using T = read_receipt_info;
  return object<T>(field("readCount", &T::read_count), field("unreadCount", &T::unread_count),
                   field("isPeerRead", &T::is_peer_read))
      .keep_unknown(&T::unknown);
}

/// `revokerInfo` (v3): who recalled the message.
struct revoker_info {
  std::optional<std::string> user_id;
  std::optional<std::string> nick;
  std::optional<std::string> avatar;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<revoker_info>) {
  using namespace schema;
  using T = revoker_info;
  return object<T>(field("userID", &T::user_id), field("nick", &T::nick), field("avatar", &T::avatar))
      .keep_unknown(&T::unknown);
}

/// An entry of `_groupAtInfoList`: {groupAtAllFlag: 0, groupAtUserID} or {groupAtAllFlag: 1}.
struct group_at_info {
  std::int64_t group_at_all_flag = 0;
  std::optional<std::string> group_at_user_id;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<group_at_info>) {
  using namespace schema;
  using T = group_at_info;
  return object<T>(field("groupAtAllFlag", &T::group_at_all_flag), field("groupAtUserID", &T::group_at_user_id))
      .keep_unknown(&T::unknown);
}

/// A TIM message. `payload`'s alternative follows `type` (see payloads.hpp); build one with
/// set_payload() to keep the two in step.
struct message {
  std::string id;    ///< `ID`: <senderTinyID>-<clientTime>-<random>, opaque (ids.hpp splits it)
  type_string type;  ///< element type, as written; kind() parses it
  tim::payload payload;
  nullable<std::string>
      conversation_id;  ///< `conversationID`: C2C<userID>, GROUP<groupID>, @TIM#SYSTEM; null before login
  tim::conversation_type conversation_type = tim::conversation_type::c2c;
  std::string to;              ///< one-to-one: the receiver's userID; group: the groupID
  nullable<std::string> from;  ///< the sender's userID; @TIM#SYSTEM for tips and notices; null before login
  tim::flow flow = tim::flow::out;
  std::int64_t time = 0;  ///< seconds
  message_status status = message_status::un_send;
  std::optional<bool> is_revoked;
  std::optional<tim::priority> priority;
  std::optional<std::string> nick;
  std::optional<std::string> avatar;
  std::optional<bool> is_peer_read;
  std::optional<std::string> name_card;
  std::optional<std::vector<std::string>> at_user_list;  ///< may hold tim::at_all
  std::optional<std::string> cloud_custom_data;          ///< opaque, often JSON text
  std::optional<bool> is_deleted;
  std::optional<bool> is_modified;
  std::optional<bool> need_read_receipt;
  std::optional<tim::read_receipt_info> read_receipt_info;
  std::optional<bool> is_broadcast_message;
  // Runtime fields.
  std::optional<bool> is_read;
  std::optional<std::int64_t> client_sequence;
  std::optional<std::int64_t> sequence;
  std::optional<std::int64_t> random;       ///< 0 … 99,999,999
  std::optional<std::int64_t> client_time;  ///< seconds
  std::optional<std::string> sender_tiny_id;
  std::optional<bool> is_system_message;
  std::optional<std::int64_t> is_place_message;  ///< 0, or 2 for a recalled placeholder
  std::optional<bool> is_resend;
  std::optional<std::string> protocol;  ///< "JSON"
  std::optional<std::int64_t> version;
  std::optional<bool> is_support_extension;
  nullable<std::string> revoker;
  std::optional<tim::revoker_info> revoker_info;  ///< v3
  std::optional<std::string> revoke_reason;       ///< v3
  std::optional<bool> has_risk_content;           ///< v3
  // The SDK's private fields, kept verbatim.
  std::optional<std::vector<raw_json>> elements;  ///< `_elements`: [{type, content, …}]; payload mirrors [0]
  std::optional<std::vector<group_at_info>> group_at_info_list;  ///< `_groupAtInfoList`
  std::optional<bool> online_only_flag;                          ///< `_onlineOnlyFlag`
  std::optional<bool> relay_flag;                                ///< `_relayFlag`
  std::optional<bool> is_excluded_from_unread_count;             ///< `_isExcludedFromUnreadCount`
  std::optional<bool> is_excluded_from_last_message;             ///< `_isExcludedFromLastMessage`
  extras unknown;

  element_type kind() const noexcept { return parse_element_type(type); }
  bool is_outgoing() const noexcept { return flow == tim::flow::out; }
  /// `from`, or "" while it is null (before login).
  std::string sender() const { return from.has_value() ? *from : std::string(); }
  /// conversationID taken apart (storage/conversation_id.hpp); unknown while it is null.
  tim_conversation_id_parts conversation_parts() const {
    return parse_tim_conversation_id(conversation_id.has_value() ? std::string_view(*conversation_id)
                                                                 : std::string_view());
  }
};
constexpr auto wxim_schema(schema::tag<message>) {
  using namespace schema;
  using T = message;
  return object<T>(
             field("ID", &T::id), field("type", &T::type), field("payload", &T::payload),
             field("conversationID", &T::conversation_id, required), field("conversationType", &T::conversation_type),
             field("to", &T::to), field("from", &T::from, required), field("flow", &T::flow), field("time", &T::time),
             field("status", &T::status), field("isRevoked", &T::is_revoked), field("priority", &T::priority),
             field("nick", &T::nick), field("avatar", &T::avatar), field("isPeerRead", &T::is_peer_read),
             field("nameCard", &T::name_card), field("atUserList", &T::at_user_list),
             field("cloudCustomData", &T::cloud_custom_data), field("isDeleted", &T::is_deleted),
             field("isModified", &T::is_modified), field("needReadReceipt", &T::need_read_receipt),
             field("readReceiptInfo", &T::read_receipt_info), field("isBroadcastMessage", &T::is_broadcast_message),
             field("isRead", &T::is_read), field("clientSequence", &T::client_sequence),
             field("sequence", &T::sequence), field("random", &T::random), field("clientTime", &T::client_time),
             field("senderTinyID", &T::sender_tiny_id), field("isSystemMessage", &T::is_system_message),
             field("isPlaceMessage", &T::is_place_message), field("isResend", &T::is_resend),
             field("protocol", &T::protocol), field("version", &T::version),
             field("isSupportExtension", &T::is_support_extension), field("revoker", &T::revoker),
             field("revokerInfo", &T::revoker_info), field("revokeReason", &T::revoke_reason),
             field("hasRiskContent", &T::has_risk_content), field("_elements", &T::elements),
             field("_groupAtInfoList", &T::group_at_info_list), field("_onlineOnlyFlag", &T::online_only_flag),
             field("_relayFlag", &T::relay_flag),
             field("_isExcludedFromUnreadCount", &T::is_excluded_from_unread_count),
             field("_isExcludedFromLastMessage", &T::is_excluded_from_last_message))
      .keep_unknown(&T::unknown);
}

/// Sets the payload and the `type` that names it (a raw JSON payload keeps the type as it is:
/// set `type` yourself).
inline void set_payload(message& m, payload p) {
  if (type_of(p) != element_type::unknown) m.type = std::string(to_string(type_of(p)));
  m.payload = std::move(p);
}
inline void set_payload(message_body& b, payload p) {
  if (type_of(p) != element_type::unknown) b.type = std::string(to_string(type_of(p)));
  b.payload = std::move(p);
}

/// The text a conversation list shows for a message of this type and payload: a text message's
/// text, else the fixed label (show_label); "" for an unknown type.
inline std::string message_for_show(element_type type, const payload& p, show_language lang = show_language::chinese) {
  if (type == element_type::text)
    if (const auto* t = std::get_if<text_payload>(&p)) return t->text;
  return std::string(show_label(type, lang));
}

}  // namespace tim
WXIM_END_NAMESPACE
