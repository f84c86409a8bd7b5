// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/acks.hpp: the ack bodies `read`, `delivery` and `channel`.
//
// Acks are message bodies too (they have an `id` and a `type`), but they carry no content and
// have no model form. Acks, recalls and history name messages by their **server** id.
#pragma once

#include <optional>
#include <string>

#include "wxim/dialect/easemob/body.hpp"
#include "wxim/dialect/easemob/values.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

/// `read` receipt, one-to-one or group only. Created: {id, type, chatType, to, ackId (the
/// server id of the message read)}. Received: ackId or mid, groupReadCount? (message id →
/// readers), ackContent?. A read ack names its message by `ackId` or `mid`; one of them must
/// be there (decode_object and decode<message> check it).
struct read_ack {
  std::string id;
  std::string type = "read";
  std::optional<std::string> chat_type;  ///< `chatType`
  std::optional<std::string> from;
  std::string to;
  std::optional<std::string> ack_id;  ///< `ackId`
  std::optional<std::string> mid;
  std::optional<read_counts> group_read_count;  ///< `groupReadCount`
  std::optional<std::string> ack_content;       ///< `ackContent`
  nullable<raw_json> ext;
  std::optional<time_value> time;
  std::optional<online_state> online;  ///< `onlineState`
  extras unknown;

  /// The server id of the message read: ackId, else mid.
  const std::string* acked_id() const noexcept { return ack_id ? &*ack_id : mid ? &*mid : nullptr; }
};
constexpr auto wxim_schema(schema::tag<read_ack>) {
  using namespace schema;
  using T = read_ack;
  return object<T>(field("id", &T::id), field("type", &T::type), field("chatType", &T::chat_type),
                   field("from", &T::from), field("to", &T::to), field("ackId", &T::ack_id), field("mid", &T::mid),
                   field("groupReadCount", &T::group_read_count), field("ackContent", &T::ack_content),
                   field("ext", &T::ext), field("time", &T::time), field("onlineState", &T::online))
      .keep_unknown(&T::unknown);
}

/// `delivery` receipt: {id, type, to, ackId} created; ackId or mid received. Sent only when
/// the connection was created with `delivery: true`.
struct delivery_ack {
  std::string id;
  std::string type = "delivery";
  std::optional<std::string> chat_type;
  std::optional<std::string> from;
  std::string to;
  std::optional<std::string> ack_id;
  std::optional<std::string> mid;
  nullable<raw_json> ext;
  std::optional<time_value> time;
  std::optional<online_state> online;
  extras unknown;

  const std::string* acked_id() const noexcept { return ack_id ? &*ack_id : mid ? &*mid : nullptr; }
};
constexpr auto wxim_schema(schema::tag<delivery_ack>) {
  using namespace schema;
  using T = delivery_ack;
  return object<T>(field("id", &T::id), field("type", &T::type), field("chatType", &T::chat_type),
                   field("from", &T::from), field("to", &T::to), field("ackId", &T::ack_id), field("mid", &T::mid),
                   field("ext", &T::ext), field("time", &T::time), field("onlineState", &T::online))
      .keep_unknown(&T::unknown);
}

/// `channel`: "the whole conversation is read". Created: {id, type, chatType, to}; received
/// adds from and time. Sending one clears the conversation's unread count.
struct channel_ack {
  std::string id;
  std::string type = "channel";
  std::string chat_type;
  std::optional<std::string> from;
  std::string to;
  nullable<raw_json> ext;
  std::optional<time_value> time;
  std::optional<online_state> online;
  extras unknown;

  chat_kind chat() const noexcept { return parse_chat_kind(chat_type); }
};
constexpr auto wxim_schema(schema::tag<channel_ack>) {
  using namespace schema;
  using T = channel_ack;
  return object<T>(field("id", &T::id), field("type", &T::type), field("chatType", &T::chat_type),
                   field("from", &T::from), field("to", &T::to), field("ext", &T::ext), field("time", &T::time),
                   field("onlineState", &T::online))
      .keep_unknown(&T::unknown);
}

}  // namespace easemob
WXIM_END_NAMESPACE
