// SPDX-License-Identifier: MIT
// wxim/timeline/conversation_list.hpp: one entry per conversation, with unread counts.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "wxim/model/conversation.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// Names a conversation as the viewer sees it: the kind of chat and the peer
/// (the other person, or the group / room id). The kind is part of the key
/// because some dialects number users and groups from the same space.
struct conversation_key {
  chat_type type = chat_type::direct;
  std::string peer;

  friend bool operator==(const conversation_key& a, const conversation_key& b) {
    return a.type == b.type && a.peer == b.peer;
  }
  friend bool operator!=(const conversation_key& a, const conversation_key& b) { return !(a == b); }
  friend bool operator<(const conversation_key& a, const conversation_key& b) {
    return std::tie(a.type, a.peer) < std::tie(b.type, b.peer);
  }
};

inline conversation_key key_of(const conversation& c) { return {c.type, c.peer.id}; }

/// How far the viewer has read each conversation: every message at or before
/// the instant is read. A conversation with no mark has read nothing.
using read_marks = std::map<conversation_key, instant>;

namespace detail::conversations {

struct key_view {
  chat_type type;
  std::string_view peer;
};

struct key_less {
  using is_transparent = void;
  static std::tuple<chat_type, std::string_view> tie(const conversation_key& k) noexcept { return {k.type, k.peer}; }
  static std::tuple<chat_type, std::string_view> tie(const key_view& k) noexcept { return {k.type, k.peer}; }
  template <class A, class B>
  bool operator()(const A& a, const B& b) const noexcept {
    return tie(a) < tie(b);
  }
};

struct tally {
  std::size_t latest = 0;  ///< index in the log
  std::int64_t unread = 0;
  std::optional<instant> mark;
};

}  // namespace detail::conversations

/// The viewer's conversation list derived from a message log (any order):
/// one conversation per conversation_key, with
/// - `peer.id` the peer (names and avatars are left empty: the log does not
///   carry them; fill them from the user directory);
/// - `latest` the message with the latest instant (on a tie, the one later in
///   the log);
/// - `unread` the messages not written by the viewer that are later than the
///   conversation's read mark (all of them when it has none).
///
/// Direct messages count when the viewer wrote or received them; a message to
/// oneself makes a conversation with oneself, never unread. Group and room
/// messages all count (the log is assumed to be the viewer's).
///
/// Newest conversation first (by latest instant); equal instants are broken
/// by chat type (direct, group, room, unknown) and then peer id in byte
/// order, so the result does not depend on the log's order.
///
/// The wechat-im demo server instead keeps one unread counter per user and
/// lists only the globally newest message; this keeps one per conversation.
/// O(n log p + p log p) for n messages in p conversations.
inline std::vector<conversation> list_conversations(const std::vector<chat_message>& log, std::string_view viewer,
                                                    const read_marks& marks = {}) {
  using namespace detail::conversations;
  std::map<conversation_key, tally, key_less> tallies;
  for (std::size_t i = 0; i < log.size(); ++i) {
    const chat_message& m = log[i];
    if (m.chat == chat_type::direct && m.author != viewer && m.recipient != viewer) continue;
    const key_view kv{m.chat, conversation_peer(m, viewer)};
    auto it = tallies.find(kv);
    if (it == tallies.end()) {
      conversation_key key{m.chat, std::string(kv.peer)};
      tally t;
      t.latest = i;
      if (const auto mk = marks.find(key); mk != marks.end()) t.mark = mk->second;
      it = tallies.emplace(std::move(key), t).first;
    } else if (log[it->second.latest].time <= m.time) {
      it->second.latest = i;
    }
    if (!is_mine(m, viewer) && (!it->second.mark || m.time > *it->second.mark)) ++it->second.unread;
  }
  std::vector<conversation> list;
  list.reserve(tallies.size());
  for (const auto& [key, t] : tallies) {
    conversation c;
    c.type = key.type;
    c.peer.id = key.peer;
    c.latest = log[t.latest];
    c.unread = t.unread;
    list.push_back(std::move(c));
  }
  // Keys are unique, so this is a total order and std::sort is deterministic.
  std::sort(list.begin(), list.end(), [](const conversation& a, const conversation& b) {
    if (a.latest->time != b.latest->time) return a.latest->time > b.latest->time;
    return key_of(a) < key_of(b);
  });
  return list;
}

/// Resets the unread count of the conversation named `key` to 0. Returns
/// false when the list has no such conversation.
inline bool mark_read(std::vector<conversation>& list, const conversation_key& key) noexcept {
  for (auto& c : list) {
    if (c.type == key.type && c.peer.id == key.peer) {
      c.unread = 0;
      return true;
    }
  }
  return false;
}

/// As above, and moves the conversation's read mark up to its latest message,
/// so that a list derived again from the same log also shows 0 (a mark never
/// moves back).
inline bool mark_read(std::vector<conversation>& list, const conversation_key& key, read_marks& marks) {
  for (auto& c : list) {
    if (c.type != key.type || c.peer.id != key.peer) continue;
    c.unread = 0;
    if (c.latest) {
      auto [it, inserted] = marks.emplace(key, c.latest->time);
      if (!inserted && it->second < c.latest->time) it->second = c.latest->time;
    }
    return true;
  }
  return false;
}

WXIM_END_NAMESPACE
