// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/object.hpp: any Easemob object: classify, decode, encode.
//
// Easemob is not a wire wxim carries: these are the objects apps store, log and forward
// (message bodies, callbacks, send results, conversation items and pages, the demo's stored
// records, error objects). `classify` tells them apart by their top-level keys,
// `decode_object` classifies and decodes from one parse, and `encode` writes any of them back.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/dialect/easemob/acks.hpp"
#include "wxim/dialect/easemob/any_message.hpp"
#include "wxim/dialect/easemob/connection.hpp"
#include "wxim/dialect/easemob/conversation.hpp"
#include "wxim/dialect/easemob/events.hpp"
#include "wxim/dialect/easemob/legacy.hpp"
#include "wxim/dialect/easemob/messages.hpp"
#include "wxim/dialect/easemob/stored.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

/// Every object of the dialect; the order matches `object`'s alternatives, and the first
/// thirteen match `message_type` (and `message`).
enum class object_kind {
  text,               ///< `txt` body
  image,              ///< `img` body
  audio,              ///< `audio` body
  video,              ///< `video` body
  file,               ///< `file` body
  location,           ///< `loc` body
  custom,             ///< `custom` body
  command,            ///< `cmd` body
  combine,            ///< `combine` body
  read_ack,           ///< `read` body
  delivery_ack,       ///< `delivery` body
  channel_ack,        ///< `channel` body
  unknown_message,    ///< a body of any other `type` (with a `chatType`)
  legacy_message,     ///< pre-4.x callback, `contentsType` and a string `time`
  recall,             ///< {id, from, to, mid, ...}
  server_ack,         ///< {id, mid, to}
  send_result,        ///< {localMsgId, serverMsgId, message?}
  conversation,       ///< conversation item
  channel_info,       ///< deprecated conversation item
  conversation_page,  ///< {conversations, cursor}
  channel_list,       ///< {channel_infos}
  history_page,       ///< {messages, cursor, isLast}
  stored_message,     ///< the demo's stored record
  error_event,        ///< {type: <status code>, message, data?}
};

using object = std::variant<text_message, image_message, audio_message, video_message, file_message, location_message,
                            custom_message, command_message, combine_message, read_ack, delivery_ack, channel_ack,
                            unknown_message, legacy_message, recall_event, server_ack, send_result, conversation_item,
                            channel_info, conversation_page, channel_list, history_page, stored_message, error_event>;

/// The CLI's kind names: the enumerator names ("text", "read_ack", "stored_message", ...).
constexpr std::string_view to_string(object_kind k) noexcept {
  switch (k) {
    case object_kind::text:
      return "text";
    case object_kind::image:
      return "image";
    case object_kind::audio:
      return "audio";
    case object_kind::video:
      return "video";
    case object_kind::file:
      return "file";
    case object_kind::location:
      return "location";
    case object_kind::custom:
      return "custom";
    case object_kind::command:
      return "command";
    case object_kind::combine:
      return "combine";
    case object_kind::read_ack:
      return "read_ack";
    case object_kind::delivery_ack:
      return "delivery_ack";
    case object_kind::channel_ack:
      return "channel_ack";
    case object_kind::unknown_message:
      return "unknown_message";
    case object_kind::legacy_message:
      return "legacy_message";
    case object_kind::recall:
      return "recall";
    case object_kind::server_ack:
      return "server_ack";
    case object_kind::send_result:
      return "send_result";
    case object_kind::conversation:
      return "conversation";
    case object_kind::channel_info:
      return "channel_info";
    case object_kind::conversation_page:
      return "conversation_page";
    case object_kind::channel_list:
      return "channel_list";
    case object_kind::history_page:
      return "history_page";
    case object_kind::stored_message:
      return "stored_message";
    case object_kind::error_event:
      return "error_event";
  }
  return "unknown";
}

inline object_kind kind_of(const object& o) noexcept { return static_cast<object_kind>(o.index()); }

/// The object kind of a message body's type.
constexpr object_kind kind_of(message_type t) noexcept { return static_cast<object_kind>(static_cast<int>(t)); }

/// A message body as an object.
inline object to_object(const message& m) {
  return std::visit([](const auto& v) { return object(v); }, m);
}

/// Who sent it, as far as the object itself says (wxim cannot compare `from` with the viewer
/// here):
/// - a message body with `from` "" or absent (or, for an ack, no `from`) was created on this client and
///   not yet sent: c2s; one with `onlineState`, or an ack with `mid`, was received: s2c;
///   otherwise any;
/// - a send result: c2s (it describes a message going out);
/// - legacy callbacks, recalls, server acks, conversation items and pages: s2c;
/// - a stored record: c2s when its style is "self", else s2c;
/// - an error object: any (the SDK makes it).
inline direction direction_of(const object& o) noexcept {
  return std::visit(
      [](const auto& v) -> direction {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_base_of_v<message_common, T>) {
          if (v.is_created()) return direction::c2s;
          if (v.online) return direction::s2c;
          return direction::any;
        } else if constexpr (std::is_same_v<T, read_ack> || std::is_same_v<T, delivery_ack> ||
                             std::is_same_v<T, channel_ack>) {
          if (!v.from || v.from->empty()) return direction::c2s;
          if (v.online) return direction::s2c;
          if constexpr (!std::is_same_v<T, channel_ack>)
            if (v.mid) return direction::s2c;
          return direction::any;
        } else if constexpr (std::is_same_v<T, send_result>) {
          return direction::c2s;
        } else if constexpr (std::is_same_v<T, stored_message>) {
          return v.style == record_style::self ? direction::c2s : direction::s2c;
        } else if constexpr (std::is_same_v<T, error_event>) {
          return direction::any;
        } else {
          return direction::s2c;
        }
      },
      o);
}

namespace detail {

inline error classify_error(errc code, std::string path, std::string message) {
  return error{code, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

/// Decides the object from its top-level keys; see docs/dialects/easemob.md.
inline result<object_kind> classify_tape(const wxim::detail::tape& t) {
  using wxim::detail::token;
  if (t.empty() || t[0].kind != token::begin_object)
    return classify_error(!t.empty() && t[0].kind == token::null_value ? errc::unexpected_null : errc::type_mismatch,
                          "",
                          "an Easemob object is a JSON object, got " +
                              std::string(wxim::detail::describe_token(t.empty() ? token::null_value : t[0].kind)));
  const auto has = [&](std::string_view k) { return find_key(t, 0, k).has_value(); };
  const auto not_easemob = [] {
    return classify_error(errc::unknown_frame, "",
                          "no Easemob object looks like this: a message body has id, type, chatType, from and to; "
                          "other objects are told by conversationId, channel_id, conversations, channel_infos, "
                          "messages, localMsgId, mid, info or contentsType");
  };

  if (const auto ti = find_key(t, 0, "type")) {
    const token k = t[*ti].kind;
    if (has("contentsType")) return object_kind::legacy_message;
    if (k == token::string_value) {
      const message_type type = parse_message_type(t[*ti].text);
      if (type == message_type::unknown) {
        if (has("chatType")) return object_kind::unknown_message;
        return not_easemob();
      }
      if (!has("id") && !has("chatType") && !has("from") && !has("to")) return not_easemob();
      if (auto problem = ack_problem(t, 0, type)) return classify_error(errc::missing_field, "/ackId", *problem);
      return kind_of(type);
    }
    if (k == token::int_value || k == token::uint_value || k == token::float_value) {
      if (has("message")) return object_kind::error_event;
      return not_easemob();
    }
    if (has("chatType"))
      return classify_error(k == token::null_value ? errc::unexpected_null : errc::type_mismatch, "/type",
                            "a message body's type is a string, got " + std::string(wxim::detail::describe_token(k)));
    return not_easemob();
  }
  if (has("info") && has("msg")) return object_kind::stored_message;
  if (has("conversationId")) return object_kind::conversation;
  if (has("channel_id")) return object_kind::channel_info;
  if (has("conversations")) return object_kind::conversation_page;
  if (has("channel_infos")) return object_kind::channel_list;
  if (has("messages")) return object_kind::history_page;
  if (has("localMsgId") || has("serverMsgId")) return object_kind::send_result;
  if (has("mid")) return has("from") ? object_kind::recall : object_kind::server_ack;
  return not_easemob();
}

template <std::size_t I>
result<object> decode_as(wxim::detail::tape& t, const decode_options& options) {
  using T = std::variant_alternative_t<I, object>;
  auto r = wxim::detail::decode_tape<T>(t, options);
  if (!r) return std::move(r).error();
  return object(std::in_place_index<I>, std::move(*r));
}

template <std::size_t... I>
result<object> decode_kind(object_kind k, wxim::detail::tape& t, const decode_options& options,
                           std::index_sequence<I...>) {
  using fn = result<object> (*)(wxim::detail::tape&, const decode_options&);
  static constexpr fn table[] = {&decode_as<I>...};
  return table[static_cast<std::size_t>(k)](t, options);
}

}  // namespace detail

/// Which object this text is. The direction does not change how an Easemob object is read (the
/// same shapes travel both ways); it is accepted for symmetry with the wire dialects.
inline result<object_kind> classify(std::string_view text, direction = direction::any,
                                    const decode_options& options = {}) {
  wxim::detail::tape t;
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  return detail::classify_tape(t);
}

/// Classifies and decodes in one pass over the text. See `classify` for the direction.
inline result<object> decode_object(std::string_view text, direction = direction::any,
                                    const decode_options& options = {}) {
  wxim::detail::tape t;
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  auto kind = detail::classify_tape(t);
  if (!kind) return std::move(kind).error();
  return detail::decode_kind(*kind, t, options, std::make_index_sequence<std::variant_size_v<object>>{});
}

/// The object's text: known keys in schema order, then unknown keys in the order they came.
/// For a `message`, or any single struct, use wxim::encode.
inline std::string encode(const object& o) {
  return std::visit([](const auto& v) { return wxim::encode(v); }, o);
}

}  // namespace easemob
WXIM_END_NAMESPACE
