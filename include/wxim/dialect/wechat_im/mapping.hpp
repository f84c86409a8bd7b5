// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im/mapping.hpp: wechat-im frames to and from the canonical model.
//
//   frame → model never fails: every type and every content has a model form
//   (unknown_content keeps what wxim does not know). model → frame fails with
//   errc::invalid_value for what wechat-im cannot say (video, file, location,
//   face content; group and room chats). Text, voice and image messages
//   survive frame → model → frame unchanged; docs/dialects/wechat-im-model.md
//   lists what else is lost on the way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/wechat_im/chat_item.hpp"
#include "wxim/dialect/wechat_im/client_frames.hpp"
#include "wxim/dialect/wechat_im/frame.hpp"
#include "wxim/dialect/wechat_im/server_frames.hpp"
#include "wxim/dialect/wechat_im/values.hpp"
#include "wxim/model/content.hpp"
#include "wxim/model/conversation.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

// ---- content ------------------------------------------------------------

/// The three keys a message carries on the wire, whatever the frame:
/// `type`, `content` and `duration`, each possibly absent.
struct wire_content {
  std::optional<std::string> type;
  std::optional<content_value> content;
  std::optional<duration_value> duration;
};

/// The model content of a message's wire keys:
/// - "text" → text_content; "image" → image_content{url};
/// - "voice" → voice_content{url, duration_s} (duration_s empty when the
///   duration is absent or in a loose form);
/// - "custom" → custom_content{sub_kind "closed" for 会话已关闭, else "", data};
/// - any other type, an absent type, or content that is absent or not a
///   string → unknown_content{kind = the type ("" when absent), raw = the
///   content's JSON text ("" when absent)}.
/// A duration on a non-voice message is dropped.
inline content to_content(const std::optional<std::string>& type, const std::optional<content_value>& body,
                          const std::optional<duration_value>& duration = std::nullopt) {
  const bool is_text = body && body->is_string();
  if (type && is_text) {
    switch (parse_message_type(*type)) {
      case message_type::text:
        return text_content{body->text};
      case message_type::image:
        return image_content{body->text, std::nullopt, std::nullopt, std::nullopt};
      case message_type::voice: {
        voice_content v{body->text, std::nullopt, audio_kind::voice};
        if (duration && !duration->other) v.duration_s = duration->seconds;
        return v;
      }
      case message_type::custom:
        return custom_content{body->text == closed_tip ? "closed" : "", body->text, "", ""};
      case message_type::unknown:
        break;
    }
  }
  return unknown_content{type.value_or(std::string()), body ? wxim::encode(*body) : std::string()};
}

inline content to_content(const wire_content& w) { return to_content(w.type, w.content, w.duration); }

namespace detail {

inline error model_error(std::string message, std::string path = {}) {
  return error{errc::invalid_value, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

struct wire_visitor {
  result<wire_content> operator()(const text_content& c) const {
    return wire_content{"text", content_value(c.text), {}};
  }
  result<wire_content> operator()(const image_content& c) const {
    return wire_content{"image", content_value(c.url), {}};
  }
  result<wire_content> operator()(const voice_content& c) const {
    wire_content w{"voice", content_value(c.url), {}};
    if (c.duration_s) {
      if (*c.duration_s < 0)
        return model_error("a voice duration is whole seconds and cannot be negative (got " +
                           std::to_string(*c.duration_s) + ")");
      w.duration = duration_value(*c.duration_s);
    }
    return w;
  }
  result<wire_content> operator()(const custom_content& c) const {
    if (c.sub_kind == "closed" && c.data.empty())
      return wire_content{"custom", content_value(std::string(closed_tip)), {}};
    return wire_content{"custom", content_value(c.data), {}};
  }
  result<wire_content> operator()(const unknown_content& c) const {
    wire_content w;
    if (!c.kind.empty()) w.type = c.kind;
    if (c.raw.empty()) return w;
    decode_options lenient;
    lenient.lenient = leniency::any_content;
    auto body = decode<content_value>(c.raw, lenient);
    if (!body)
      return model_error("unknown_content.raw must be the content's JSON text (or empty for no content), but " +
                         body.error().message);
    w.content = std::move(*body);
    return w;
  }
  result<wire_content> operator()(const video_content&) const { return none("video"); }
  result<wire_content> operator()(const file_content&) const { return none("file"); }
  result<wire_content> operator()(const location_content&) const { return none("location"); }
  result<wire_content> operator()(const face_content&) const { return none("face"); }

  static error none(std::string_view kind) {
    return model_error("wechat-im has no " + std::string(kind) +
                       " messages: only text, voice, image and custom (or an unknown type kept as unknown_content)");
  }
};

inline result<wire_content> direct_wire(const chat_message& m) {
  if (m.chat != chat_type::direct)
    return model_error("wechat-im has only one-to-one chats; this message is a " + std::string(to_string(m.chat)) +
                       " message");
  return std::visit(wire_visitor{}, m.body);
}

}  // namespace detail

/// The wire keys of a model content. Fails (errc::invalid_value) for video,
/// file, location and face content, a negative voice duration, and an
/// unknown_content whose raw text is not JSON. Lossy: image width, height
/// and size; audio_kind; custom description and extension. A custom_content
/// with sub_kind "closed" and empty data is written as 会话已关闭.
inline result<wire_content> to_wire_content(const content& c) { return std::visit(detail::wire_visitor{}, c); }

// ---- profiles -----------------------------------------------------------

inline user_profile to_profile(const user_info& u) { return user_profile{u.user_id, u.nick_name, u.head_url}; }

inline user_info to_user_info(const user_profile& p) { return user_info{p.id, p.nickname, p.avatar_url, {}}; }

// ---- messages: frame → model --------------------------------------------

namespace detail {
inline chat_message make_message(std::string author, std::string recipient, instant t, content body) {
  chat_message m;
  m.chat = chat_type::direct;
  m.author = std::move(author);
  m.recipient = std::move(recipient);
  m.time = t;
  m.body = std::move(body);
  m.status = send_status::success;
  return m;
}
}  // namespace detail

/// C4 sent by `userId` to `friendId`. The frame carries no time: `sent_at`
/// is the caller's (when it was written, or read).
inline chat_message to_message(const chat_frame& f, instant sent_at) {
  return detail::make_message(f.user_id, f.friend_id, sent_at, to_content(f.type, f.content, f.duration));
}

/// S4: author msgUserId, recipient friendId (the recipient of this message,
/// not "the friend"), time = the server's timestamp.
inline chat_message to_message(const history_item_frame& f) {
  return detail::make_message(f.msg_user_id, f.friend_id, from_unix_ms(f.timestamp),
                              to_content(f.type, f.content, f.duration));
}

/// S5 names neither sender nor recipient. Like the client, wxim attributes
/// it to the open chat: author = `open_friend_id` (the friend whose chat page
/// is open), recipient = `my_id` (the viewer). A message the viewer sent to
/// themselves therefore comes back attributed to the friend.
inline chat_message to_message(const forward_frame& f, std::string open_friend_id, std::string my_id) {
  return detail::make_message(std::move(open_friend_id), std::move(my_id), from_unix_ms(f.timestamp),
                              to_content(f.type, f.content, f.duration));
}

/// A conversation's latestMsg: its timestamp when present (absent on the
/// demo server's seeded message), else `fallback` (the item's timestamp).
inline chat_message to_message(const latest_message& l, std::string author, std::string recipient, instant fallback) {
  return detail::make_message(std::move(author), std::move(recipient),
                              l.timestamp ? from_unix_ms(*l.timestamp) : fallback,
                              to_content(l.type, l.content, l.duration));
}

/// Any message-bearing frame, seen by `v`: chat (time = v.arrival), history
/// item and forward (time = the server's timestamp, or v.arrival under
/// v.use_arrival_time; a forward is attributed to v.friend_id → v.my_id).
/// Other frames are errc::invalid_argument.
inline result<chat_message> to_message(const frame& f, const viewer& v) {
  if (const auto* c = std::get_if<chat_frame>(&f)) return to_message(*c, v.arrival);
  chat_message m;
  if (const auto* h = std::get_if<history_item_frame>(&f))
    m = to_message(*h);
  else if (const auto* w = std::get_if<forward_frame>(&f))
    m = to_message(*w, v.friend_id, v.my_id);
  else
    return error{errc::invalid_argument, "", std::nullopt,
                 "a " + std::string(to_string(kind_of(f))) +
                     " frame carries no message; messages come from chat, history_item and forward frames",
                 std::nullopt};
  if (v.use_arrival_time) m.time = v.arrival;
  return m;
}

// ---- messages: model → frame --------------------------------------------

/// C4 from author to recipient; conversationId 0, duration on voice only.
/// The message's time, id and status are not on the wire.
inline result<chat_frame> to_chat_frame(const chat_message& m) {
  auto w = detail::direct_wire(m);
  if (!w) return std::move(w).error();
  chat_frame f;
  f.type = w->type.value_or(std::string());
  if (!w->content) return detail::model_error("a client chat message always has content; this one has none");
  f.content = std::move(*w->content);
  f.user_id = m.author;
  f.friend_id = m.recipient;
  f.duration = std::move(w->duration);
  return f;
}

/// S4 for `requester` (absent only to mirror a request that had no userId):
/// msgUserId = author, friendId = recipient, timestamp = the message's time,
/// timeStr as given (see builders.hpp for one computed from the time).
inline result<history_item_frame> to_history_item(const chat_message& m, std::optional<std::string> requester,
                                                  std::string time_str) {
  auto w = detail::direct_wire(m);
  if (!w) return std::move(w).error();
  history_item_frame f;
  f.type = std::move(w->type);
  f.content = std::move(w->content);
  f.msg_user_id = m.author;
  f.user_id = std::move(requester);
  f.friend_id = m.recipient;
  f.timestamp = to_unix_ms(m.time);
  f.time_str = std::move(time_str);
  f.duration = std::move(w->duration);
  return f;
}

/// S5: type, content, duration (voice only) and timestamp; author and
/// recipient are not on the wire.
inline result<forward_frame> to_forward(const chat_message& m) {
  auto w = detail::direct_wire(m);
  if (!w) return std::move(w).error();
  forward_frame f;
  f.type = std::move(w->type);
  f.content = std::move(w->content);
  f.duration = std::move(w->duration);
  f.timestamp = to_unix_ms(m.time);
  return f;
}

/// The latestMsg value: {type, content, duration (voice only), timestamp}.
inline result<latest_message> to_latest_message(const chat_message& m) {
  auto w = detail::direct_wire(m);
  if (!w) return std::move(w).error();
  latest_message l;
  l.type = std::move(w->type);
  l.content = std::move(w->content);
  l.duration = std::move(w->duration);
  l.timestamp = to_unix_ms(m.time);
  return l;
}

// ---- conversations ------------------------------------------------------

/// A conversation-list entry seen by `viewer_id` (the requester): peer =
/// {friendId, friendName, friendHeadUrl}; latest = latestMsg written by
/// msgUserId, to the viewer when msgUserId is the friend, else to the friend,
/// at latestMsg's timestamp or else the item's; unread as sent.
inline conversation to_conversation(const conversation_item& item, std::string_view viewer_id) {
  conversation c;
  c.type = chat_type::direct;
  c.peer = user_profile{item.friend_id, item.friend_name, item.friend_head_url};
  std::string recipient = item.msg_user_id == item.friend_id ? std::string(viewer_id) : item.friend_id;
  c.latest = to_message(item.latest_msg.value, item.msg_user_id, std::move(recipient), from_unix_ms(item.timestamp));
  c.unread = item.unread;
  return c;
}

/// Every entry of an S3 frame, in order.
inline std::vector<conversation> to_conversations(const conversation_list_frame& f, std::string_view viewer_id) {
  std::vector<conversation> out;
  out.reserve(f.conversations.size());
  for (const auto& item : f.conversations) out.push_back(to_conversation(item, viewer_id));
  return out;
}

/// The entry for a conversation: friendId/friendName/friendHeadUrl from the
/// peer, msgUserId = the latest message's author, latestMsg with its
/// timestamp, timestamp = that time, conversationId -1, timeStr as given.
/// Fails when there is no latest message (a wechat-im entry always has one)
/// or its content has no wechat-im form.
inline result<conversation_item> to_conversation_item(const conversation& c, std::string time_str) {
  if (!c.latest)
    return detail::model_error("a wechat-im conversation entry always has a latest message; this one has none");
  if (c.type != chat_type::direct)
    return detail::model_error("wechat-im has only one-to-one chats; this conversation is a " +
                               std::string(to_string(c.type)) + " one");
  auto latest = to_latest_message(*c.latest);
  if (!latest) return std::move(latest).error();
  conversation_item item;
  item.friend_id = c.peer.id;
  item.msg_user_id = c.latest->author;
  item.friend_head_url = c.peer.avatar_url;
  item.conversation_id = -1;
  item.friend_name = c.peer.nickname;
  item.latest_msg = embedded_json<latest_message>(std::move(*latest));
  item.unread = c.unread;
  item.timestamp = to_unix_ms(c.latest->time);
  item.time_str = std::move(time_str);
  return item;
}

}  // namespace wechat_im
WXIM_END_NAMESPACE
