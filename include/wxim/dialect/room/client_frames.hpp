// SPDX-License-Identifier: MIT
// wxim/dialect/room/client_frames.hpp: what the chatroom client sends: the
// three socket frames `{token, type, payLoad}` and the ask-a-question HTTP body.
#pragma once

#include <cstdint>
#include <string>

#include "wxim/dialect/room/record.hpp"
#include "wxim/dialect/room/values.hpp"
#include "wxim/schema/embedded_json.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// type 1 `{"token":…,"type":1,"payLoad":""}`: sent at once on open, then
/// every 5 s after each successful send. The payLoad is "", not JSON.
struct heartbeat_frame {
  std::string token;
  std::int64_t type = static_cast<std::int64_t>(frame_type::heartbeat);
  heartbeat_payload pay_load;  ///< `payLoad`, capital L
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<heartbeat_frame>) {
  using namespace schema;
  using T = heartbeat_frame;
  return object<T>(field("token", &T::token), field("type", &T::type), field("payLoad", &T::pay_load))
      .keep_unknown(&T::unknown);
}

/// A join's decoded payLoad: `{"topic": <room>}`.
struct join_payload {
  std::string topic;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<join_payload>) {
  using namespace schema;
  using T = join_payload;
  return object<T>(field("topic", &T::topic)).keep_unknown(&T::unknown);
}

/// type 3: enter the room `topic`; sent on every socket open.
struct join_frame {
  std::string token;
  std::int64_t type = static_cast<std::int64_t>(frame_type::join);
  embedded_json<join_payload> pay_load;  ///< `payLoad`: a string holding JSON
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<join_frame>) {
  using namespace schema;
  using T = join_frame;
  return object<T>(field("token", &T::token), field("type", &T::type), field("payLoad", &T::pay_load))
      .keep_unknown(&T::unknown);
}

/// A send's decoded payLoad: `{"topic": <room>, "chatInfo": "<record as JSON text>"}`.
struct send_payload {
  std::string topic;
  embedded_json<chat_record> chat_info;  ///< `chatInfo`: a string holding JSON again
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<send_payload>) {
  using namespace schema;
  using T = send_payload;
  return object<T>(field("topic", &T::topic), field("chatInfo", &T::chat_info)).keep_unknown(&T::unknown);
}

/// type 2: a chat record for the room. The record sits two string levels
/// down: frame → payLoad (JSON text) → chatInfo (JSON text).
struct send_frame {
  std::string token;
  std::int64_t type = static_cast<std::int64_t>(frame_type::send);
  embedded_json<send_payload> pay_load;  ///< `payLoad`
  extras unknown;

  const chat_record& record() const noexcept { return pay_load.value.chat_info.value; }
  chat_record& record() noexcept { return pay_load.value.chat_info.value; }
};
constexpr auto wxim_schema(schema::tag<send_frame>) {
  using namespace schema;
  using T = send_frame;
  return object<T>(field("token", &T::token), field("type", &T::type), field("payLoad", &T::pay_load))
      .keep_unknown(&T::unknown);
}

/// The JSON body of `POST <base>api/question/add` (HTTP, not the socket):
/// `{"content": <question text>, "streamId": <stream id>}`, sent with
/// `Authorization: <token>`. The response is only logged by the client.
struct question_add_request {
  std::string content;
  std::string stream_id;  ///< `streamId`
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<question_add_request>) {
  using namespace schema;
  using T = question_add_request;
  return object<T>(field("content", &T::content), field("streamId", &T::stream_id)).keep_unknown(&T::unknown);
}

}  // namespace room
WXIM_END_NAMESPACE
