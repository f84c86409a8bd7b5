// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im/builders.hpp: server frames from model values.
//
// For a server author: give the model values (profiles, conversations,
// messages) and get the frame to send. Time comes from the arguments; the
// time zone of `timeStr` is the `utc_offset` you pass, never the machine's.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wxim/dialect/wechat_im/mapping.hpp"
#include "wxim/dialect/wechat_im/server_frames.hpp"
#include "wxim/model/conversation.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/result.hpp"
#include "wxim/timeline/label.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

/// How `timeStr` spells minutes.
enum class time_str_style {
  padded,       ///< `HH:mm`, both zero-padded: 10:10, 09:05 (the default)
  demo_server,  ///< the demo server's defect (quirk 1): minutes ≤ 10 get a "0" prefix, so 10:010
};

/// The server's display time `HH:mm` of `t` at `utc_offset` (e.g. +8 h for
/// the demo server in China): wxim::server_time_str (timeline/label.hpp)
/// with the style as an enum.
inline std::string make_time_str(instant t, std::chrono::minutes utc_offset,
                                 time_str_style style = time_str_style::padded) {
  return wxim::server_time_str(t, utc_offset, style == time_str_style::demo_server);
}

/// S1 for the identity assigned to a connection.
inline login_frame make_login(const user_profile& me) {
  login_frame f;
  f.user = to_user_info(me);
  return f;
}

/// S2 listing `friends` in the order given (the demo server lists everyone
/// but the requester; filtering is the caller's).
inline friend_list_frame make_friend_list(const std::vector<user_profile>& friends) {
  friend_list_frame f;
  f.friends.reserve(friends.size());
  for (const auto& p : friends) f.friends.push_back(to_user_info(p));
  return f;
}

/// S3 for `viewer_id`, one item per conversation, in order (the demo
/// server sends at most one; wxim sends what it is given). Each item:
/// friendId/friendName/friendHeadUrl from the peer, msgUserId = the latest
/// message's author, latestMsg = that message as an embedded JSON string
/// {type, content, duration (voice only), timestamp}, timestamp = its time,
/// timeStr = its HH:mm at `utc_offset`, conversationId -1, and unread as
/// given, except 0 when `viewer_id` wrote the latest message (as the server
/// does). Fails (errc::invalid_value, path /conversations/<i>) for a
/// conversation without a latest message or with content wechat-im cannot say.
inline result<conversation_list_frame> make_conversation_list(const std::vector<conversation>& conversations,
                                                              std::string_view viewer_id,
                                                              std::chrono::minutes utc_offset,
                                                              time_str_style style = time_str_style::padded) {
  conversation_list_frame f;
  f.conversations.reserve(conversations.size());
  for (std::size_t i = 0; i < conversations.size(); ++i) {
    const conversation& c = conversations[i];
    const std::string time_str = c.latest ? make_time_str(c.latest->time, utc_offset, style) : std::string();
    auto item = to_conversation_item(c, time_str);
    if (!item) {
      error e = std::move(item).error();
      e.path = "/conversations/" + std::to_string(i) + e.path;
      return e;
    }
    if (c.latest->author == viewer_id) item->unread = 0;
    f.conversations.push_back(std::move(*item));
  }
  return f;
}

/// S4 of `m` for `requester_id`: userId = the requester, friendId = the
/// message's recipient, msgUserId = its author, timestamp = its time,
/// timeStr = its HH:mm at `utc_offset`, duration on voice only.
inline result<history_item_frame> make_history_item(const chat_message& m, std::string requester_id,
                                                    std::chrono::minutes utc_offset,
                                                    time_str_style style = time_str_style::padded) {
  return to_history_item(m, std::move(requester_id), make_time_str(m.time, utc_offset, style));
}

/// S5 of `m` for its recipient: type, content, duration (voice only) and
/// timestamp = the message's time (the server's receive time).
inline result<forward_frame> make_forward(const chat_message& m) { return to_forward(m); }

}  // namespace wechat_im
WXIM_END_NAMESPACE
