// wxim/dialect/jim/chatroom.hpp: the keys mini-program chatrooms add to J-IM chat bodies.
//
// Course chatrooms send `nickName`, `avatar` and their own `type` (1 text,
// 2 image, 3 like, 4 flower) beside J-IM's keys. J-IM does not define them:
// wxim keeps them, like any unknown key, in chat_body::unknown, in order,
// and writes them back. These functions read and write them there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/schema/raw_json.hpp"

namespace wxim::jim {

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

/// The chatroom keys of a chat body; each empty when absent or not of its
/// JSON type (a string, a string, an integer).
struct chatroom_keys {
  std::optional<std::string> nick_name;  ///< `nickName`: the sender's display name
  std::optional<std::string> avatar;     ///< `avatar`: the sender's head image URL
  std::optional<std::int64_t> type;      ///< `type`: see room_message_type

  /// The type as room_message_type, when it is 1–4.
  std::optional<room_message_type> message_type() const noexcept {
    if (type && *type >= 1 && *type <= 4) return static_cast<room_message_type>(*type);
    return std::nullopt;
  }

  friend bool operator==(const chatroom_keys& a, const chatroom_keys& b) {
    return a.nick_name == b.nick_name && a.avatar == b.avatar && a.type == b.type;
  }
  friend bool operator!=(const chatroom_keys& a, const chatroom_keys& b) { return !(a == b); }
};

namespace detail {
template <class T>
std::optional<T> read_unknown(const wxim::extras& x, std::string_view key) {
  const raw_json* raw = x.find(key);
  if (!raw) return std::nullopt;
  auto v = wxim::decode<T>(raw->text);
  if (!v) return std::nullopt;
  return std::move(*v);
}
}  // namespace detail

inline chatroom_keys read_chatroom_keys(const chat_body& b) {
  return chatroom_keys{detail::read_unknown<std::string>(b.unknown, "nickName"),
                       detail::read_unknown<std::string>(b.unknown, "avatar"),
                       detail::read_unknown<std::int64_t>(b.unknown, "type")};
}

/// Sets the keys present in `k` (in the order nickName, avatar, type, after
/// any other unknown key); those absent in `k` are left as they are.
inline void write_chatroom_keys(chat_body& b, const chatroom_keys& k) {
  if (k.nick_name) b.unknown.set("nickName", raw_json{wxim::encode(*k.nick_name)});
  if (k.avatar) b.unknown.set("avatar", raw_json{wxim::encode(*k.avatar)});
  if (k.type) b.unknown.set("type", raw_json{wxim::encode(*k.type)});
}

}  // namespace wxim::jim
