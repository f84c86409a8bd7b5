// SPDX-License-Identifier: MIT
// wxim/dialect/tim/ids.hpp: TIM message IDs, conversation IDs and client sequences.
//
// A message `ID` is <senderTinyID>-<clientTime>-<random>: the tinyID is Tencent's internal
// numeric account id (not the userID) and is empty, so that the ID starts with "-", when the
// sender's tinyID is not known. IDs are opaque; parse_message_id splits one at its last two "-"
// for tools that need the parts. Conversation IDs are storage/conversation_id.hpp's scheme;
// this header adds the rule that picks a message's conversation.
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "wxim/dialect/tim/values.hpp"
#include "wxim/error.hpp"
#include "wxim/result.hpp"
#include "wxim/storage/conversation_id.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

/// A message ID taken apart.
struct message_id_parts {
  std::string sender_tiny_id;    ///< "" when the ID starts with "-"
  std::int64_t client_time = 0;  ///< seconds
  std::int64_t random = 0;       ///< 0 … 99,999,999

  friend bool operator==(const message_id_parts& a, const message_id_parts& b) {
    return a.sender_tiny_id == b.sender_tiny_id && a.client_time == b.client_time && a.random == b.random;
  }
  friend bool operator!=(const message_id_parts& a, const message_id_parts& b) { return !(a == b); }
};

namespace detail {
inline std::optional<std::int64_t> digits(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  std::int64_t v = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}
}  // namespace detail

/// Splits an ID at its last two "-": the two last parts must be decimal digits (what the SDK
/// writes), the first may be anything, empty included. Anything else is nullopt.
inline std::optional<message_id_parts> parse_message_id(std::string_view id) {
  const auto second = id.rfind('-');
  if (second == std::string_view::npos || second == 0) return std::nullopt;
  const auto first = id.rfind('-', second - 1);
  if (first == std::string_view::npos) return std::nullopt;
  const auto client_time = detail::digits(id.substr(first + 1, second - first - 1));
  const auto random = detail::digits(id.substr(second + 1));
  if (!client_time || !random) return std::nullopt;
  return message_id_parts{std::string(id.substr(0, first)), *client_time, *random};
}

/// The ID the SDK would write for these parts.
inline std::string make_message_id(const message_id_parts& p) {
  return p.sender_tiny_id + '-' + std::to_string(p.client_time) + '-' + std::to_string(p.random);
}

/// The first `clientSequence` of a session started at local time hh:mm:ss: HHMMSS then 0001
/// (21:02:40 gives 2102400001); each further message adds 1.
constexpr std::int64_t first_client_sequence(int hour, int minute, int second) noexcept {
  return (static_cast<std::int64_t>(hour) * 10000 + minute * 100 + second) * 10000 + 1;
}

/// conversationID taken apart: exact "@TIM#SYSTEM", then "GROUP", then "C2C"; anything else is
/// unknown and kept whole.
inline tim_conversation_id_parts parse_conversation_id(std::string_view id) { return parse_tim_conversation_id(id); }

/// The conversationID of a message seen by `me`: one-to-one uses the other party for both
/// directions (C2C + `to` when `from` is me, else C2C + `from`); group and topic messages
/// GROUP + `to`; system notices @TIM#SYSTEM. invalid_argument for an unknown type or an empty id.
inline result<std::string> conversation_id_for(conversation_type type, std::string_view from, std::string_view to,
                                               std::string_view me) {
  switch (type) {
    case conversation_type::c2c:
      return make_tim_conversation_id(tim_conversation_type::c2c, from == me ? to : from);
    case conversation_type::group:
    case conversation_type::topic:
      return make_tim_conversation_id(tim_conversation_type::group, to);
    case conversation_type::system:
      return std::string(system_user);
    case conversation_type::unknown:
      break;
  }
  return error{errc::invalid_argument, "", std::nullopt, "a conversation of unknown type has no conversationID",
               std::nullopt};
}

}  // namespace tim
WXIM_END_NAMESPACE
