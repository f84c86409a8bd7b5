// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/any_message.hpp: any message body, chosen by its `type`.
//
// `message` is a variant over every body struct; its codec reads the `type` key first and then
// the struct it names, so `decode<message>(text)` and fields of type `message` (a
// conversation's `lastMessage`, a history page's `messages`) decode any body.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "wxim/codec/codec.hpp"
#include "wxim/dialect/easemob/acks.hpp"
#include "wxim/dialect/easemob/messages.hpp"
#include "wxim/dialect/easemob/values.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

/// Every message body; the alternatives follow `message_type`'s order, `unknown` last.
using message = std::variant<text_message, image_message, audio_message, video_message, file_message, location_message,
                             custom_message, command_message, combine_message, read_ack, delivery_ack, channel_ack,
                             unknown_message>;

/// The body's `type` as message_type (by alternative, not by the string: an unknown_message
/// is `unknown` whatever it says).
inline message_type type_of(const message& m) noexcept { return static_cast<message_type>(m.index()); }

/// True for the bodies that carry content a user sees (txt to combine, and unknown types):
/// not cmd and not the acks.
inline bool has_content(const message& m) noexcept {
  const auto t = type_of(m);
  return t != message_type::cmd && t != message_type::read && t != message_type::delivery && t != message_type::channel;
}

/// `lastMessage` of a conversation: a message body, or `{}` when the conversation has none
/// (a null is the `nullable` around it).
struct last_message {
  std::optional<message> body;  ///< empty for `{}`

  friend bool operator==(const last_message& a, const last_message& b) { return a.body == b.body; }
  friend bool operator!=(const last_message& a, const last_message& b) { return !(a == b); }
};

namespace detail {

/// The index of the value of `key` in the object that starts at tape index `at`.
inline std::optional<std::size_t> find_key(const wxim::detail::tape& t, std::size_t at, std::string_view key) noexcept {
  if (at >= t.size() || t[at].kind != wxim::detail::token::begin_object) return std::nullopt;
  std::size_t i = at + 1;
  while (i < t.size() && t[i].kind == wxim::detail::token::key) {
    if (t[i].text == key) return i + 1;
    i = wxim::detail::skip_value(t, i + 1);
  }
  return std::nullopt;
}

/// A rule the schema cannot say: a read or delivery ack names its message by ackId or mid.
inline std::optional<std::string> ack_problem(const wxim::detail::tape& t, std::size_t at, message_type type) {
  if (type != message_type::read && type != message_type::delivery) return std::nullopt;
  if (find_key(t, at, "ackId") || find_key(t, at, "mid")) return std::nullopt;
  return std::string("a ") + std::string(to_string(type)) +
         " ack names the message it acknowledges by ackId (created) or mid (received); it has neither";
}

template <std::size_t I>
bool read_alternative(reader& r, message& out) {
  using T = std::variant_alternative_t<I, message>;
  return codec<T>::read(r, out.emplace<I>());
}

template <std::size_t... I>
bool read_message_as(std::size_t index, reader& r, message& out, std::index_sequence<I...>) {
  using fn = bool (*)(reader&, message&);
  static constexpr fn table[] = {&read_alternative<I>...};
  return table[index](r, out);
}

/// Reads the body at the reader's position as the alternative its `type` names.
inline bool read_message(reader& r, message& out) {
  if (r.peek().kind != wxim::detail::token::begin_object) return r.type_error("a message body (an object)");
  const auto& t = r.tape();
  const auto at = static_cast<std::size_t>(&r.peek() - t.data());
  const auto ti = find_key(t, at, "type");
  if (!ti) {
    r.push_key("type");
    r.fail(errc::missing_field, "a message body has a \"type\" (txt, img, audio, ...) but this one has none");
    r.pop();
    return false;
  }
  if (t[*ti].kind != wxim::detail::token::string_value) {
    r.push_key("type");
    r.fail(t[*ti].kind == wxim::detail::token::null_value ? errc::unexpected_null : errc::type_mismatch,
           "a message body's type is a string, got " + std::string(wxim::detail::describe_token(t[*ti].kind)));
    r.pop();
    return false;
  }
  const message_type type = parse_message_type(t[*ti].text);
  if (auto problem = ack_problem(t, at, type)) {
    r.push_key("ackId");
    r.fail(errc::missing_field, std::move(*problem));
    r.pop();
    return false;
  }
  return read_message_as(static_cast<std::size_t>(type), r, out,
                         std::make_index_sequence<std::variant_size_v<message>>{});
}

}  // namespace detail
}  // namespace easemob
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<easemob::message> {
  static bool read(reader& r, easemob::message& out) { return easemob::detail::read_message(r, out); }
  static void write(writer& w, const easemob::message& m) {
    std::visit([&](const auto& v) { codec<std::decay_t<decltype(v)>>::write(w, v); }, m);
  }
};

template <>
struct codec<easemob::last_message> {
  static bool read(reader& r, easemob::last_message& out) {
    if (r.peek().kind == detail::token::begin_object) {
      const auto& t = r.tape();
      const auto at = static_cast<std::size_t>(&r.peek() - t.data());
      if (at + 1 < t.size() && t[at + 1].kind == detail::token::end_object) {
        r.take();
        r.take();
        out.body.reset();
        return true;
      }
    }
    return easemob::detail::read_message(r, out.body.emplace());
  }
  static void write(writer& w, const easemob::last_message& v) {
    if (v.body) {
      codec<easemob::message>::write(w, *v.body);
    } else {
      w.begin_object();
      w.end_object();
    }
  }
};

WXIM_END_NAMESPACE
