// SPDX-License-Identifier: MIT
// wxim/dialect/room/server_frames.hpp: what the chatroom server sends: socket
// replies `{code, data}` and the history HTTP response body.
#pragma once

#include <vector>

#include "wxim/dialect/room/record.hpp"
#include "wxim/dialect/room/values.hpp"
#include "wxim/schema/embedded_json.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// code 200: one chat record for the room, as JSON text in `data`; its
/// `content` is JSON text again for questions and answers. The record names
/// no room: it is the room the connection joined.
struct record_frame {
  reply_code code;
  embedded_json<chat_record> data;  ///< a string holding JSON
  extras unknown;

  const chat_record& record() const noexcept { return data.value; }
  chat_record& record() noexcept { return data.value; }
};
constexpr auto wxim_schema(schema::tag<record_frame>) {
  using namespace schema;
  using T = record_frame;
  return object<T>(field("code", &T::code), field("data", &T::data)).keep_unknown(&T::unknown);
}

/// Any other code. The client ignores these and their shape is unknown, so
/// `data` is kept as whatever JSON it is, null included, or stays absent.
struct other_reply_frame {
  reply_code code;
  nullable<raw_json> data;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<other_reply_frame>) {
  using namespace schema;
  using T = other_reply_frame;
  return object<T>(field("code", &T::code), field("data", &T::data)).keep_unknown(&T::unknown);
}

/// `data` of the history response: the records, oldest first. Items are
/// objects, not strings; a question's or answer's `content` is JSON text.
struct history_data {
  std::vector<chat_record> items;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<history_data>) {
  using namespace schema;
  using T = history_data;
  return object<T>(field("items", &T::items)).keep_unknown(&T::unknown);
}

/// The body of `GET <base>api/message/chatmsg?page=1&resultsPerPage=1000&stream=<id>&type=`
/// (HTTP, not the socket): `{"data": {"items": [<record>, …]}}`.
struct history_response {
  history_data data;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<history_response>) {
  using namespace schema;
  using T = history_response;
  return object<T>(field("data", &T::data)).keep_unknown(&T::unknown);
}

}  // namespace room
WXIM_END_NAMESPACE
