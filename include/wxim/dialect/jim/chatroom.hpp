// SPDX-License-Identifier: MIT
// wxim/dialect/jim/chatroom.hpp: the course chatroom's own keys on J-IM chat bodies.
//
// A course chatroom mini-program sends `nickName`, `avatar` and its own
// `type` (1 text, 2 image, 3 like, 4 flower) beside J-IM's keys on every
// chat, and always sets `msgType` to 0. They are chat_body fields
// (nick_name, avatar, type); this header names the `type` values and says
// whether a body is the chatroom's. mapping.hpp maps them to the model.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

/// The chatroom's `type` (it always sets msgType to 0 and says here what
/// the message is).
enum class room_message_type : std::int32_t { text = 1, image = 2, like = 3, flower = 4 };

constexpr std::string_view to_string(room_message_type t) noexcept {
  switch (t) {
    case room_message_type::text:
      return "text";
    case room_message_type::image:
      return "image";
    case room_message_type::like:
      return "like";
    case room_message_type::flower:
      return "flower";
  }
  return "unknown";
}

/// `type` as a room_message_type, when it is 1-4.
constexpr std::optional<room_message_type> to_room_message_type(std::int32_t type) noexcept {
  if (type >= 1 && type <= 4) return static_cast<room_message_type>(type);
  return std::nullopt;
}

/// The body's chatroom `type`, when it has one that is 1-4.
inline std::optional<room_message_type> room_message_type_of(const chat_body& b) noexcept {
  return b.type ? to_room_message_type(*b.type) : std::nullopt;
}

/// True for a chat body in the chatroom's shape: one whose `type` is 1-4
/// (the chatroom sends it on every chat). `nickName` and `avatar` alone do
/// not make one.
inline bool is_chatroom_chat(const chat_body& b) noexcept { return room_message_type_of(b).has_value(); }

}  // namespace jim
WXIM_END_NAMESPACE
