// SPDX-License-Identifier: MIT
// wxim/dialect/room/mapping.hpp: chat records to and from the canonical model.
//
//   record → model: message → text_content; question → custom_content
//   {sub_kind "question"}; answer → custom_content{sub_kind "answer"}; any
//   other type → unknown_content. chat = room, recipient = the topic (which
//   a record does not carry: the caller names the room), author = `user`,
//   time = `createdat` read at a UTC offset the caller gives.
//   model → record fails (errc::invalid_value) for what the room cannot say.
#pragma once

#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/room/client_frames.hpp"
#include "wxim/dialect/room/record.hpp"
#include "wxim/dialect/room/server_frames.hpp"
#include "wxim/dialect/room/time.hpp"
#include "wxim/dialect/room/values.hpp"
#include "wxim/model/content.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

// ---- record → model -----------------------------------------------------

/// - message → text_content{content};
/// - question → custom_content{sub_kind "question", data = the content's
///   JSON text `{"content":…}`, description = the question};
/// - answer → custom_content{sub_kind "answer", data = the content's JSON
///   text `{"question","answer","orgName","orgLogo"}`, description = the answer};
/// - any other type → unknown_content{kind = the type, raw = the content as a
///   JSON string literal}.
inline content to_content(const chat_record& r) {
  if (const auto* q = r.content.question()) return custom_content{"question", r.content.wire_text(), q->content, ""};
  if (const auto* a = r.content.answer()) return custom_content{"answer", r.content.wire_text(), a->answer, ""};
  const std::string& text = *r.content.text();
  if (r.kind() == record_type::message) return text_content{text};
  return unknown_content{r.type, wxim::encode(text)};
}

/// The author as a profile: `user`, `displayName`, `avatarurl`. On an answer
/// this is the person who asked (the organisation has no id on the wire).
inline user_profile to_profile(const chat_record& r) { return user_profile{r.user.text, r.display_name, r.avatar_url}; }

namespace detail {
inline chat_message make_message(const chat_record& r, std::string topic, instant t) {
  chat_message m;
  m.chat = chat_type::room;
  m.author = r.user.text;
  m.recipient = std::move(topic);
  m.time = t;
  m.body = to_content(r);
  m.status = send_status::success;
  return m;
}
}  // namespace detail

/// The record as a message in room `topic`, its time read from `createdat`
/// at `utc_offset` (the author's zone). No id (the wire has none); status
/// success. Fails with errc::invalid_value at `/createdat` when the text is
/// not `YYYY-M-D H:mm`.
inline result<chat_message> to_message(const chat_record& r, std::string topic, std::chrono::minutes utc_offset) {
  auto t = parse_createdat(r.created_at, utc_offset);
  if (!t) {
    error e = std::move(t).error();
    if (e.code == errc::invalid_value) e.path = "/createdat";
    return e;
  }
  return detail::make_message(r, std::move(topic), *t);
}

/// As above, but never fails: an unreadable `createdat` gives `fallback`
/// (say, when the frame arrived).
inline chat_message to_message(const chat_record& r, std::string topic, std::chrono::minutes utc_offset,
                               instant fallback) {
  auto t = parse_createdat(r.created_at, utc_offset);
  return detail::make_message(r, std::move(topic), t ? *t : fallback);
}

namespace detail {
inline result<chat_message> with_prefix(result<chat_message> m, std::string_view prefix) {
  if (m) return m;
  error e = std::move(m).error();
  if (!e.path.empty()) e.path.insert(0, prefix);
  return e;
}
}  // namespace detail

/// A send's record, in the payLoad's topic; errors point into the frame
/// (`/payLoad/chatInfo/createdat`).
inline result<chat_message> to_message(const send_frame& f, std::chrono::minutes utc_offset) {
  return detail::with_prefix(to_message(f.record(), f.pay_load.value.topic, utc_offset), "/payLoad/chatInfo");
}

/// A delivered record, in room `topic` (the one the connection joined);
/// errors point into the frame (`/data/createdat`).
inline result<chat_message> to_message(const record_frame& f, std::string topic, std::chrono::minutes utc_offset) {
  return detail::with_prefix(to_message(f.record(), std::move(topic), utc_offset), "/data");
}

/// Every history item, in order (oldest first); the first unreadable
/// `createdat` fails at `/data/items/<i>/createdat`.
inline result<std::vector<chat_message>> to_messages(const history_response& h, const std::string& topic,
                                                     std::chrono::minutes utc_offset) {
  std::vector<chat_message> out;
  out.reserve(h.data.items.size());
  for (std::size_t i = 0; i < h.data.items.size(); ++i) {
    auto m = detail::with_prefix(to_message(h.data.items[i], topic, utc_offset), "/data/items/" + std::to_string(i));
    if (!m) return std::move(m).error();
    out.push_back(std::move(*m));
  }
  return out;
}

// ---- what a client shows --------------------------------------------------

/// How the page shows a record (spec §3): the head image, the label before
/// the text, and the text lines.
struct record_display {
  std::string head_image;      ///< avatarurl, or an answer's orgLogo
  std::string label;           ///< "<displayName>:", or "<orgName>回复<displayName>:" for an answer
  bool question_mark = false;  ///< a question gets a question-mark icon
  std::string text;            ///< the message, the question, or an answer's question
  std::string answer;          ///< an answer's answer; empty otherwise
};

inline record_display display_of(const chat_record& r) {
  record_display d;
  d.head_image = r.avatar_url;
  d.label = r.display_name + ":";
  if (const auto* q = r.content.question()) {
    d.question_mark = true;
    d.text = q->content;
  } else if (const auto* a = r.content.answer()) {
    d.head_image = a->org_logo;
    d.label = a->org_name + "回复" + r.display_name + ":";
    d.text = a->question;
    d.answer = a->answer;
  } else {
    d.text = *r.content.text();
  }
  return d;
}

// ---- model → record -----------------------------------------------------

/// What a record says of its author and stream that a chat_message does not.
struct author_info {
  std::string display_name;
  std::string avatar_url;
  std::string stream;
};

/// How `user` is written: as a JSON number when the author id is an integer
/// (the published example's form), or always as a string.
enum class user_id_form { number_if_integer, string };

/// A record's `type` and `content` for a model content.
struct wire_content {
  std::string type;
  record_content content;
};

namespace detail {

inline error model_error(std::string message, std::string path = {}) {
  return error{errc::invalid_value, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

template <class Body>
result<embedded_json<Body>> body_from(const custom_content& c) {
  auto b = wxim::decode<Body>(c.data);
  if (!b)
    return model_error("custom_content.data of a " + c.sub_kind + " must be its JSON text, but " +
                       b.error().describe());
  embedded_json<Body> e(std::move(*b));
  e.set_source(c.data);
  return e;
}

struct wire_visitor {
  result<wire_content> operator()(const text_content& c) const { return wire_content{"message", c.text}; }
  result<wire_content> operator()(const custom_content& c) const {
    if (c.sub_kind == "question") {
      if (c.data.empty()) return wire_content{"question", question_body{c.description, {}}};
      auto b = body_from<question_body>(c);
      if (!b) return std::move(b).error();
      wire_content w{"question", {}};
      w.content.value = std::move(*b);
      return w;
    }
    if (c.sub_kind == "answer") {
      auto b = body_from<answer_body>(c);
      if (!b) return std::move(b).error();
      wire_content w{"answer", {}};
      w.content.value = std::move(*b);
      return w;
    }
    return model_error("the room's custom records are \"question\" and \"answer\"; sub_kind \"" + c.sub_kind +
                       "\" has no room form");
  }
  result<wire_content> operator()(const unknown_content& c) const {
    if (c.kind.empty() || parse_record_type(c.kind) != record_type::unknown)
      return model_error("unknown_content.kind must be a record type the room does not define, got \"" + c.kind + "\"");
    auto text = wxim::decode<std::string>(c.raw);
    if (!text) return model_error("a record's content is a string: unknown_content.raw must be a JSON string literal");
    return wire_content{c.kind, std::move(*text)};
  }
  template <class Other>
  result<wire_content> operator()(const Other&) const {
    return model_error("the room carries text messages, questions and answers only; " +
                       std::string(to_string(kind_of(content(Other{})))) + " content has no room form");
  }
};

inline bool is_json_integer(std::string_view s) noexcept {
  std::int64_t v = 0;
  const char* last = s.data() + s.size();
  const auto r = std::from_chars(s.data(), last, v);
  if (r.ec != std::errc() || r.ptr != last) return false;
  const std::string_view digits = s.substr(s[0] == '-' ? 1 : 0);
  return !digits.empty() && (digits.size() == 1 || digits[0] != '0');
}

}  // namespace detail

/// The record type and content of a model content: text → message; custom
/// "question" → question (from `data`, the JSON text, kept byte for byte; or
/// from `description` when data is empty); custom "answer" → answer (from
/// `data`); unknown_content → its kind, with raw as a JSON string. Anything
/// else is errc::invalid_value.
inline result<wire_content> to_wire_content(const content& c) { return std::visit(detail::wire_visitor{}, c); }

/// The record of a room message: user = the author (a number when it is an
/// integer, unless `form` says string), the author's name, avatar and stream
/// from `who`, createdat = the message's time at `utc_offset` as
/// `YYYY-M-D HH:mm` (seconds are lost). Fails (errc::invalid_value) for a
/// message that is not a room message or whose content has no room form.
inline result<chat_record> to_record(const chat_message& m, const author_info& who, std::chrono::minutes utc_offset,
                                     user_id_form form = user_id_form::number_if_integer) {
  if (m.chat != chat_type::room)
    return detail::model_error("a room record belongs to a room; this message is a " + std::string(to_string(m.chat)) +
                               " message");
  auto w = to_wire_content(m.body);
  if (!w) return std::move(w).error();
  chat_record r;
  r.user.text = m.author;
  r.user.is_number = form == user_id_form::number_if_integer && detail::is_json_integer(m.author);
  r.display_name = who.display_name;
  r.avatar_url = who.avatar_url;
  r.stream = who.stream;
  r.content = std::move(w->content);
  r.type = std::move(w->type);
  r.created_at = format_createdat(m.time, utc_offset);
  return r;
}

/// The type 2 frame a client sends for `m`: topic = the message's recipient.
inline result<send_frame> to_send_frame(const chat_message& m, std::string token, const author_info& who,
                                        std::chrono::minutes utc_offset,
                                        user_id_form form = user_id_form::number_if_integer) {
  auto r = to_record(m, who, utc_offset, form);
  if (!r) return std::move(r).error();
  send_frame f;
  f.token = std::move(token);
  f.pay_load.value.topic = m.recipient;
  f.pay_load.value.chat_info.value = std::move(*r);
  return f;
}

/// The code 200 frame a server sends to the room for `m`.
inline result<record_frame> to_record_frame(const chat_message& m, const author_info& who,
                                            std::chrono::minutes utc_offset,
                                            user_id_form form = user_id_form::number_if_integer) {
  auto r = to_record(m, who, utc_offset, form);
  if (!r) return std::move(r).error();
  record_frame f;
  f.data.value = std::move(*r);
  return f;
}

}  // namespace room
WXIM_END_NAMESPACE
