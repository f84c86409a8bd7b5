// SPDX-License-Identifier: MIT
// wxim/storage/easemob_key.hpp: the chat-record keys of Easemob's mini-program demo.
//
// The demo (easemob/webim-weixin-xcx) keeps each conversation's records in the platform's
// key-value storage under plain concatenations, with no separator:
//   <contact id><my user name>             one-to-one: new (unread) messages
//   <group id><my user name>               group: the same, keyed by `to` on receive and send
//   rendered_<contact or group id><my user name>   history already shown
// The app known as seed 002 keys a group's or a chat room's records by three parts instead:
//   <group or chat-room id><peer's user id><my user name>
// They collide: contact "ab" of user "c" and contact "a" of user "bc" share "abc". These
// functions reproduce the keys exactly, because that is what existing data uses; each is named
// for the app whose scheme it is. For a new app use wxim_key.hpp instead.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "wxim/model/message.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// The prefix that marks a conversation's rendered history.
inline constexpr std::string_view easemob_rendered_prefix = "rendered_";

/// The demo's keys that are not chat records: the logged-in user id, notification lists, the
/// group list and the roster cache. A chat key can land on one of them (contact "my" of user
/// "Username" writes over "myUsername").
inline constexpr std::array<std::string_view, 5> easemob_fixed_keys = {"myUsername", "friendNotiData", "groupNotiData",
                                                                       "listGroup", "member"};

/// The key of a conversation's new messages: the contact's user id (one-to-one) or the group
/// id, followed by the logged-in user's name.
inline std::string make_easemob_chat_key(std::string_view conversation_id, std::string_view my_username) {
  std::string key;
  key.reserve(conversation_id.size() + my_username.size());
  key += conversation_id;
  key += my_username;
  return key;
}

/// The key of a conversation's rendered history: "rendered_" + the chat key.
inline std::string make_easemob_rendered_key(std::string_view conversation_id, std::string_view my_username) {
  std::string key(easemob_rendered_prefix);
  key += conversation_id;
  key += my_username;
  return key;
}

/// The demo's key of a group's or chat room's new messages: the group (or room) id, then the
/// logged-in user's name. The demo uses `to` on receive and on send alike, so no member id is
/// in it; the bytes are make_easemob_chat_key's.
inline std::string make_easemob_demo_group_key(std::string_view group_or_room_id, std::string_view my_username) {
  return make_easemob_chat_key(group_or_room_id, my_username);
}

/// Seed 002's key of a group's or chat room's records: the group (or room) id, the peer's user
/// id, then the logged-in user's name, concatenated with no separator. Three free parts collide
/// more easily still: ("g1", "ab", "c") and ("g1a", "b", "c") share "g1abc".
inline std::string make_easemob_seed002_group_key(std::string_view group_or_room_id, std::string_view peer,
                                                  std::string_view my_username) {
  std::string key;
  key.reserve(group_or_room_id.size() + peer.size() + my_username.size());
  key += group_or_room_id;
  key += peer;
  key += my_username;
  return key;
}

/// The chat key of the conversation `m` belongs to, seen by `my_username`: the group (or room)
/// for group messages, the other party for one-to-one messages.
inline std::string make_easemob_chat_key(const chat_message& m, std::string_view my_username) {
  return make_easemob_chat_key(conversation_peer(m, my_username), my_username);
}

/// A storage key read back the way the demo rebuilds its conversation list.
struct easemob_key {
  std::string conversation_id;
  bool rendered = false;  ///< under the "rendered_" prefix: history already shown

  friend bool operator==(const easemob_key& a, const easemob_key& b) {
    return a.conversation_id == b.conversation_id && a.rendered == b.rendered;
  }
  friend bool operator!=(const easemob_key& a, const easemob_key& b) { return !(a == b); }
};

/// The demo's scan: a key that ends with `my_username` is a chat record; a "rendered_" prefix
/// makes it history. Nothing, when `my_username` is empty, the key does not end with it, or no
/// conversation id is left. This is a guess by construction: "rendered_x" + me is read as x's
/// history even if it was written for a contact called "rendered_x", and keys written for
/// another user whose name ends with a suffix of ours are read as ours.
inline std::optional<easemob_key> parse_easemob_key(std::string_view key, std::string_view my_username) {
  if (my_username.empty() || key.size() <= my_username.size() ||
      key.substr(key.size() - my_username.size()) != my_username)
    return std::nullopt;
  std::string_view id = key.substr(0, key.size() - my_username.size());
  const bool rendered = id.substr(0, easemob_rendered_prefix.size()) == easemob_rendered_prefix;
  if (rendered) id.remove_prefix(easemob_rendered_prefix.size());
  if (id.empty()) return std::nullopt;
  return easemob_key{std::string(id), rendered};
}

/// True when two different (conversation, user) pairs write to a common key: their chat keys
/// are equal, or one's chat key is the other's rendered key.
inline bool easemob_keys_collide(std::string_view conversation_a, std::string_view user_a,
                                 std::string_view conversation_b, std::string_view user_b) {
  if (conversation_a == conversation_b && user_a == user_b) return false;
  const std::string chat_a = make_easemob_chat_key(conversation_a, user_a);
  const std::string chat_b = make_easemob_chat_key(conversation_b, user_b);
  return chat_a == chat_b || chat_a == make_easemob_rendered_key(conversation_b, user_b) ||
         make_easemob_rendered_key(conversation_a, user_a) == chat_b;
}

WXIM_END_NAMESPACE
