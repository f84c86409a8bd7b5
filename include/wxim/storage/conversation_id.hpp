// SPDX-License-Identifier: MIT
// wxim/storage/conversation_id.hpp: Tencent Cloud IM (TIM) conversation IDs.
//
// A TIM conversationID is a type prefix followed by an id, with no separator:
//   "C2C" + the other party's userID       one-to-one
//   "GROUP" + groupID (or topic ID)        group, community topic
//   "@TIM#SYSTEM"                          group system notices, exactly
// The three prefixes are prefix-free (none starts another), so a known ID parses back to one
// (type, id) pair. The library keys TIM records by conversationID.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "wxim/error.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

enum class tim_conversation_type { c2c, group, system, unknown };

/// TIM's spelling of the type, as in a conversation's `type` field: "C2C", "GROUP",
/// "@TIM#SYSTEM"; "unknown" for unknown.
constexpr std::string_view to_string(tim_conversation_type t) noexcept {
  switch (t) {
    case tim_conversation_type::c2c:
      return "C2C";
    case tim_conversation_type::group:
      return "GROUP";
    case tim_conversation_type::system:
      return "@TIM#SYSTEM";
    case tim_conversation_type::unknown:
      break;
  }
  return "unknown";
}

inline constexpr std::string_view tim_c2c_prefix = "C2C";
inline constexpr std::string_view tim_group_prefix = "GROUP";
inline constexpr std::string_view tim_system_conversation_id = "@TIM#SYSTEM";

/// A conversationID taken apart. For `unknown`, `id` is the whole text, kept as it was.
struct tim_conversation_id_parts {
  tim_conversation_type type = tim_conversation_type::unknown;
  std::string id;  ///< userID or groupID; empty for system

  friend bool operator==(const tim_conversation_id_parts& a, const tim_conversation_id_parts& b) {
    return a.type == b.type && a.id == b.id;
  }
  friend bool operator!=(const tim_conversation_id_parts& a, const tim_conversation_id_parts& b) { return !(a == b); }
};

/// Builds a conversationID. Errors (invalid_argument): type unknown; an empty id for c2c or
/// group; a non-empty id for system (its ID is fixed).
inline result<std::string> make_tim_conversation_id(tim_conversation_type type, std::string_view id) {
  wxim::error e;
  e.code = errc::invalid_argument;
  switch (type) {
    case tim_conversation_type::c2c:
    case tim_conversation_type::group: {
      if (id.empty()) {
        e.message = "a " + std::string(to_string(type)) + " conversation needs a non-empty id";
        return e;
      }
      std::string s(type == tim_conversation_type::c2c ? tim_c2c_prefix : tim_group_prefix);
      s += id;
      return s;
    }
    case tim_conversation_type::system:
      if (!id.empty()) {
        e.message =
            "the system conversation's ID is always \"@TIM#SYSTEM\"; it takes no id (got \"" + std::string(id) + "\")";
        return e;
      }
      return std::string(tim_system_conversation_id);
    case tim_conversation_type::unknown:
      break;
  }
  e.message = "cannot build a conversationID of unknown type; keep the original text instead";
  return e;
}

/// Takes a conversationID apart by prefix: exactly "@TIM#SYSTEM" first, then "GROUP", then
/// "C2C", each followed by at least one character. Anything else (no known prefix, a bare
/// prefix, "@TIM#SYSTEM" with a suffix) is `unknown` with the whole text as id, so it survives.
/// For every known result, make_tim_conversation_id(type, id) gives the text back.
inline tim_conversation_id_parts parse_tim_conversation_id(std::string_view text) {
  if (text == tim_system_conversation_id) return {tim_conversation_type::system, {}};
  for (auto [type, prefix] : {std::pair{tim_conversation_type::group, tim_group_prefix},
                              std::pair{tim_conversation_type::c2c, tim_c2c_prefix}}) {
    if (text.size() > prefix.size() && text.substr(0, prefix.size()) == prefix)
      return {type, std::string(text.substr(prefix.size()))};
  }
  return {tim_conversation_type::unknown, std::string(text)};
}

WXIM_END_NAMESPACE
