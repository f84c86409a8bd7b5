// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/events.hpp: recalls, the server's send ack, and a send's result.
//
// What happens to a message after it is created: `conn.send(msg)` resolves with a send result
// {localMsgId, serverMsgId, message?}, the server's ack says {id (local), mid (server), to},
// and a recall names the recalled message by its server id. The message's id changes from
// the local id to the server id on send; acks, recalls and history use the server id.
#pragma once

#include <optional>
#include <string>

#include "wxim/dialect/easemob/any_message.hpp"
#include "wxim/dialect/easemob/values.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

/// A recall (onRecallMessage): {id, from, to, mid (server id of the recalled message),
/// onlineState?, ext}. Here `ext` is a **string** on the wire; like every ext it is kept as
/// the JSON it was, never coerced.
struct recall_event {
  std::string id;
  std::string from;
  std::string to;
  std::string mid;
  std::optional<online_state> online;  ///< `onlineState`
  nullable<raw_json> ext;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<recall_event>) {
  using namespace schema;
  using T = recall_event;
  return object<T>(field("id", &T::id), field("from", &T::from), field("to", &T::to), field("mid", &T::mid),
                   field("onlineState", &T::online), field("ext", &T::ext))
      .keep_unknown(&T::unknown);
}

/// The server's ack of a send: {id (the local id), mid (the server id), to}.
struct server_ack {
  std::string id;
  std::string mid;
  std::string to;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<server_ack>) {
  using namespace schema;
  using T = server_ack;
  return object<T>(field("id", &T::id), field("mid", &T::mid), field("to", &T::to)).keep_unknown(&T::unknown);
}

/// What `conn.send(msg)` resolves with: {localMsgId, serverMsgId, message?}. Server ids are
/// 64-bit integers as strings: never parse them into a double.
struct send_result {
  std::string local_msg_id;   ///< `localMsgId`
  std::string server_msg_id;  ///< `serverMsgId`
  std::optional<easemob::message> message;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<send_result>) {
  using namespace schema;
  using T = send_result;
  return object<T>(field("localMsgId", &T::local_msg_id), field("serverMsgId", &T::server_msg_id),
                   field("message", &T::message))
      .keep_unknown(&T::unknown);
}

}  // namespace easemob
WXIM_END_NAMESPACE
