// SPDX-License-Identifier: MIT
// wxim/dialect/jim/mapping.hpp: J-IM chat bodies to and from the canonical model.
//
//   chat body → model never fails: a msgType wxim does not know, or a
//   message without content, becomes unknown_content keeping the number. A
//   course chatroom's body (chatroom.hpp) is read by its own `type`.
//   model → chat body fails (errc::invalid_value) for what J-IM cannot say:
//   file, location and face content, custom content other than "news" (or,
//   in the chatroom style, "like" and "flower"), and room chats. A chat body
//   with msgType 0–5, content, id, from, createTime and its recipient
//   survives body → model → body unchanged, and so does a chatroom body
//   (type 1–4, msgType 0) mapped back with style_of(body), except for
//   `extras` and unknown keys (the model has neither).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <variant>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/dialect/jim/chatroom.hpp"
#include "wxim/model/content.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

// ---- content --------------------------------------------------------------------

/// The model content of a chat body's `msgType` and `content`:
/// 0 text → text_content; 1 image → image_content{url}; 2 voice →
/// voice_content{url}; 3 video → video_content{url}; 4 music →
/// voice_content{url, audio_kind::music}; 5 news → custom_content{sub_kind
/// "news", data}. Any other msgType, an absent msgType, or an absent
/// content → unknown_content{kind = the msgType as text ("" when absent),
/// raw = the content's JSON text ("" when absent)}.
inline content to_content(const std::optional<std::int32_t>& msg_type, const std::optional<std::string>& body) {
  if (msg_type && body) {
    switch (*msg_type) {
      case 0:
        return text_content{*body};
      case 1:
        return image_content{*body, std::nullopt, std::nullopt, std::nullopt};
      case 2:
        return voice_content{*body, std::nullopt, audio_kind::voice};
      case 3:
        return video_content{*body, "", std::nullopt, std::nullopt};
      case 4:
        return voice_content{*body, std::nullopt, audio_kind::music};
      case 5:
        return custom_content{"news", *body, "", ""};
      default:
        break;
    }
  }
  return unknown_content{msg_type ? std::to_string(*msg_type) : std::string(), body ? wxim::encode(*body) : ""};
}

/// The model content of a chat body. A chatroom body with content (its
/// `type` 1–4) is read by that `type`, whatever its msgType (the chatroom
/// always sends 0): 1 → text_content; 2 → image_content{url = content};
/// 3 → custom_content{sub_kind "like", data = content}; 4 →
/// custom_content{"flower", content}. Any other body by msgType, as above.
inline content to_content(const chat_body& b) {
  if (const auto room = room_message_type_of(b); room && b.content) {
    switch (*room) {
      case room_message_type::text:
        return text_content{*b.content};
      case room_message_type::image:
        return image_content{*b.content, std::nullopt, std::nullopt, std::nullopt};
      case room_message_type::like:
      case room_message_type::flower:
        return custom_content{std::string(to_string(*room)), *b.content, "", ""};
    }
  }
  return to_content(b.msg_type, b.content);
}

/// `msgType`, `content` and, in the chatroom style, the chatroom's `type`
/// on the wire.
struct wire_content {
  std::optional<std::int32_t> msg_type;
  std::optional<std::string> content;
  std::optional<std::int32_t> type;  ///< the chatroom's `type` (chatroom style only)

  friend bool operator==(const wire_content& a, const wire_content& b) {
    return a.msg_type == b.msg_type && a.content == b.content && a.type == b.type;
  }
  friend bool operator!=(const wire_content& a, const wire_content& b) { return !(a == b); }
};

namespace detail {

inline error model_error(std::string message, std::string path = {}) {
  return error{errc::invalid_value, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

struct wire_visitor {
  result<wire_content> operator()(const text_content& c) const { return wire_content{0, c.text, std::nullopt}; }
  result<wire_content> operator()(const image_content& c) const { return wire_content{1, c.url, std::nullopt}; }
  result<wire_content> operator()(const voice_content& c) const {
    return wire_content{c.kind == audio_kind::music ? 4 : 2, c.url, std::nullopt};
  }
  result<wire_content> operator()(const video_content& c) const { return wire_content{3, c.url, std::nullopt}; }
  result<wire_content> operator()(const custom_content& c) const {
    if (c.sub_kind == "news") return wire_content{5, c.data, std::nullopt};
    if (c.sub_kind == "like" || c.sub_kind == "flower")
      return model_error("J-IM has no \"" + c.sub_kind +
                         "\" messages; the course chatroom has (type 3 like, 4 flower): map it in the chatroom style");
    return model_error("J-IM's only custom content is news (msgType 5), not \"" + c.sub_kind + "\"");
  }
  result<wire_content> operator()(const unknown_content& c) const {
    wire_content w;
    if (!c.kind.empty()) {
      std::int32_t n = 0;
      const auto r = std::from_chars(c.kind.data(), c.kind.data() + c.kind.size(), n);
      if (r.ec != std::errc() || r.ptr != c.kind.data() + c.kind.size())
        return model_error("a J-IM msgType is an integer; unknown_content.kind \"" + c.kind + "\" is not");
      w.msg_type = n;
    }
    if (!c.raw.empty()) {
      auto s = wxim::decode<std::string>(c.raw);
      if (!s) return model_error("J-IM content is a string; unknown_content.raw must be a JSON string (or empty)");
      w.content = std::move(*s);
    }
    return w;
  }
  result<wire_content> operator()(const file_content&) const { return none("file"); }
  result<wire_content> operator()(const location_content&) const { return none("location"); }
  result<wire_content> operator()(const face_content&) const { return none("face"); }

  static error none(std::string_view kind) {
    return model_error("J-IM has no " + std::string(kind) +
                       " messages: only text, image, voice, video, music and news (msgType 0-5)");
  }
};

/// The course chatroom's kinds: msgType 0 and the kind in `type`.
inline result<wire_content> chatroom_wire_content(const content& c) {
  const auto room = [](room_message_type t, const std::string& text) {
    return wire_content{0, text, static_cast<std::int32_t>(t)};
  };
  if (const auto* t = std::get_if<text_content>(&c)) return room(room_message_type::text, t->text);
  if (const auto* i = std::get_if<image_content>(&c)) return room(room_message_type::image, i->url);
  if (const auto* x = std::get_if<custom_content>(&c)) {
    if (x->sub_kind == "like") return room(room_message_type::like, x->data);
    if (x->sub_kind == "flower") return room(room_message_type::flower, x->data);
  }
  // What came without a kind (no content) goes back as it came, without `type`.
  if (std::holds_alternative<unknown_content>(c)) return std::visit(wire_visitor{}, c);
  return model_error("the course chatroom sends text (type 1), images (2), likes (3) and flowers (4), not " +
                     std::string(wxim::to_string(wxim::kind_of(c))) +
                     (std::holds_alternative<custom_content>(c) ? " \"" + std::get<custom_content>(c).sub_kind + "\""
                                                                : std::string()));
}

}  // namespace detail

/// The wire form of a model content. Lossy: image size and dimensions,
/// durations, a video's thumbnail, a custom's description and extension.
/// audio_kind::unknown is written as voice (2). With `chatroom`, as the
/// course chatroom writes it: msgType 0 and `type` 1 text, 2 image (content
/// = url), 3 custom "like", 4 custom "flower" (content = data); other kinds
/// fail, except unknown_content, written as without `chatroom`.
inline result<wire_content> to_wire_content(const content& c, bool chatroom = false) {
  return chatroom ? detail::chatroom_wire_content(c) : std::visit(detail::wire_visitor{}, c);
}

// ---- chat type --------------------------------------------------------------------

/// chatType 1 → group, 2 → direct, anything else → unknown.
constexpr chat_type to_chat_type(std::int32_t chat_type_code) noexcept {
  return chat_type_code == 1 ? chat_type::group : chat_type_code == 2 ? chat_type::direct : chat_type::unknown;
}

// ---- messages -----------------------------------------------------------------------

/// A chat body as a model message: id, author `from`, recipient `group_id`
/// (group) or `to` (private; for chatType 0, `to` or else `group_id`), time
/// `createTime` (ms), or `fallback_time` when absent (the server fills in
/// its receive time). Absent strings become empty ones.
inline chat_message to_message(const chat_body& b, instant fallback_time = instant{}) {
  chat_message m;
  m.id = b.id.value_or("");
  m.chat = to_chat_type(b.chat_type);
  m.author = b.from.value_or("");
  if (m.chat == chat_type::group)
    m.recipient = b.group_id.value_or("");
  else if (m.chat == chat_type::direct || b.to)
    m.recipient = b.to.value_or("");
  else
    m.recipient = b.group_id.value_or("");
  m.time = b.create_time ? from_unix_ms(*b.create_time) : fallback_time;
  m.body = to_content(b);
  m.status = send_status::success;
  return m;
}

/// The sender as a model profile: `from`, and a chatroom body's `nickName`
/// and `avatar` (empty when absent).
inline user_profile sender_profile(const chat_body& b) {
  return user_profile{b.from.value_or(""), b.nick_name.value_or(""), b.avatar.value_or("")};
}

/// How to_chat_body writes a message. By default as J-IM does, the kind in
/// msgType. `chatroom`: as the course chatroom does (to_wire_content with
/// `chatroom`). `nick_name` and `avatar` are written as `nickName` and
/// `avatar` when present, in either style (the model message has no
/// sender profile; sender_profile() reads them from a body).
struct chat_style {
  bool chatroom = false;
  std::optional<std::string> nick_name;
  std::optional<std::string> avatar;

  friend bool operator==(const chat_style& a, const chat_style& b) {
    return a.chatroom == b.chatroom && a.nick_name == b.nick_name && a.avatar == b.avatar;
  }
  friend bool operator!=(const chat_style& a, const chat_style& b) { return !(a == b); }
};

/// The course chatroom's style, with the sender's display name and avatar.
inline chat_style chatroom_style(std::optional<std::string> nick_name = std::nullopt,
                                 std::optional<std::string> avatar = std::nullopt) {
  return chat_style{true, std::move(nick_name), std::move(avatar)};
}

/// The style a body is written in, to map its message back the same way:
/// chatroom when is_chatroom_chat(b), with its nickName and avatar. A
/// `type` outside 1–4 is not the chatroom's and is not kept.
inline chat_style style_of(const chat_body& b) { return chat_style{is_chatroom_chat(b), b.nick_name, b.avatar}; }

/// A model message as a chat body (cmd 11): chatType 1 with group_id, 2 with
/// `to`, or 0 with `to` for chat_type::unknown; `from`, `id` when not empty;
/// createTime always; the content in `style` (chat_style). Fails for room
/// chats (J-IM has groups, not rooms) and for content the style cannot say
/// (to_wire_content).
inline result<chat_body> to_chat_body(const chat_message& m, const chat_style& style = {}) {
  chat_body b;
  switch (m.chat) {
    case chat_type::group:
      b.chat_type = 1;
      b.group_id = m.recipient;
      break;
    case chat_type::direct:
      b.chat_type = 2;
      b.to = m.recipient;
      break;
    case chat_type::unknown:
      b.chat_type = 0;
      if (!m.recipient.empty()) b.to = m.recipient;
      break;
    case chat_type::room:
      return detail::model_error("J-IM has group (chatType 1) and private (2) chats, not rooms; a chatroom is a group",
                                 "/chatType");
  }
  auto w = to_wire_content(m.body, style.chatroom);
  if (!w) return std::move(w).error();
  b.msg_type = w->msg_type;
  b.content = std::move(w->content);
  b.type = w->type;
  b.nick_name = style.nick_name;
  b.avatar = style.avatar;
  if (!m.author.empty()) b.from = m.author;
  if (!m.id.empty()) b.id = m.id;
  b.create_time = to_unix_ms(m.time);
  return b;
}

// ---- users --------------------------------------------------------------------------

/// `id` (or 3.0's `userId`), `nick`, `avatar`: e.g. the member of a join or
/// exit notify, to_profile(*notify.member()).
inline user_profile to_profile(const user& u) {
  return user_profile{std::string(u.any_id()), u.nick.value_or(""), u.avatar.value_or("")};
}

/// A user with `id`, and `nick` and `avatar` when not empty.
inline user to_user(const user_profile& p) {
  user u;
  u.id = p.id;
  if (!p.nickname.empty()) u.nick = p.nickname;
  if (!p.avatar_url.empty()) u.avatar = p.avatar_url;
  return u;
}

}  // namespace jim
WXIM_END_NAMESPACE
