// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im/chat_item.hpp: the client's UI model of one message.
//
// The wechat-im mini-program renders a list of chat items, one per message,
// built from the frames it sends and receives. A chat item is not a frame:
// it is what the client keeps (and logs, and passes between pages), so it has
// a schema of its own and round-trips like a frame does.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "wxim/dialect/wechat_im/client_frames.hpp"
#include "wxim/dialect/wechat_im/frame.hpp"
#include "wxim/dialect/wechat_im/server_frames.hpp"
#include "wxim/dialect/wechat_im/values.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/result.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/storage/save_key.hpp"
#include "wxim/timeline/bubble.hpp"
#include "wxim/timeline/label.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// The `sendStatus` strings, as wxim's send_status. Absent → nullopt; a
/// string the client never writes → send_status::unknown (the item keeps it).
inline std::optional<wxim::send_status> parse_send_status(const std::optional<std::string>& s) noexcept {
  if (!s) return std::nullopt;
  if (*s == "sending") return wxim::send_status::sending;
  if (*s == "success") return wxim::send_status::success;
  if (*s == "failed") return wxim::send_status::failed;
  return wxim::send_status::unknown;
}

/// One item of the chat page's list, keys in the client's order:
///   {"msgId":0,"friendId":…,"isMy":false,"showTime":true,"time":"9:07","timestamp":…,"type":"voice",
///    "content":…,"headUrl":…,"sendStatus":"success","voiceDuration":4,"isPlaying":false,"saveKey":…}
/// `timestamp`, `type` and `content` are always there. Everything else may be
/// absent: a closing tip the client creates itself has only timestamp, type,
/// content and (once shown) sendStatus; `voiceDuration` is absent unless the
/// frame had a duration; `saveKey` is absent on text items.
struct chat_item {
  std::optional<std::int64_t> msg_id;            ///< `msgId`: always 0 in the real client
  std::optional<std::string> friend_id;          ///< the open chat's friend
  std::optional<bool> is_my;                     ///< `isMy`
  std::optional<bool> show_time;                 ///< time-bubble flag (the timeline layer decides it)
  std::optional<std::string> time;               ///< time label (the timeline layer decides it)
  std::int64_t timestamp = 0;                    ///< ms since the epoch
  std::string type;                              ///< "text", "voice", "image", "custom", or anything else (kept)
  content_value content;                         ///< as received; non-string JSON under leniency::any_content
  std::optional<std::string> head_url;           ///< own avatar if isMy, else the friend's
  std::optional<std::string> send_status;        ///< "sending" | "success" | "failed"; other strings kept
  std::optional<duration_value> voice_duration;  ///< seconds, from the frame's `duration`
  std::optional<bool> is_playing;                ///< voice playback state
  std::optional<std::string> save_key;           ///< key of the local-file cache; non-text items only
  extras unknown;

  message_type kind() const noexcept { return parse_message_type(type); }
  instant time_point() const noexcept { return from_unix_ms(timestamp); }
  /// sendStatus as wxim's enum: nullopt when absent, unknown for a foreign string.
  std::optional<wxim::send_status> status() const noexcept { return parse_send_status(send_status); }
};

constexpr auto wxim_schema(schema::tag<chat_item>) {
  using namespace schema;
  using T = chat_item;
  return object<T>(field("msgId", &T::msg_id), field("friendId", &T::friend_id), field("isMy", &T::is_my),
                   field("showTime", &T::show_time), field("time", &T::time), field("timestamp", &T::timestamp),
                   field("type", &T::type), field("content", &T::content), field("headUrl", &T::head_url),
                   field("sendStatus", &T::send_status), field("voiceDuration", &T::voice_duration),
                   field("isPlaying", &T::is_playing), field("saveKey", &T::save_key))
      .keep_unknown(&T::unknown);
}

/// How an item's `saveKey` is made (quirk 18); read a cache with the scheme that wrote it.
enum class save_key_scheme {
  /// Since September 2019: the content itself (the remote URL or path), on
  /// non-text items with string content; text items have none.
  content,
  /// Before: friendId + "_" + msgId on every item (wxim::make_legacy_save_key).
  /// msgId is always 0, so every item of a chat gets "<friendId>_0".
  friend_and_msg_id,
};

/// Who is looking at the chat page, and when. The chat-item builders and the
/// frame → model mapping take it because a frame alone does not say: a live
/// forward names neither sender nor recipient, and a history item's author
/// is only "mine" relative to a viewer.
struct viewer {
  std::string my_id;          ///< the logged-in user
  std::string my_avatar;      ///< their avatar (headUrl of their own items)
  std::string friend_id;      ///< the open chat's friend
  std::string friend_avatar;  ///< the friend's avatar (headUrl of received items)
  instant arrival{};          ///< when the frame arrived (or, for an outgoing item, was created)
  /// Compatibility with the original client (quirk 5): stamp received items
  /// with `arrival` instead of the frame's server timestamp.
  bool use_arrival_time = false;
  /// The saveKey scheme of the client version being reproduced.
  save_key_scheme save_keys = save_key_scheme::content;
};

namespace detail {

inline chat_item base_item(const viewer& v, bool mine, std::int64_t timestamp, const std::optional<std::string>& type,
                           const std::optional<content_value>& content, const std::optional<duration_value>& duration,
                           std::string_view status) {
  chat_item c;
  c.msg_id = 0;
  c.friend_id = v.friend_id;
  c.is_my = mine;
  c.show_time = false;
  c.time = std::string();
  c.timestamp = timestamp;
  c.type = type.value_or(std::string());
  c.content = content.value_or(content_value());
  c.head_url = mine ? v.my_avatar : v.friend_avatar;
  c.send_status = std::string(status);
  c.voice_duration = duration;
  c.is_playing = false;
  if (v.save_keys == save_key_scheme::friend_and_msg_id) {
    c.save_key = make_legacy_save_key(*c.friend_id, *c.msg_id);
  } else if (c.type != "text" && c.content.is_string()) {
    c.save_key = c.content.text;  // the file's URL or path; a text item has no file
  }
  return c;
}

inline std::int64_t received_timestamp(std::int64_t server_ms, const viewer& v) noexcept {
  return v.use_arrival_time ? to_unix_ms(v.arrival) : server_ms;
}

}  // namespace detail

/// The item for a history frame (S4): isMy is msgUserId == v.my_id; headUrl
/// follows isMy; sendStatus "success"; timestamp the server's (or v.arrival
/// under use_arrival_time); voiceDuration from duration; saveKey by
/// v.save_keys (content on non-text items by default). showTime stays false
/// and time "": deciding them needs the previous item; label_chat_items
/// sets them for a whole page.
/// A frame without `type` gives type ""; without `content`, content "" (the
/// client would refuse to render either).
inline chat_item make_chat_item(const history_item_frame& f, const viewer& v) {
  return detail::base_item(v, f.msg_user_id == v.my_id, detail::received_timestamp(f.timestamp, v), f.type, f.content,
                           f.duration, "success");
}

/// The item for a live forward (S5). S5 names no sender, so isMy is always
/// false, even for a message the viewer sent to themselves, exactly as in the
/// client; the item is attributed to the open chat (v.friend_id). Otherwise
/// as for a history frame.
inline chat_item make_chat_item(const forward_frame& f, const viewer& v) {
  return detail::base_item(v, false, detail::received_timestamp(f.timestamp, v), f.type, f.content, f.duration,
                           "success");
}

/// The item for an outgoing chat message (C4), as the client appends it
/// before the write: isMy true, headUrl = v.my_avatar, timestamp = v.arrival
/// (the client's clock when the item is created: C4 carries no time),
/// sendStatus "sending" unless another status is given.
inline chat_item make_chat_item(const chat_frame& f, const viewer& v,
                                wxim::send_status status = wxim::send_status::sending) {
  return detail::base_item(v, true, to_unix_ms(v.arrival), f.type, f.content, f.duration, to_string(status));
}

/// Any message-bearing frame (chat, history_item, forward); other frames are
/// errc::invalid_argument.
inline result<chat_item> make_chat_item(const frame& f, const viewer& v) {
  if (const auto* h = std::get_if<history_item_frame>(&f)) return make_chat_item(*h, v);
  if (const auto* w = std::get_if<forward_frame>(&f)) return make_chat_item(*w, v);
  if (const auto* c = std::get_if<chat_frame>(&f)) return make_chat_item(*c, v);
  return error{errc::invalid_argument, "", std::nullopt,
               "a " + std::string(to_string(kind_of(f))) +
                   " frame carries no message; chat items come from chat, history_item and forward frames",
               std::nullopt};
}

/// The tip line the client adds by itself when a chat is closed:
/// {"timestamp":…,"type":"custom","content":"会话已关闭"}, plus sendStatus
/// once shown (pass a status to include it).
inline chat_item make_closed_tip(instant t, std::optional<wxim::send_status> status = std::nullopt) {
  chat_item c;
  c.timestamp = to_unix_ms(t);
  c.type = "custom";
  c.content = content_value(std::string(closed_tip));
  if (status) c.send_status = std::string(to_string(*status));
  return c;
}

/// True for the closing tip the client adds by itself (make_closed_tip): a
/// `custom` item without msgId. The client never gives it a time bubble.
inline bool is_closed_tip(const chat_item& c) noexcept { return !c.msg_id && c.type == "custom"; }

/// Sets `showTime` and `time` on every item of a page, in the order given
/// (the display order: the client sorts its list by timestamp), as the chat
/// page does (§9.5):
/// - showTime: the 5-minute rule (wxim::bubble_tracker) against the previous
///   item that counts. Items still "sending", or "failed", are decided but do
///   not count as previous: the client moves its previous instant only on a
///   successful send or a receive. `previous` is the instant of the item
///   shown before this page, if any; without one the first item shows its time.
/// - time: the label of the item's timestamp (wxim::label) in `style`, seen at
///   `now` by a viewer `utc_offset` east of UTC; on every item, whether or
///   not it shows (showTime says whether it is drawn).
/// Closing tips (is_closed_tip) are left as they are and do not count.
/// No clock is read: `now` is the caller's.
inline void label_chat_items(std::vector<chat_item>& page, instant now, std::chrono::minutes utc_offset,
                             label_style style = label_style::wechat_im,
                             std::optional<instant> previous = std::nullopt) {
  bubble_tracker tracker;
  if (previous) tracker.append(*previous);
  for (chat_item& c : page) {
    if (is_closed_tip(c)) continue;
    const instant t = c.time_point();
    const auto status = c.status();
    const bool counts = status != wxim::send_status::sending && status != wxim::send_status::failed;
    c.show_time = counts ? tracker.append(t) : tracker.decide(t);
    c.time = label(t, now, utc_offset, style);
  }
}

}  // namespace wechat_im
WXIM_END_NAMESPACE
