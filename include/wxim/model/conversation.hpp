// SPDX-License-Identifier: MIT
// wxim/model/conversation.hpp: one entry of a conversation list.
#pragma once

#include <cstdint>
#include <optional>

#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

struct conversation {
  chat_type type = chat_type::direct;
  user_profile peer;  ///< the other person, or the group / room (id and name)
  std::optional<chat_message> latest;
  std::int64_t unread = 0;

  friend bool operator==(const conversation& a, const conversation& b) {
    return a.type == b.type && a.peer == b.peer && a.latest == b.latest && a.unread == b.unread;
  }
  friend bool operator!=(const conversation& a, const conversation& b) { return !(a == b); }
};

WXIM_END_NAMESPACE
