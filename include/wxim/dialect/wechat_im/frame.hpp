// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im/frame.hpp: any wechat-im frame: classify, decode, encode.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/dialect/wechat_im/client_frames.hpp"
#include "wxim/dialect/wechat_im/server_frames.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

/// Every frame of the dialect; the order matches `frame`'s alternatives.
enum class frame_kind {
  get_conversations,  ///< C1, c2s
  get_friends,        ///< C2, c2s
  get_history,        ///< C3, c2s
  chat,               ///< C4, c2s
  login,              ///< S1, s2c
  friend_list,        ///< S2, s2c
  conversation_list,  ///< S3, s2c
  history_item,       ///< S4, s2c
  forward,            ///< S5, s2c
};

using frame = std::variant<get_conversations_request, get_friends_request, get_history_request, chat_frame, login_frame,
                           friend_list_frame, conversation_list_frame, history_item_frame, forward_frame>;

constexpr std::string_view to_string(frame_kind k) noexcept {
  switch (k) {
    case frame_kind::get_conversations:
      return "get_conversations";
    case frame_kind::get_friends:
      return "get_friends";
    case frame_kind::get_history:
      return "get_history";
    case frame_kind::chat:
      return "chat";
    case frame_kind::login:
      return "login";
    case frame_kind::friend_list:
      return "friend_list";
    case frame_kind::conversation_list:
      return "conversation_list";
    case frame_kind::history_item:
      return "history_item";
    case frame_kind::forward:
      return "forward";
  }
  return "unknown";
}

constexpr direction direction_of(frame_kind k) noexcept {
  return static_cast<int>(k) <= static_cast<int>(frame_kind::chat) ? direction::c2s : direction::s2c;
}

inline frame_kind kind_of(const frame& f) noexcept { return static_cast<frame_kind>(f.index()); }

namespace detail {

inline error classify_error(errc code, std::string path, std::string message) {
  return error{code, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

/// Decides the frame from its top-level keys; see docs/dialects/wechat-im.md.
inline result<frame_kind> classify_tape(const wxim::detail::tape& t, direction dir) {
  using wxim::detail::find_top_level;
  using wxim::detail::token;
  if (t.empty() || t[0].kind != token::begin_object)
    return classify_error(t.empty() || t[0].kind != token::null_value ? errc::type_mismatch : errc::unexpected_null, "",
                          "a wechat-im frame is a JSON object, got " +
                              std::string(wxim::detail::describe_token(t.empty() ? token::null_value : t[0].kind)));
  const auto has = [&](std::string_view k) { return find_top_level(t, k).has_value(); };
  const auto is_object_at = [&](std::string_view k) {
    const auto i = find_top_level(t, k);
    return i && t[*i].kind == token::begin_object;
  };
  const bool c2s_ok = dir != direction::s2c;
  const bool s2c_ok = dir != direction::c2s;

  std::string type;
  if (const auto ti = find_top_level(t, "type")) {
    if (t[*ti].kind != token::string_value)
      return classify_error(errc::type_mismatch, "/type",
                            "expected a string, got " + std::string(wxim::detail::describe_token(t[*ti].kind)));
    type = t[*ti].text;
  }
  const auto pick = [&](frame_kind c2s_kind, frame_kind s2c_kind, bool looks_s2c) -> result<frame_kind> {
    if (dir == direction::c2s) return c2s_kind;
    if (dir == direction::s2c) return s2c_kind;
    return looks_s2c ? s2c_kind : c2s_kind;
  };

  if (type == "get-conversations")
    return pick(frame_kind::get_conversations, frame_kind::conversation_list, has("conversations"));
  if (type == "get-friends") return pick(frame_kind::get_friends, frame_kind::friend_list, has("friends"));
  if (type == "get-history") {
    if (!c2s_ok)
      return classify_error(errc::unknown_frame, "/type",
                            "the server never sends \"get-history\"; it answers "
                            "with one history item per message");
    return frame_kind::get_history;
  }
  if (type == "login" && s2c_ok && is_object_at("userInfo")) return frame_kind::login;
  // Without a userInfo object, a "login" is a chat message whose type is
  // "login" (the demo server forwards any type), classified like any other.
  const bool login_typed = type == "login";

  // A chat message, in one of its three forms.
  const bool has_msg_user = has("msgUserId");
  const bool has_ids = has("userId") || has("friendId") || has("conversationId");
  if (dir == direction::c2s) return frame_kind::chat;
  if (has_msg_user) {
    if (!s2c_ok) return frame_kind::chat;
    return frame_kind::history_item;
  }
  if (dir == direction::s2c) return has_ids ? frame_kind::history_item : frame_kind::forward;
  if (has_ids) return frame_kind::chat;
  if (has("timestamp")) return frame_kind::forward;
  if (type.empty() && !has("content"))
    return classify_error(errc::unknown_frame, "",
                          "no wechat-im frame looks like this: no type, content, "
                          "userId, friendId, msgUserId or timestamp key");
  if (login_typed)
    return classify_error(errc::ambiguous_frame, "",
                          "type \"login\" without a userInfo object, and no key that tells a client chat message "
                          "from a forwarded one; give a direction");
  return classify_error(errc::ambiguous_frame, "",
                        "a message with neither sender ids (a client chat message has userId and friendId) nor a "
                        "timestamp (a live forward has one); give a direction");
}

template <std::size_t I>
result<frame> decode_as(wxim::detail::tape& t, const decode_options& options) {
  using T = std::variant_alternative_t<I, frame>;
  auto r = wxim::detail::decode_tape<T>(t, options);
  if (!r) return std::move(r).error();
  return frame(std::in_place_index<I>, std::move(*r));
}

template <std::size_t... I>
result<frame> decode_kind(frame_kind k, wxim::detail::tape& t, const decode_options& options,
                          std::index_sequence<I...>) {
  using fn = result<frame> (*)(wxim::detail::tape&, const decode_options&);
  static constexpr fn table[] = {&decode_as<I>...};
  return table[static_cast<std::size_t>(k)](t, options);
}

}  // namespace detail

/// Which frame this text is. With direction::any the keys decide (see the
/// docs); input that fits more than one frame is reported as ambiguous_frame
/// rather than guessed.
inline result<frame_kind> classify(std::string_view text, direction dir = direction::any,
                                   const decode_options& options = {}) {
  wxim::detail::scratch_tape scratch;
  wxim::detail::tape& t = scratch.get();
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  return detail::classify_tape(t, dir);
}

/// Classifies and decodes in one pass over the text.
inline result<frame> decode_frame(std::string_view text, direction dir = direction::any,
                                  const decode_options& options = {}) {
  wxim::detail::scratch_tape scratch;
  wxim::detail::tape& t = scratch.get();
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  auto kind = detail::classify_tape(t, dir);
  if (!kind) return std::move(kind).error();
  return detail::decode_kind(*kind, t, options, std::make_index_sequence<std::variant_size_v<frame>>{});
}

inline std::string encode(const frame& f) {
  return std::visit([](const auto& v) { return wxim::encode(v); }, f);
}

}  // namespace wechat_im
WXIM_END_NAMESPACE
