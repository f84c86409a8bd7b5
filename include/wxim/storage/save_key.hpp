// SPDX-License-Identifier: MIT
// wxim/storage/save_key.hpp: wechat-im's keys for its local-file cache (`saveKey`).
//
// The client keeps a key-value entry from a message's save key to the local path where the
// file was saved. Two schemes exist in real data:
//   - current (since September 2019): the key is the content itself, the remote URL or path;
//   - legacy (before): friendId + "_" + msgId. msgId was always 0, so every file of a chat got
//     the key "<friendId>_0" and overwrote the previous one.
// Read existing data with the scheme that wrote it. For keys of a new app, see wxim_key.hpp;
// for the other dialects, easemob_key.hpp and conversation_id.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "wxim/model/content.hpp"
#include "wxim/model/message.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// The current scheme: the URL (or path) of the file a message carries. Text, location, face,
/// custom and unknown content carry no file and have no key; neither has a file whose URL is
/// empty (the client throws on such an item rather than cache it).
inline std::optional<std::string> make_save_key(const content& c) {
  const std::string* url = std::visit(
      [](const auto& v) -> const std::string* {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, image_content> || std::is_same_v<T, voice_content> ||
                      std::is_same_v<T, video_content> || std::is_same_v<T, file_content>)
          return &v.url;
        else
          return nullptr;
      },
      c);
  if (url == nullptr || url->empty()) return std::nullopt;
  return *url;
}

/// The current scheme for a message: the key of its content.
inline std::optional<std::string> make_save_key(const chat_message& m) { return make_save_key(m.body); }

/// The legacy scheme, exactly as the pre-2019 client built it: friend_id + "_" + msg_id, the
/// number in decimal, as JavaScript writes an integer (the same digits for |msg_id| <= 2^53, the
/// integers a JavaScript number holds exactly). The client's msgId was always 0.
inline std::string make_legacy_save_key(std::string_view friend_id, std::int64_t msg_id = 0) {
  std::string key(friend_id);
  key += '_';
  key += std::to_string(msg_id);
  return key;
}

WXIM_END_NAMESPACE
