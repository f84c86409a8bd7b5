// SPDX-License-Identifier: MIT
// wxim/dialect/room/builders.hpp: the frames and request bodies a chatroom
// client sends, built from a token, a topic and the record's fields, with
// the constants of the published client. No session: the caller sends.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "wxim/dialect/room/client_frames.hpp"
#include "wxim/dialect/room/record.hpp"
#include "wxim/dialect/room/server_frames.hpp"
#include "wxim/dialect/room/time.hpp"
#include "wxim/dialect/room/values.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

/// The published client sends a heartbeat at once on open, then this long
/// after each successful one.
inline constexpr std::chrono::seconds heartbeat_interval{5};

/// The HTTP companions, relative to the app's API root (which ends with '/').
/// Both send the header `Authorization: <token>` (the bare token, no scheme).
inline constexpr std::string_view history_path = "api/message/chatmsg";
inline constexpr std::string_view question_add_path = "api/question/add";

/// The published client asks for one page of 1000 records.
inline constexpr std::int64_t history_page_size = 1000;

/// type 1 `{"token":…,"type":1,"payLoad":""}`.
inline heartbeat_frame make_heartbeat(std::string token) {
  heartbeat_frame f;
  f.token = std::move(token);
  return f;
}

/// type 3 `{"token":…,"type":3,"payLoad":"{\"topic\":…}"}`: enter room `topic`.
inline join_frame make_join(std::string token, std::string topic) {
  join_frame f;
  f.token = std::move(token);
  f.pay_load.value.topic = std::move(topic);
  return f;
}

/// type 2 carrying `record` to room `topic`: payLoad `{"topic","chatInfo"}`
/// with the record as JSON text inside it.
inline send_frame make_send(std::string token, std::string topic, chat_record record) {
  send_frame f;
  f.token = std::move(token);
  f.pay_load.value.topic = std::move(topic);
  f.pay_load.value.chat_info.value = std::move(record);
  return f;
}

/// Who writes, as a record names them.
struct sender {
  user_id user;              ///< the app's user id (a number or a string)
  std::string display_name;  ///< `displayName`
  std::string avatar_url;    ///< `avatarurl`
  std::string stream;        ///< the live-stream id, from the page parameters
};

/// The record a client sends: type "message", `createdat` as given (the
/// published client sends a fixed "2018-10-8 14:30"; see the overload below
/// for a real time).
inline chat_record make_message_record(const sender& who, std::string text, std::string created_at) {
  chat_record r;
  r.user = who.user;
  r.display_name = who.display_name;
  r.avatar_url = who.avatar_url;
  r.stream = who.stream;
  r.content = record_content(std::move(text));
  r.type = std::string(to_string(record_type::message));
  r.created_at = std::move(created_at);
  return r;
}

/// As above, `createdat` = `at` in the sender's zone (`utc_offset`), written
/// `YYYY-M-D HH:mm`.
inline chat_record make_message_record(const sender& who, std::string text, instant at,
                                       std::chrono::minutes utc_offset) {
  return make_message_record(who, std::move(text), format_createdat(at, utc_offset));
}

/// A type 2 frame with a message record: what the page sends for typed text.
inline send_frame make_send_message(std::string token, std::string topic, const sender& who, std::string text,
                                    instant at, std::chrono::minutes utc_offset) {
  return make_send(std::move(token), std::move(topic), make_message_record(who, std::move(text), at, utc_offset));
}

/// The ask-a-question body (what a send becomes in `sureAsk` mode).
inline question_add_request make_question_add(std::string text, std::string stream_id) {
  question_add_request q;
  q.content = std::move(text);
  q.stream_id = std::move(stream_id);
  return q;
}

namespace detail {
/// Percent-encodes everything but RFC 3986's unreserved characters.
inline void append_query_value(std::string& out, std::string_view v) {
  constexpr char hex[] = "0123456789ABCDEF";
  for (const char ch : v) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
}
}  // namespace detail

/// The history request's query string, in the client's parameter order:
/// `page=1&resultsPerPage=1000&stream=<stream>&type=` (an empty type means
/// every record kind). Values are percent-encoded.
inline std::string make_history_query(std::string_view stream, std::int64_t page = 1,
                                      std::int64_t results_per_page = history_page_size, std::string_view type = {}) {
  std::string q = "page=" + std::to_string(page) + "&resultsPerPage=" + std::to_string(results_per_page) + "&stream=";
  detail::append_query_value(q, stream);
  q += "&type=";
  detail::append_query_value(q, type);
  return q;
}

/// Server side: the code 200 frame delivering `record` to the room.
inline record_frame make_record_frame(chat_record record) {
  record_frame f;
  f.data.value = std::move(record);
  return f;
}

}  // namespace room
WXIM_END_NAMESPACE
