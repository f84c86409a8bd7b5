// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/mapping.hpp: Easemob objects to and from the canonical model.
//
//   body → model: every body with content maps (txt text, img image, audio voice, video, file,
//   loc location, custom and combine custom, any other type unknown_content); cmd and the acks
//   have no model form (to_content gives nothing, to_message errc::invalid_argument). Legacy
//   callbacks and the demo's stored records map too.
//   model → body: to_easemob; fails with errc::invalid_value for face content and a chat type
//   Easemob cannot say. docs/dialects/easemob.md lists what is lost either way.
#pragma once

#include <chrono>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/easemob/any_message.hpp"
#include "wxim/dialect/easemob/connection.hpp"
#include "wxim/dialect/easemob/conversation.hpp"
#include "wxim/dialect/easemob/events.hpp"
#include "wxim/dialect/easemob/legacy.hpp"
#include "wxim/dialect/easemob/messages.hpp"
#include "wxim/dialect/easemob/stored.hpp"
#include "wxim/model/content.hpp"
#include "wxim/model/conversation.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

// ---- chat types and people ------------------------------------------------

/// singleChat → direct, groupChat → group, chatRoom → room, anything else → unknown.
constexpr chat_type to_chat_type(chat_kind k) noexcept {
  switch (k) {
    case chat_kind::single_chat:
      return chat_type::direct;
    case chat_kind::group_chat:
      return chat_type::group;
    case chat_kind::chat_room:
      return chat_type::room;
    case chat_kind::unknown:
      break;
  }
  return chat_type::unknown;
}

/// The reverse; unknown has no Easemob spelling.
constexpr std::optional<chat_kind> to_chat_kind(chat_type t) noexcept {
  switch (t) {
    case chat_type::direct:
      return chat_kind::single_chat;
    case chat_type::group:
      return chat_kind::group_chat;
    case chat_type::room:
      return chat_kind::chat_room;
    case chat_type::unknown:
      break;
  }
  return std::nullopt;
}

/// The user id in a `from`: a multi-device self-sync may read "user/resource".
constexpr std::string_view user_of(std::string_view from) noexcept { return from.substr(0, from.find('/')); }

/// The author of a body seen by `viewer`: the viewer when `from` is "" or absent (a message
/// created on this client, not yet sent), else the user in `from`.
inline std::string author_of(const message_common& m, std::string_view viewer) {
  return std::string(m.is_created() ? viewer : user_of(m.sender()));
}

/// True when `viewer` wrote it: `from` is "" (or absent) or names the viewer (any resource).
inline bool is_mine(const message_common& m, std::string_view viewer) noexcept {
  return m.is_created() || user_of(m.sender()) == viewer;
}

/// sending while `from` is "" or absent (created, not yet sent), else success.
inline send_status send_status_of(const message_common& m) noexcept {
  return m.is_created() ? send_status::sending : send_status::success;
}

// ---- content: body → model ------------------------------------------------

namespace detail {

inline std::optional<std::int64_t> to_i64(const std::optional<std::uint64_t>& v) noexcept {
  if (!v) return std::nullopt;
  return *v > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(*v);
}

inline std::optional<std::string> string_in(const raw_json& raw) {
  auto s = decode<std::string>(raw.text);
  if (!s) return std::nullopt;
  return std::move(*s);
}

}  // namespace detail

inline content to_content(const text_message& m) { return text_content{m.msg}; }

/// url (or, on a created message, the file object's url), width, height, size = file_length.
inline content to_content(const image_message& m) {
  std::string url = m.url ? *m.url : (m.file && m.file->url ? *m.file->url : std::string());
  return image_content{std::move(url), detail::to_i64(m.width), detail::to_i64(m.height),
                       detail::to_i64(m.file_length)};
}

/// url (or the file object's url or filePath), duration_s = length (seconds).
inline content to_content(const audio_message& m) {
  std::string url = m.url                         ? *m.url
                    : m.file && m.file->url       ? *m.file->url
                    : m.file && m.file->file_path ? *m.file->file_path
                                                  : std::string();
  return voice_content{std::move(url), detail::to_i64(m.length), audio_kind::voice};
}

/// url, thumbnail_url = thumb, duration_s = length, size = file_length.
inline content to_content(const video_message& m) {
  std::string url = m.url ? *m.url : (m.file && m.file->url ? *m.file->url : std::string());
  return video_content{std::move(url), m.thumb.value_or(std::string()), detail::to_i64(m.length),
                       detail::to_i64(m.file_length)};
}

/// url, name = filename, size = file_length.
inline content to_content(const file_message& m) {
  std::string url = m.url ? *m.url : (m.file && m.file->url ? *m.file->url : std::string());
  std::string name = m.filename ? *m.filename : (m.file && m.file->filename ? *m.file->filename : std::string());
  return file_content{std::move(url), std::move(name), detail::to_i64(m.file_length)};
}

/// latitude = lat, longitude = lng, description = addr (buildingName when addr is absent or
/// empty).
inline content to_content(const location_message& m) {
  std::string where = m.addr && !m.addr->empty() ? *m.addr : m.building_name.value_or(std::string());
  return location_content{m.lat, m.lng, std::move(where)};
}

/// custom_content{sub_kind "", data = customEvent, description "", extension = customExts as
/// JSON text ("" when absent)}.
inline content to_content(const custom_message& m) {
  return custom_content{"", m.custom_event, "", m.custom_exts ? m.custom_exts->text : std::string()};
}

/// custom_content{sub_kind "merged", data = compatibleText, description = title,
/// extension = summary}.
inline content to_content(const combine_message& m) {
  return custom_content{"merged", m.compatible_text.value_or(std::string()), m.title.value_or(std::string()),
                        m.summary.value_or(std::string())};
}

/// unknown_content{kind = the type string, raw = the whole body's JSON text}.
inline content to_content(const unknown_message& m) { return unknown_content{m.type, wxim::encode(m)}; }

/// The content of any body; nothing for cmd and the acks (they carry no content).
inline std::optional<content> to_content(const message& m) {
  return std::visit(
      [](const auto& v) -> std::optional<content> {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, command_message> || std::is_same_v<T, read_ack> ||
                      std::is_same_v<T, delivery_ack> || std::is_same_v<T, channel_ack>) {
          return std::nullopt;
        } else {
          return to_content(v);
        }
      },
      m);
}

// ---- messages: body → model -----------------------------------------------

/// A body with content, seen by `viewer`: id, chat = chatType, author = from (the viewer when
/// "", the user part of "user/resource"), recipient = to, time = `time` (ms), status sending
/// when `from` is "" else success, read_by_peer = isRead on a one-to-one message the viewer
/// wrote (the server sets isRead once the recipient acked reading it; on a message the viewer
/// received it says the viewer read it, which the model does not hold).
template <class M,
          std::enable_if_t<std::is_base_of_v<message_common, M> && !std::is_same_v<M, command_message>, int> = 0>
chat_message to_message(const M& m, std::string_view viewer) {
  chat_message out;
  out.id = m.id;
  out.chat = to_chat_type(m.chat());
  out.author = author_of(m, viewer);
  out.recipient = m.to;
  out.time = m.time.to_instant();
  out.body = to_content(m);
  out.status = send_status_of(m);
  out.read_by_peer = m.is_read && out.chat == chat_type::direct && is_mine(m, viewer);
  return out;
}

/// Any body; errc::invalid_argument for cmd and the acks, which have no model form.
inline result<chat_message> to_message(const message& m, std::string_view viewer) {
  return std::visit(
      [&](const auto& v) -> result<chat_message> {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, command_message> || std::is_same_v<T, read_ack> ||
                      std::is_same_v<T, delivery_ack> || std::is_same_v<T, channel_ack>) {
          return error{errc::invalid_argument, "/type", std::nullopt,
                       "a \"" + v.type +
                           "\" body carries no content and has no model form (cmd is an invisible "
                           "command; read, delivery and channel are acks)",
                       std::nullopt};
        } else {
          return to_message(v, viewer);
        }
      },
      m);
}

/// A legacy callback: chat from `type` (chat → direct, groupchat → group, chatroom → room),
/// text_content{data} for contentsType "TEXT", otherwise unknown_content{kind = contentsType,
/// raw = the whole object's JSON}; time from the string; status success.
inline chat_message to_message(const legacy_message& m, std::string_view viewer) {
  chat_message out;
  out.id = m.id;
  switch (m.chat()) {
    case legacy_chat::chat:
      out.chat = chat_type::direct;
      break;
    case legacy_chat::groupchat:
      out.chat = chat_type::group;
      break;
    case legacy_chat::chatroom:
      out.chat = chat_type::room;
      break;
    case legacy_chat::unknown:
      out.chat = chat_type::unknown;
      break;
  }
  out.author = std::string(m.from.empty() ? viewer : user_of(m.from));
  out.recipient = m.to;
  out.time = m.time.to_instant();
  if (m.is_text() && m.data)
    out.body = text_content{*m.data};
  else
    out.body = unknown_content{m.contents_type, wxim::encode(m)};
  out.status = send_status::success;
  return out;
}

/// A send result with its message: that message with id = serverMsgId and status success.
/// errc::invalid_argument when it has no message, or one without content.
inline result<chat_message> to_message(const send_result& r, std::string_view viewer) {
  if (!r.message)
    return error{errc::invalid_argument, "/message", std::nullopt,
                 "this send result carries no message; apply it to the pending message with apply_send_result",
                 std::nullopt};
  auto m = to_message(*r.message, viewer);
  if (!m) return m;
  m->id = r.server_msg_id;
  m->status = send_status::success;
  return m;
}

/// A demo record. Time = the local `time` text read at `utc_offset`; author = the sender
/// (info.from; without it, as on the early demo's send path, `username`), recipient = info.to;
/// id = `mid` without the body type in front; chat = chatType (unknown when absent); status
/// failed when isFail, else success. Content by the demo's vocabulary: txt and emoji → text
/// (the segments joined, emoji names included), img → image {url (else `data` when it is a
/// string: the early pages keep the URL there), width, height from size}, audio → voice {url, length rounded}, video →
/// video {url}, location/loc → location {description = data when it is a string; lat/lng keys when present}, chat/file
/// → file {url, name = filename key when present}; any other type → unknown_content {kind = the type, raw = msg's
/// JSON}. errc::invalid_value at /time for a time that is not "YYYY-M-D HH:MM:SS".
inline result<chat_message> to_message(const stored_message& r, std::chrono::minutes utc_offset) {
  auto when = parse_record_time(r.time, utc_offset);
  if (!when) {
    error e = std::move(when).error();
    e.path = "/time";
    return e;
  }
  chat_message out;
  out.id = r.message_id();
  out.chat = r.chat_type ? to_chat_type(parse_chat_kind(*r.chat_type)) : chat_type::unknown;
  out.author = r.sender();
  out.recipient = r.info.to;
  out.time = *when;
  out.status = r.is_fail.value_or(false) ? send_status::failed : send_status::success;
  const auto& b = r.msg;
  const std::string url = b.url.value_or(std::string());
  const auto data_string = [&]() -> std::optional<std::string> {
    if (b.data && b.data->other) return detail::string_in(*b.data->other);
    return std::nullopt;
  };
  const auto number_key = [&](std::string_view key) -> std::optional<double> {
    const raw_json* raw = b.unknown.find(key);
    if (!raw) return std::nullopt;
    auto d = decode<double>(raw->text);
    if (!d) return std::nullopt;
    return *d;
  };
  const auto rounded = [](double d) -> std::optional<std::int64_t> {
    if (!std::isfinite(d) || d < 0 || d > 9e15) return std::nullopt;
    return static_cast<std::int64_t>(std::llround(d));
  };
  switch (b.kind()) {
    case record_type::txt:
    case record_type::emoji:
      if (b.data && b.data->is_segments()) {
        out.body = text_content{b.data->joined()};
        return out;
      }
      if (auto s = data_string()) {
        out.body = text_content{std::move(*s)};
        return out;
      }
      break;
    case record_type::img: {
      image_content c{b.url ? url : data_string().value_or(std::string()), std::nullopt, std::nullopt, std::nullopt};
      if (b.size) {
        c.width = rounded(b.size->width);
        c.height = rounded(b.size->height);
      }
      out.body = std::move(c);
      return out;
    }
    case record_type::audio:
      out.body = voice_content{url, b.length ? rounded(*b.length) : std::nullopt, audio_kind::voice};
      return out;
    case record_type::video:
      out.body = video_content{url, "", std::nullopt, std::nullopt};
      return out;
    case record_type::location:
      out.body = location_content{number_key("lat").value_or(0), number_key("lng").value_or(0),
                                  data_string().value_or(std::string())};
      return out;
    case record_type::file: {
      std::string name;
      if (const raw_json* f = b.unknown.find("filename")) name = detail::string_in(*f).value_or(std::string());
      out.body = file_content{url, std::move(name), std::nullopt};
      return out;
    }
    case record_type::unknown:
      break;
  }
  out.body = unknown_content{b.type, wxim::encode(b)};
  return out;
}

// ---- send status ------------------------------------------------------------

/// A send resolved: when `pending` has the result's local id, its id becomes the server id and
/// its status success (true); otherwise nothing changes (false).
inline bool apply_send_result(chat_message& pending, const send_result& r) {
  if (pending.id != r.local_msg_id) return false;
  pending.id = r.server_msg_id;
  pending.status = send_status::success;
  return true;
}

/// The server acked a send: the same, by {id (local), mid (server)}.
inline bool apply_server_ack(chat_message& pending, const server_ack& a) {
  if (pending.id != a.id) return false;
  pending.id = a.mid;
  pending.status = send_status::success;
  return true;
}

/// A send was rejected (with an error object such as {type: 510, ...}): the message failed.
/// Its id stays the local id.
inline void apply_send_error(chat_message& pending, const error_event&) { pending.status = send_status::failed; }

// ---- read and recall ----------------------------------------------------------

/// A read ack (onReadMessage) applied to `m`: when it names `m` (ackId, else mid, is `m.id`, a
/// server id) and `m` is one-to-one, `m` is read by the peer (true). Otherwise nothing changes
/// (false): a group's read acks count readers (groupReadCount), which the model does not hold.
inline bool apply_read_ack(chat_message& m, const read_ack& ack) {
  const std::string* id = ack.acked_id();
  if (!id || *id != m.id || m.chat != chat_type::direct) return false;
  m.read_by_peer = true;
  return true;
}

/// A channel ack (onChannelMessage: "the whole conversation is read") from the peer applied to
/// `m`, seen by `viewer`: when `m` is a one-to-one message the viewer wrote to the ack's sender,
/// no later than the ack's time (when it has one), `m` is read by the peer (true). Otherwise
/// nothing changes (false).
inline bool apply_channel_ack(chat_message& m, const channel_ack& ack, std::string_view viewer) {
  if (!ack.from || m.chat != chat_type::direct || ack.chat() != chat_kind::single_chat) return false;
  if (m.author != viewer || m.recipient != user_of(*ack.from)) return false;
  if (ack.time && m.time > ack.time->to_instant()) return false;
  m.read_by_peer = true;
  return true;
}

/// A recall (onRecallMessage) applied to `m`: when its `mid` is `m.id` (a server id), `m` is
/// recalled (true); its body stays, for the sender's re-edit. Otherwise nothing changes (false).
inline bool apply_recall(chat_message& m, const recall_event& r) {
  if (r.mid != m.id) return false;
  m.recalled = true;
  return true;
}

/// The read ack a one-to-one message read by its peer stands for: {id = `id`, type "read",
/// chatType singleChat, from = the recipient (the reader), to = the author, ackId = m.id}.
/// apply_read_ack of it marks a copy of `m` read again. errc::invalid_argument for a message
/// not read by the peer, or not one-to-one.
inline result<read_ack> to_read_ack(const chat_message& m, std::string id = {}) {
  if (m.chat != chat_type::direct || !m.read_by_peer)
    return error{errc::invalid_argument, "", std::nullopt, "only a one-to-one message read by its peer has a read ack",
                 std::nullopt};
  read_ack a;
  a.id = std::move(id);
  a.chat_type = std::string(to_string(chat_kind::single_chat));
  a.from = m.recipient;
  a.to = m.author;
  a.ack_id = m.id;
  return a;
}

/// The recall event a recalled message stands for: {id = `id`, from = the author, to = the
/// recipient, mid = m.id, ext ""} (the SDK's recall `ext` is a string). apply_recall of it
/// marks a copy of `m` recalled again. errc::invalid_argument for a message not recalled.
inline result<recall_event> to_recall_event(const chat_message& m, std::string id = {}) {
  if (!m.recalled)
    return error{errc::invalid_argument, "", std::nullopt, "only a recalled message has a recall event", std::nullopt};
  recall_event r;
  r.id = std::move(id);
  r.from = m.author;
  r.to = m.recipient;
  r.mid = m.id;
  r.ext = raw_json{"\"\""};
  return r;
}

// ---- messages: model → body -------------------------------------------------

namespace detail {

inline error model_error(std::string message, std::string path = {}) {
  return error{errc::invalid_value, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

inline result<std::optional<std::uint64_t>> to_u64(const std::optional<std::int64_t>& v, std::string_view what) {
  if (!v) return std::optional<std::uint64_t>{};
  if (*v < 0) return model_error(std::string(what) + " cannot be negative (got " + std::to_string(*v) + ")");
  return std::optional<std::uint64_t>{static_cast<std::uint64_t>(*v)};
}

inline std::optional<std::string> non_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

/// Content → the body of its type, envelope not yet filled.
struct body_visitor {
  result<message> operator()(const text_content& c) const {
    text_message m;
    m.msg = c.text;
    return message(std::move(m));
  }
  result<message> operator()(const image_content& c) const {
    image_message m;
    m.url = c.url;
    auto w = to_u64(c.width, "an image width");
    auto h = to_u64(c.height, "an image height");
    auto s = to_u64(c.size, "an image size");
    if (!w) return std::move(w).error();
    if (!h) return std::move(h).error();
    if (!s) return std::move(s).error();
    m.width = *w;
    m.height = *h;
    m.file_length = *s;
    return message(std::move(m));
  }
  result<message> operator()(const voice_content& c) const {
    audio_message m;
    m.url = c.url;
    auto d = to_u64(c.duration_s, "a voice duration");
    if (!d) return std::move(d).error();
    m.length = *d;
    return message(std::move(m));
  }
  result<message> operator()(const video_content& c) const {
    video_message m;
    m.url = c.url;
    m.thumb = non_empty(c.thumbnail_url);
    auto d = to_u64(c.duration_s, "a video duration");
    auto s = to_u64(c.size, "a video size");
    if (!d) return std::move(d).error();
    if (!s) return std::move(s).error();
    m.length = *d;
    m.file_length = *s;
    return message(std::move(m));
  }
  result<message> operator()(const file_content& c) const {
    file_message m;
    m.url = c.url;
    m.filename = c.name;
    auto s = to_u64(c.size, "a file size");
    if (!s) return std::move(s).error();
    m.file_length = *s;
    return message(std::move(m));
  }
  result<message> operator()(const location_content& c) const {
    location_message m;
    m.addr = c.description;
    m.lat = c.latitude;
    m.lng = c.longitude;
    return message(std::move(m));
  }
  result<message> operator()(const face_content&) const {
    return model_error("Easemob has no face (sticker) messages; emoji travel as text");
  }
  result<message> operator()(const custom_content& c) const {
    if (c.sub_kind == "merged") {
      combine_message m;
      m.title = c.description;
      m.summary = c.extension;
      m.compatible_text = c.data;
      return message(std::move(m));
    }
    custom_message m;
    m.custom_event = c.data;
    if (!c.extension.empty()) {
      auto exts = decode<raw_json>(c.extension);
      if (!exts)
        return model_error("custom_content.extension becomes customExts and must be JSON (or empty), but " +
                           exts.error().message);
      m.custom_exts = std::move(*exts);
    }
    return message(std::move(m));
  }
  result<message> operator()(const unknown_content& c) const {
    unknown_message m;
    if (!c.raw.empty()) {
      auto kept = decode<unknown_message>(c.raw);
      if (!kept)
        return model_error("unknown_content.raw must be an Easemob body's JSON (or empty), but " +
                           kept.error().describe());
      m = std::move(*kept);
    }
    m.type = c.kind;
    return message(std::move(m));
  }
};

}  // namespace detail

/// The body of a model message: id, chatType (direct singleChat, group groupChat, room
/// chatRoom), from = author ("" while the status is sending: a created message), to =
/// recipient, time in ms (a number), no ext, isRead when a one-to-one message is read_by_peer
/// (recalled has no body form: see to_recall_event); the content as its type (text txt, image img
/// {url, width, height, file_length = size}, voice audio {url, length = duration_s}, video
/// {url, thumb, length, file_length}, file {url, filename, file_length}, location loc {addr =
/// description, lat, lng}, custom with sub_kind "merged" combine {title = description, summary
/// = extension, compatibleText = data}, other custom {customEvent = data, customExts =
/// extension parsed as JSON}, unknown_content the body kept in raw with its type). Fails
/// (errc::invalid_value) for face content, chat_type::unknown, negative sizes or durations,
/// and extension or raw text that is not JSON.
inline result<message> to_easemob(const chat_message& m) {
  const auto chat = to_chat_kind(m.chat);
  if (!chat) return detail::model_error("a message of unknown chat type has no Easemob chatType");
  auto body = std::visit(detail::body_visitor{}, m.body);
  if (!body) return body;
  std::visit(
      [&](auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_base_of_v<message_common, T>) {
          v.id = m.id;
          v.chat_type = std::string(to_string(*chat));
          v.from = m.status == send_status::sending ? std::string() : m.author;
          v.to = m.recipient;
          v.time = time_value(to_unix_ms(m.time));
          v.is_read = m.read_by_peer && m.chat == chat_type::direct;
        }
      },
      *body);
  return body;
}

// ---- conversations ----------------------------------------------------------

namespace detail {
inline std::optional<chat_message> latest_of(const nullable<last_message>& last, std::string_view viewer) {
  if (!last.has_value() || !last->body) return std::nullopt;
  auto m = to_message(*last->body, viewer);
  if (!m) return std::nullopt;
  return std::move(*m);
}
}  // namespace detail

/// A conversation item seen by `viewer`: type = conversationType, peer.id = conversationId
/// (no name or avatar: Easemob's item has none), latest = lastMessage when it is a body with
/// content, unread = unReadCount (0 when absent). isPinned, pinnedTime, marks and customField
/// are lost.
inline conversation to_conversation(const conversation_item& item, std::string_view viewer) {
  conversation c;
  c.type = to_chat_type(item.chat());
  c.peer = user_profile{item.conversation_id, "", ""};
  c.latest = detail::latest_of(item.last, viewer);
  c.unread = detail::to_i64(item.unread_count).value_or(0);
  return c;
}

/// Every item of a page, in order.
inline std::vector<conversation> to_conversations(const conversation_page& page, std::string_view viewer) {
  std::vector<conversation> out;
  out.reserve(page.conversations.size());
  for (const auto& item : page.conversations) out.push_back(to_conversation(item, viewer));
  return out;
}

/// A deprecated channel info: the peer and type from channel_id, unread = unread_num.
/// errc::invalid_value at /channel_id when it is not "<org>#<app>_<id>@<domain>".
inline result<conversation> to_conversation(const channel_info& info, std::string_view viewer) {
  const auto parts = parse_channel_id(info.channel_id);
  if (!parts)
    return detail::model_error("\"" + info.channel_id + "\" is not a channel id of the form <org>#<app>_<id>@<domain>",
                               "/channel_id");
  conversation c;
  c.type = to_chat_type(parts->chat);
  c.peer = user_profile{parts->id, "", ""};
  c.latest = detail::latest_of(info.last, viewer);
  c.unread = detail::to_i64(info.unread_num).value_or(0);
  return c;
}

/// The item for a model conversation: conversationId = peer.id, conversationType singleChat or
/// groupChat, isPinned false, pinnedTime 0, unReadCount = unread, lastMessage = the latest
/// message's body, or {} when there is none. Fails for room and unknown conversations (chat
/// rooms are not conversations in Easemob), a negative unread count, or a latest message
/// to_easemob refuses.
inline result<conversation_item> to_conversation_item(const conversation& c) {
  if (c.type != chat_type::direct && c.type != chat_type::group)
    return detail::model_error("Easemob conversations are one-to-one or group; this one is " +
                               std::string(to_string(c.type)));
  if (c.unread < 0) return detail::model_error("an unread count cannot be negative");
  conversation_item item;
  item.conversation_id = c.peer.id;
  item.conversation_type = std::string(to_string(*to_chat_kind(c.type)));
  item.is_pinned = false;
  item.pinned_time = 0;
  item.unread_count = static_cast<std::uint64_t>(c.unread);
  last_message last;
  if (c.latest) {
    auto body = to_easemob(*c.latest);
    if (!body) return std::move(body).error();
    last.body = std::move(*body);
  }
  item.last = std::move(last);
  return item;
}

}  // namespace easemob
WXIM_END_NAMESPACE
