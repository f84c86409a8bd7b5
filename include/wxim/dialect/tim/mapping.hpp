// SPDX-License-Identifier: MIT
// wxim/dialect/tim/mapping.hpp: TIM messages and conversations to and from the canonical model.
//
//   TIM → model never fails: every element type has a model form (unknown_content keeps what
//   wxim does not know). Seconds become instants (ms). model → TIM fails with
//   errc::invalid_value only for what TIM cannot say (an unknown send status, a negative
//   duration, a merged/group-tip custom_content whose data is not that payload's JSON, an
//   unknown_content whose raw text is not a JSON object) and errc::invalid_argument for a
//   conversation without an id. Text, face, location, custom, relay, group tip and system
//   notice messages survive TIM → model → TIM with their content intact; docs/dialects/tim.md
//   lists what else is lost on the way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/tim/conversation.hpp"
#include "wxim/dialect/tim/events.hpp"
#include "wxim/dialect/tim/ids.hpp"
#include "wxim/dialect/tim/message.hpp"
#include "wxim/dialect/tim/payloads.hpp"
#include "wxim/dialect/tim/values.hpp"
#include "wxim/model/content.hpp"
#include "wxim/model/conversation.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

/// custom_content sub-kinds that carry a whole TIM payload as JSON text in `data`.
inline constexpr std::string_view merged_sub_kind = "merged";
inline constexpr std::string_view group_tip_sub_kind = "group_tip";
inline constexpr std::string_view group_system_notice_sub_kind = "group_system_notice";

// ---- enumerations ---------------------------------------------------------

/// C2C → direct; GROUP and TOPIC → group; @TIM#SYSTEM (group system notices) → unknown.
constexpr chat_type to_chat_type(conversation_type t) noexcept {
  switch (t) {
    case conversation_type::c2c:
      return chat_type::direct;
    case conversation_type::group:
    case conversation_type::topic:
      return chat_type::group;
    case conversation_type::system:
    case conversation_type::unknown:
      break;
  }
  return chat_type::unknown;
}

/// direct → C2C; group and room (a live-stream group) → GROUP; unknown → @TIM#SYSTEM.
constexpr conversation_type to_conversation_type(chat_type t) noexcept {
  switch (t) {
    case chat_type::direct:
      return conversation_type::c2c;
    case chat_type::group:
    case chat_type::room:
      return conversation_type::group;
    case chat_type::unknown:
      break;
  }
  return conversation_type::system;
}

/// unSend and sending → sending; success → success; fail → failed; unknown → unknown.
constexpr send_status to_send_status(message_status s) noexcept {
  switch (s) {
    case message_status::un_send:
    case message_status::sending:
      return send_status::sending;
    case message_status::success:
      return send_status::success;
    case message_status::fail:
      return send_status::failed;
    case message_status::unknown:
      break;
  }
  return send_status::unknown;
}

/// sending → unSend (what the SDK writes before the send completes); success → success;
/// failed → fail; unknown → unknown (which to_tim_message refuses).
constexpr message_status to_message_status(send_status s) noexcept {
  switch (s) {
    case send_status::sending:
      return message_status::un_send;
    case send_status::success:
      return message_status::success;
    case send_status::failed:
      return message_status::fail;
    case send_status::unknown:
      break;
  }
  return message_status::unknown;
}

// ---- content: TIM → model ---------------------------------------------------

namespace detail {

inline std::string non_empty_or(const std::optional<std::string>& first, const std::string& second) {
  return first && !first->empty() ? *first : second;
}

/// The original image (type 0), else the largest by pixels, else the first.
inline const image_info* best_image(const std::vector<image_info>& infos) noexcept {
  const image_info* best = nullptr;
  for (const auto& i : infos)
    if (i.type == image_info_type::original) return &i;
  for (const auto& i : infos) {
    const auto area = [](const image_info& x) { return x.width.value_or(0) * x.height.value_or(0); };
    if (!best || area(i) > area(*best)) best = &i;
  }
  return best;
}

struct content_visitor {
  const std::string& type;

  content operator()(const text_payload& p) const { return text_content{p.text}; }
  content operator()(const image_payload& p) const {
    image_content c;
    if (const image_info* i = best_image(p.image_info_array)) {
      c.url = non_empty_or(i->image_url, i->url);
      c.width = i->width;
      c.height = i->height;
      c.size = i->size;
    }
    return c;
  }
  content operator()(const sound_payload& p) const {
    return voice_content{non_empty_or(p.remote_audio_url, p.url), p.second, audio_kind::voice};
  }
  content operator()(const video_payload& p) const {
    video_content c;
    c.url = non_empty_or(p.remote_video_url, p.video_url);
    c.thumbnail_url = non_empty_or(p.thumb_url, p.snapshot_url.value_or(std::string()));
    c.duration_s = p.video_second;
    c.size = p.video_size;
    return c;
  }
  content operator()(const file_payload& p) const { return file_content{p.file_url, p.file_name, p.file_size}; }
  content operator()(const custom_payload& p) const {
    return custom_content{"", p.data.value_or(std::string()), p.description.value_or(std::string()),
                          p.extension.value_or(std::string())};
  }
  content operator()(const face_payload& p) const { return face_content{p.index, p.data}; }
  content operator()(const location_payload& p) const {
    return location_content{p.latitude, p.longitude, p.description};
  }
  content operator()(const relay_payload& p) const {
    return custom_content{std::string(merged_sub_kind), wxim::encode(p), p.title.value_or(std::string()), ""};
  }
  content operator()(const group_tip_payload& p) const {
    return custom_content{std::string(group_tip_sub_kind), wxim::encode(p), "", ""};
  }
  content operator()(const group_system_notice_payload& p) const {
    return custom_content{std::string(group_system_notice_sub_kind), wxim::encode(p), "", ""};
  }
  content operator()(const raw_json& p) const { return unknown_content{type, p.text}; }
};

}  // namespace detail

/// The model content of an element:
/// - text → text_content; face → face_content{index, data}; location → location_content;
///   file → file_content{fileUrl, fileName, fileSize};
/// - image → image_content of the original image (type 0), else the largest: its imageUrl
///   (the remote URL), else its url; width, height, size;
/// - sound → voice_content{remoteAudioUrl, else url; duration_s = second};
/// - video → video_content{remoteVideoUrl, else videoUrl; thumbUrl, else snapshotUrl;
///   videoSecond; videoSize};
/// - custom → custom_content{"", data, description, extension} ("" for absent keys);
/// - relay → custom_content{"merged", data = the payload's JSON, description = title};
/// - group tip / system notice → custom_content{"group_tip" / "group_system_notice",
///   data = the payload's JSON};
/// - an unknown type → unknown_content{type, the payload's JSON}.
inline content to_content(const std::string& type, const payload& p) {
  return std::visit(detail::content_visitor{type}, p);
}
inline content to_content(const message& m) { return to_content(m.type, m.payload); }

// ---- content: model → TIM ---------------------------------------------------

/// A TIM element: the `type` and `payload` pair of a message.
struct element {
  std::string type;
  tim::payload payload;
};

namespace detail {

inline error model_error(std::string message, std::string path = {}) {
  return error{errc::invalid_value, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

inline result<element> typed(element_type t, const std::string& json, std::string_view what) {
  auto p = decode_payload(t, json);
  if (!p)
    return model_error(std::string(what) + " must hold the " + std::string(to_string(t)) +
                       " payload's JSON text, but " + p.error().describe());
  return element{std::string(to_string(t)), std::move(*p)};
}

struct element_visitor {
  result<element> operator()(const text_content& c) const { return make(text_payload{c.text, {}}); }
  result<element> operator()(const image_content& c) const {
    image_info info;
    info.type = image_info_type::original;
    info.size = c.size;
    info.width = c.width;
    info.height = c.height;
    info.url = c.url;
    info.image_url = c.url;
    info.size_type = image_size_type::original;
    image_payload p;
    p.image_info_array.push_back(std::move(info));
    return make(std::move(p));
  }
  result<element> operator()(const voice_content& c) const {
    if (c.duration_s && *c.duration_s < 0)
      return model_error("a voice duration is whole seconds and cannot be negative (got " +
                         std::to_string(*c.duration_s) + ")");
    sound_payload p;
    p.url = c.url;
    p.remote_audio_url = c.url;
    p.second = c.duration_s.value_or(0);
    return make(std::move(p));
  }
  result<element> operator()(const video_content& c) const {
    video_payload p;
    p.video_url = c.url;
    p.remote_video_url = c.url;
    p.video_second = c.duration_s;
    p.video_size = c.size;
    if (!c.thumbnail_url.empty()) p.thumb_url = c.thumbnail_url;
    return make(std::move(p));
  }
  result<element> operator()(const file_content& c) const {
    return make(file_payload{c.url, c.name, c.size, {}, {}, {}});
  }
  result<element> operator()(const location_content& c) const {
    return make(location_payload{c.description, c.longitude, c.latitude, {}});
  }
  result<element> operator()(const face_content& c) const { return make(face_payload{c.index, c.data, {}}); }
  result<element> operator()(const custom_content& c) const {
    if (c.sub_kind == merged_sub_kind) return typed(element_type::relay, c.data, "a merged custom_content's data");
    if (c.sub_kind == group_tip_sub_kind)
      return typed(element_type::group_tip, c.data, "a group_tip custom_content's data");
    if (c.sub_kind == group_system_notice_sub_kind)
      return typed(element_type::group_system_notice, c.data, "a group_system_notice custom_content's data");
    return make(custom_payload{c.data, c.description, c.extension, {}});
  }
  result<element> operator()(const unknown_content& c) const {
    const element_type t = parse_element_type(c.kind);
    if (t != element_type::unknown) return typed(t, c.raw, "unknown_content.raw");
    if (c.kind.empty()) return model_error("an unknown_content needs its TIM element type in `kind`");
    auto raw = decode<raw_json>(c.raw);
    if (!raw || raw->text.empty() || raw->text[0] != '{')
      return model_error("unknown_content.raw must be the payload's JSON object text");
    return element{c.kind, std::move(*raw)};
  }

  static result<element> make(payload p) {
    const element_type t = type_of(p);
    return element{std::string(to_string(t)), std::move(p)};
  }
};

}  // namespace detail

/// The TIM element of a model content. Lossy: image_content becomes one original image info
/// (url written as both url and imageUrl; no imageFormat or uuid); voice_content's audio_kind;
/// a custom_content's sub_kind other than "merged", "group_tip" and "group_system_notice".
/// Those three must carry their payload's JSON text in `data` (invalid_value otherwise).
inline result<element> to_element(const content& c) { return std::visit(detail::element_visitor{}, c); }

// ---- messages -----------------------------------------------------------------

/// Whether the viewer wrote the message: with no viewer, the SDK's own answer (flow "out", as
/// seen by the logged-in user); with one, whether `from` is the viewer.
inline bool is_mine(const message& m, std::string_view viewer = {}) noexcept {
  return viewer.empty() ? m.flow == flow::out : m.from.has_value() && *m.from == viewer;
}

/// The model message: id = ID, chat from conversationType, author = from ("" while null),
/// recipient = to (the
/// receiver's userID, or the groupID), time = `time` seconds as an instant, body = to_content,
/// status from `status`, recalled = isRevoked, read_by_peer = isPeerRead (or
/// readReceiptInfo.isPeerRead). wxim::is_mine(result, viewer) then agrees with is_mine(m, viewer).
inline chat_message to_message(const message& m) {
  chat_message c;
  c.id = m.id;
  c.chat = to_chat_type(m.conversation_type);
  c.author = m.sender();
  c.recipient = m.to;
  c.time = from_tim_seconds(m.time);
  c.body = to_content(m);
  c.status = to_send_status(m.status);
  c.recalled = m.is_revoked.value_or(false);
  c.read_by_peer =
      m.is_peer_read.value_or(false) || (m.read_receipt_info && m.read_receipt_info->is_peer_read.value_or(false));
  return c;
}

/// The messages of a message event (MESSAGE_RECEIVED, _MODIFIED, _REVOKED, _READ_BY_PEER); none
/// for other events. The event itself says what happened, whatever the objects carry:
/// MESSAGE_REVOKED's messages are recalled and MESSAGE_READ_BY_PEER's read by the peer.
inline std::vector<chat_message> to_messages(const event& e) {
  std::vector<chat_message> out;
  if (const auto* ms = e.messages())
    for (const auto& m : *ms) {
      out.push_back(to_message(m));
      if (e.name == event_name::message_revoked) out.back().recalled = true;
      if (e.name == event_name::message_read_by_peer) out.back().read_by_peer = true;
    }
  return out;
}

/// The TIM message of a model message seen by `viewer` (the logged-in user): ID = id,
/// conversationType from chat, from = author, to = recipient, conversationID by the SDK's rule
/// (C2C + the other party), flow "out" when the author is the viewer, else "in", time = the
/// instant in seconds (rounded up), status from the send status, isRevoked and isPeerRead true
/// when the model says recalled and read_by_peer (left absent when false). The SDK's other
/// fields are left absent: nick, avatar, sequence, random, clientTime and the rest.
inline result<message> to_tim_message(const chat_message& c, std::string_view viewer) {
  auto el = to_element(c.body);
  if (!el) return std::move(el).error();
  message m;
  m.id = c.id;
  m.type = std::move(el->type);
  m.payload = std::move(el->payload);
  m.conversation_type = to_conversation_type(c.chat);
  m.from = c.author;
  m.to = c.recipient;
  auto cid = conversation_id_for(m.conversation_type, c.author, m.to, viewer);
  if (!cid) return std::move(cid).error();
  m.conversation_id = std::move(*cid);
  m.flow = c.author == viewer ? flow::out : flow::in;
  m.time = to_tim_seconds(c.time);
  m.status = to_message_status(c.status);
  if (m.status == message_status::unknown)
    return detail::model_error("TIM has no message status for an unknown send status");
  if (c.recalled) m.is_revoked = true;
  if (c.read_by_peer) m.is_peer_read = true;
  return m;
}

// ---- conversations ------------------------------------------------------------

/// The model conversation seen by `viewer`: type from `type`; peer from userProfile (C2C) or
/// groupProfile (group) {id, nick / name, avatar}, else the id inside conversationID
/// (@TIM#SYSTEM for the system conversation); latest from lastMessage (none for the placeholder
/// or a summary without a `type` or with type ""): author fromAccount, recipient the viewer when fromAccount is
/// the C2C peer, else the peer; time lastTime; id "" (a summary has none); status success;
/// recalled = isRevoked, read_by_peer = isPeerRead; unread = unreadCount (0 when absent).
inline wxim::conversation to_conversation(const conversation& c, std::string_view viewer) {
  wxim::conversation out;
  out.type = to_chat_type(c.type);
  const auto parts = c.conversation_parts();
  out.peer.id = parts.type == tim_conversation_type::system ? std::string(system_user) : parts.id;
  if (c.user_profile && c.type == conversation_type::c2c) {
    out.peer = wxim::user_profile{c.user_profile->user_id, c.user_profile->nick.value_or(std::string()),
                                  c.user_profile->avatar.value_or(std::string())};
  } else if (c.group_profile && c.type != conversation_type::c2c) {
    out.peer = wxim::user_profile{c.group_profile->group_id, c.group_profile->name.value_or(std::string()),
                                  c.group_profile->avatar.value_or(std::string())};
  }
  if (c.last_message && c.last_message->has_message()) {
    const auto& l = *c.last_message;
    chat_message m;
    m.chat = out.type;
    m.author = l.from_account.id;
    if (out.type == chat_type::direct)
      m.recipient = l.from_account.id == out.peer.id ? std::string(viewer) : out.peer.id;
    else
      m.recipient = out.peer.id;
    m.time = from_tim_seconds(*l.last_time);
    m.body = l.payload.has_value() ? to_content(*l.type, *l.payload) : content(unknown_content{*l.type, ""});
    m.status = send_status::success;
    m.recalled = l.is_revoked.value_or(false);
    m.read_by_peer = l.is_peer_read.value_or(false);
    out.latest = std::move(m);
  }
  out.unread = c.unread_count.value_or(0);
  return out;
}

/// The TIM conversation of a model conversation: conversationID and type from the chat type and
/// the peer's id; userProfile {userID, nick, avatar} (C2C) or groupProfile {groupID, name,
/// avatar} (group), with nick / name and avatar only when not empty; unreadCount; lastMessage
/// {lastTime, fromAccount, messageForShow (in `lang`), type, payload, isRevoked and isPeerRead
/// when true} of the latest message, or
/// the placeholder {lastTime:"", lastSequence:"", fromAccount:"", messageForShow:""} when there
/// is none.
inline result<conversation> to_tim_conversation(const wxim::conversation& c,
                                                show_language lang = show_language::chinese) {
  conversation out;
  out.type = to_conversation_type(c.type);
  if (out.type == conversation_type::system) {
    out.conversation_id = std::string(system_user);
  } else {
    auto cid = make_tim_conversation_id(id_type_of(out.type), c.peer.id);
    if (!cid) return std::move(cid).error();
    out.conversation_id = std::move(*cid);
  }
  const auto opt = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
  if (out.type == conversation_type::c2c) {
    user_profile p;
    p.user_id = c.peer.id;
    p.nick = opt(c.peer.nickname);
    p.avatar = opt(c.peer.avatar_url);
    out.user_profile = std::move(p);
  } else if (out.type == conversation_type::group) {
    group_profile g;
    g.group_id = c.peer.id;
    g.name = opt(c.peer.nickname);
    g.avatar = opt(c.peer.avatar_url);
    out.group_profile = std::move(g);
  }
  out.unread_count = c.unread;
  last_message l;
  if (c.latest) {
    auto el = to_element(c.latest->body);
    if (!el) return std::move(el).error();
    l.last_time = to_tim_seconds(c.latest->time);
    l.from_account = c.latest->author;
    l.message_for_show = message_for_show(parse_element_type(el->type), el->payload, lang);
    l.type = std::move(el->type);
    l.payload = std::move(el->payload);
    if (c.latest->recalled) l.is_revoked = true;
    if (c.latest->read_by_peer) l.is_peer_read = true;
  } else {
    l.last_time = blank_or<std::int64_t>::blank();
    l.last_sequence = blank_or<std::int64_t>::blank();
  }
  out.last_message = std::move(l);
  return out;
}

}  // namespace tim
WXIM_END_NAMESPACE
