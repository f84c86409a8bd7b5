// SPDX-License-Identifier: MIT
// wxim/dialect/tim/object.hpp: any TIM object: classify, decode, encode.
//
// TIM is not a wire wxim carries: these are the objects apps store, log and forward (messages,
// conversations, events). `classify` tells them apart by their top-level keys, `decode_object`
// classifies and decodes from one parse, `encode` writes any of them back.
//
// Direction: a message's `flow` says who sent it: "in" is received (s2c), "out" is the
// logged-in user's (c2s); "" (created before login) says nothing (any). Conversations and events have no direction
// (any). A direction given to classify/decode_object must agree with a message's flow (errc::invalid_value at /flow).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/dialect/tim/conversation.hpp"
#include "wxim/dialect/tim/events.hpp"
#include "wxim/dialect/tim/message.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

/// Every object of the dialect; the order matches `object`'s alternatives.
enum class object_kind {
  message,       ///< a Message object (has `ID`)
  conversation,  ///< a Conversation object (has `conversationID`, no `ID`)
  event,         ///< an event as handlers receive it: {name, data}
};

using object = std::variant<message, conversation, event>;

/// The CLI's kind names: "message", "conversation", "event".
constexpr std::string_view to_string(object_kind k) noexcept {
  switch (k) {
    case object_kind::message:
      return "message";
    case object_kind::conversation:
      return "conversation";
    case object_kind::event:
      return "event";
  }
  return "unknown";
}

inline object_kind kind_of(const object& o) noexcept { return static_cast<object_kind>(o.index()); }

/// The direction a flow stands for: in → s2c, out → c2s.
constexpr direction direction_of(flow f) noexcept {
  switch (f) {
    case flow::in:
      return direction::s2c;
    case flow::out:
      return direction::c2s;
    case flow::unset:  // created before login: the SDK has not said yet
    case flow::unknown:
      break;
  }
  return direction::any;
}

/// A message's direction from its flow; any for conversations and events.
inline direction direction_of(const object& o) noexcept {
  if (const auto* m = std::get_if<message>(&o)) return direction_of(m->flow);
  return direction::any;
}

namespace detail {

inline error classify_error(errc code, std::string path, std::string message) {
  return error{code, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

/// Decides the object from its top-level keys; see docs/dialects/tim.md.
inline result<object_kind> classify_tape(const wxim::detail::tape& t, direction dir) {
  using wxim::detail::find_top_level;
  using wxim::detail::token;
  if (t.empty() || t[0].kind != token::begin_object)
    return classify_error(!t.empty() && t[0].kind == token::null_value ? errc::unexpected_null : errc::type_mismatch,
                          "",
                          "a TIM object is a JSON object, got " +
                              std::string(wxim::detail::describe_token(t.empty() ? token::null_value : t[0].kind)));
  const auto has = [&](std::string_view k) { return find_top_level(t, k).has_value(); };

  if (has("ID") || (has("conversationID") && (has("flow") || has("payload")))) {
    // A direction must agree with the flow (a bad flow is left for the decoder to report).
    if (dir != direction::any)
      if (const auto fi = find_top_level(t, "flow"); fi && t[*fi].kind == token::string_value) {
        const flow f = parse_flow(t[*fi].text);
        if (f != flow::unknown && f != flow::unset && direction_of(f) != dir)
          return classify_error(errc::invalid_value, "/flow",
                                "the message's flow is \"" + std::string(t[*fi].text) + "\" (" +
                                    std::string(to_string(direction_of(f))) + "), but the direction given is " +
                                    std::string(to_string(dir)));
      }
    return object_kind::message;
  }
  if (has("conversationID")) return object_kind::conversation;
  if (const auto ni = find_top_level(t, "name")) {
    if (t[*ni].kind == token::string_value && parse_event_name(t[*ni].text) != event_name::unknown)
      return object_kind::event;
    // {name} or {name, data} with a name TIM does not have: an event the decoder refuses.
    bool only_event_keys = true;
    for (std::size_t i = 1; i < t.size() && t[i].kind == token::key; i = wxim::detail::skip_value(t, i + 1))
      if (t[i].text != "name" && t[i].text != "data") only_event_keys = false;
    if (only_event_keys) return object_kind::event;
  }
  return classify_error(errc::unknown_frame, "",
                        "no TIM object looks like this: a message has ID (or conversationID with flow or payload), "
                        "a conversation has conversationID, an event has a TIM event name");
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

/// Which object this text is. A direction other than any must agree with a message's flow.
inline result<object_kind> classify(std::string_view text, direction dir = direction::any,
                                    const decode_options& options = {}) {
  wxim::detail::scratch_tape scratch;
  wxim::detail::tape& t = scratch.get();
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  return detail::classify_tape(t, dir);
}

/// Classifies and decodes in one pass over the text.
inline result<object> decode_object(std::string_view text, direction dir = direction::any,
                                    const decode_options& options = {}) {
  wxim::detail::scratch_tape scratch;
  wxim::detail::tape& t = scratch.get();
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  auto kind = detail::classify_tape(t, dir);
  if (!kind) return std::move(kind).error();
  return detail::decode_kind(*kind, t, options, std::make_index_sequence<std::variant_size_v<object>>{});
}

/// The object's text: known keys in schema order, then unknown keys in the order they came.
inline std::string encode(const object& o) {
  return std::visit([](const auto& v) { return wxim::encode(v); }, o);
}

}  // namespace tim
WXIM_END_NAMESPACE
