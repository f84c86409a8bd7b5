// SPDX-License-Identifier: MIT
// wxim/model/message.hpp: one chat message, whatever dialect it came from.
#pragma once

#include <string>
#include <string_view>

#include "wxim/model/content.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// Where a message goes: to one person, to a group, or to a live-stream room.
enum class chat_type { direct, group, room, unknown };

constexpr std::string_view to_string(chat_type t) noexcept {
  switch (t) {
    case chat_type::direct:
      return "direct";
    case chat_type::group:
      return "group";
    case chat_type::room:
      return "room";
    case chat_type::unknown:
      break;
  }
  return "unknown";
}

/// What the sender knows of its own message. `success` means handed to the
/// transport (the socket write completed), never "delivered" or "read".
enum class send_status { sending, success, failed, unknown };

constexpr std::string_view to_string(send_status s) noexcept {
  switch (s) {
    case send_status::sending:
      return "sending";
    case send_status::success:
      return "success";
    case send_status::failed:
      return "failed";
    case send_status::unknown:
      break;
  }
  return "unknown";
}

struct chat_message {
  std::string id;  ///< empty where the dialect has no ids (wechat-im)
  chat_type chat = chat_type::direct;
  std::string author;     ///< user id of the sender
  std::string recipient;  ///< user id (direct) or group / room id
  instant time{};
  content body;
  send_status status = send_status::success;
  /// Recalled (withdrawn) by its sender or an administrator. `body` still
  /// holds what it said, for the sender's own "re-edit"; a viewer shows the
  /// message as recalled, never its old content.
  bool recalled = false;
  /// The peer has read it (one-to-one chats: a read receipt or TIM's
  /// isPeerRead). Says nothing for group messages.
  bool read_by_peer = false;

  friend bool operator==(const chat_message& a, const chat_message& b) {
    return a.id == b.id && a.chat == b.chat && a.author == b.author && a.recipient == b.recipient && a.time == b.time &&
           a.body == b.body && a.status == b.status && a.recalled == b.recalled && a.read_by_peer == b.read_by_peer;
  }
  friend bool operator!=(const chat_message& a, const chat_message& b) { return !(a == b); }
};

/// True when `viewer` wrote the message.
inline bool is_mine(const chat_message& m, std::string_view viewer) noexcept { return m.author == viewer; }

/// The conversation a message belongs to, seen by `viewer`: the group or room
/// for group and room messages; for direct messages, the other person.
inline const std::string& conversation_peer(const chat_message& m, std::string_view viewer) noexcept {
  if (m.chat != chat_type::direct) return m.recipient;
  return m.author == viewer ? m.recipient : m.author;
}

WXIM_END_NAMESPACE
