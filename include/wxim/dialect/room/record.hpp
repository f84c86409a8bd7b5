// SPDX-License-Identifier: MIT
// wxim/dialect/room/record.hpp: the chat record (`chatInfo`, a reply's
// `data`, a history item) and its content, JSON text again for questions and
// answers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "wxim/codec/codec.hpp"
#include "wxim/dialect/room/values.hpp"
#include "wxim/schema/embedded_json.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// A question's decoded `content`: `{"content": <the question text>}`.
struct question_body {
  std::string content;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<question_body>) {
  using namespace schema;
  using T = question_body;
  return object<T>(field("content", &T::content)).keep_unknown(&T::unknown);
}

/// An answer's decoded `content`: the question answered, the answer, and the
/// answering organisation's name and logo URL.
struct answer_body {
  std::string question;
  std::string answer;
  std::string org_name;  ///< `orgName`
  std::string org_logo;  ///< `orgLogo`
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<answer_body>) {
  using namespace schema;
  using T = answer_body;
  return object<T>(field("question", &T::question), field("answer", &T::answer), field("orgName", &T::org_name),
                   field("orgLogo", &T::org_logo))
      .keep_unknown(&T::unknown);
}

/// A record's `content`, always a string on the wire. What the string holds
/// depends on the record's `type`: plain text for `message` (and for any type
/// wxim does not know, kept as is), JSON text for `question` and `answer`,
/// decoded and written back byte for byte while unchanged. Decoding a record
/// reads its `type` first, wherever the key stands.
struct record_content {
  std::variant<std::string, embedded_json<question_body>, embedded_json<answer_body>> value;

  record_content() = default;
  record_content(std::string text) : value(std::move(text)) {}
  record_content(const char* text) : value(std::string(text)) {}
  record_content(question_body q) : value(embedded_json<question_body>(std::move(q))) {}
  record_content(answer_body a) : value(embedded_json<answer_body>(std::move(a))) {}

  /// The plain text of a message (or of an unknown type), else nullptr.
  const std::string* text() const noexcept { return std::get_if<std::string>(&value); }
  const question_body* question() const noexcept {
    const auto* q = std::get_if<embedded_json<question_body>>(&value);
    return q ? &q->value : nullptr;
  }
  const answer_body* answer() const noexcept {
    const auto* a = std::get_if<embedded_json<answer_body>>(&value);
    return a ? &a->value : nullptr;
  }
  /// The string as it goes on the wire.
  std::string wire_text() const;

  friend bool operator==(const record_content& a, const record_content& b) { return a.value == b.value; }
  friend bool operator!=(const record_content& a, const record_content& b) { return !(a == b); }
};

/// One chat record, keys in the client's order. All seven keys are required.
/// `user`, `displayName` and `avatarurl` name the author; on an `answer` they
/// name the person who asked. `createdat` is display text chosen by the
/// sender (`YYYY-M-D HH:mm` from the published client), kept verbatim; see
/// time.hpp to read it.
struct chat_record {
  user_id user;
  std::string display_name;  ///< `displayName`
  std::string avatar_url;    ///< `avatarurl`, all lower case
  std::string stream;        ///< the live-stream id
  record_content content;
  std::string type = "message";  ///< "message", "question", "answer", or anything else (kept)
  std::string created_at;        ///< `createdat`
  extras unknown;

  record_type kind() const noexcept { return parse_record_type(type); }
};
constexpr auto wxim_schema(schema::tag<chat_record>) {
  using namespace schema;
  using T = chat_record;
  return object<T>(field("user", &T::user), field("displayName", &T::display_name), field("avatarurl", &T::avatar_url),
                   field("stream", &T::stream), field("content", &T::content), field("type", &T::type),
                   field("createdat", &T::created_at))
      .keep_unknown(&T::unknown);
}

namespace detail {

/// The value index of member `key` of the object starting at `obj` (the last
/// one when a key repeats, as JSON.parse keeps), matched as the decoder
/// matches keys.
inline std::optional<std::size_t> find_member(const wxim::detail::tape& t, std::size_t obj, std::string_view key,
                                              bool loosely) noexcept {
  std::optional<std::size_t> found, loose;
  std::size_t i = obj + 1;
  while (i < t.size() && t[i].kind == wxim::detail::token::key) {
    if (t[i].text == key)
      found = i + 1;
    else if (loosely && wxim::detail::same_key_loosely(t[i].text, key))
      loose = i + 1;
    i = wxim::detail::skip_value(t, i + 1);
  }
  return found ? found : loose;
}

// A record's `type` may come after its `content`, which is decoded as it is
// reached, so the record codec looks at `type` before reading
// anything and marks the `content` string event with it (a string event has
// no number of its own). The content codec reads the mark.
inline constexpr std::uint64_t content_mark = 0x524f4f4d'434f4e00u;  // "ROOMCON\0"

inline void mark_content(wxim::detail::tape& t, std::size_t obj, bool loosely) noexcept {
  using wxim::detail::token;
  record_type type = record_type::unknown;
  if (const auto v = find_member(t, obj, "type", loosely); v && t[*v].kind == token::string_value)
    type = parse_record_type(t[*v].text);
  std::size_t i = obj + 1;
  while (i < t.size() && t[i].kind == token::key) {
    const bool is_content = t[i].text == "content" || (loosely && wxim::detail::same_key_loosely(t[i].text, "content"));
    if (is_content && i + 1 < t.size() && t[i + 1].kind == token::string_value)
      t[i + 1].num.u = content_mark | static_cast<std::uint64_t>(type);
    i = wxim::detail::skip_value(t, i + 1);
  }
}

inline record_type marked_type(const wxim::detail::event& e) noexcept {
  if ((e.num.u & ~std::uint64_t{0xff}) != content_mark) return record_type::unknown;
  const auto v = e.num.u & 0xff;
  return v <= static_cast<std::uint64_t>(record_type::unknown) ? static_cast<record_type>(v) : record_type::unknown;
}

/// chat_record read through the ordinary object codec (chat_record's own
/// codec marks the content first, then reads this).
struct chat_record_reading : chat_record {};
constexpr auto wxim_schema(schema::tag<chat_record_reading>) {
  using namespace schema;
  using T = chat_record;
  return object<chat_record_reading>(field("user", &T::user), field("displayName", &T::display_name),
                                     field("avatarurl", &T::avatar_url), field("stream", &T::stream),
                                     field("content", &T::content), field("type", &T::type),
                                     field("createdat", &T::created_at))
      .keep_unknown(&T::unknown);
}

}  // namespace detail
}  // namespace room
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// Outside a record a content is plain text.
template <>
struct codec<room::record_content> {
  static bool read(reader& r, room::record_content& out) {
    if (r.peek().kind != detail::token::string_value) return r.type_error("a string");
    switch (room::detail::marked_type(r.peek())) {
      case room::record_type::question:
        return codec<embedded_json<room::question_body>>::read(r, out.value.emplace<1>());
      case room::record_type::answer:
        return codec<embedded_json<room::answer_body>>::read(r, out.value.emplace<2>());
      case room::record_type::message:
      case room::record_type::unknown:
        break;
    }
    return codec<std::string>::read(r, out.value.emplace<0>());
  }
  static void write(writer& w, const room::record_content& v) {
    switch (v.value.index()) {
      case 1:
        codec<embedded_json<room::question_body>>::write(w, std::get<1>(v.value));
        break;
      case 2:
        codec<embedded_json<room::answer_body>>::write(w, std::get<2>(v.value));
        break;
      default:
        w.string(std::get<0>(v.value));
        break;
    }
  }
};

template <>
struct codec<room::chat_record> {
  static bool read(reader& r, room::chat_record& out) {
    if (r.peek().kind == detail::token::begin_object) {
      const auto obj = static_cast<std::size_t>(&r.peek() - r.tape().data());
      room::detail::mark_content(r.tape(), obj, r.lenient(leniency::case_insensitive_keys));
    }
    room::detail::chat_record_reading tmp;
    if (!codec<room::detail::chat_record_reading>::read(r, tmp)) return false;
    out = std::move(static_cast<room::chat_record&>(tmp));
    return true;
  }
  /// As every object: the schema's keys in order, then the unknown ones.
  static void write(writer& w, const room::chat_record& v) {
    constexpr auto s = schema::schema_of<room::chat_record>();
    w.begin_object();
    schema::for_each_field(s, [&](const auto& f) {
      w.key(f.key);
      using M = typename std::decay_t<decltype(f)>::member_type;
      codec<M>::write(w, v.*(f.member));
    });
    for (const auto& [k, raw] : v.unknown) {
      w.key(k);
      w.raw(raw.text);
    }
    w.end_object();
  }
};

WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

namespace detail {
template <class T>
std::string embedded_text(const embedded_json<T>& e) {
  const auto& src = e.source();
  if (src && src->first == e.value) return src->second;
  return wxim::encode(e.value);
}
}  // namespace detail

inline std::string record_content::wire_text() const {
  switch (value.index()) {
    case 1:
      return detail::embedded_text(std::get<1>(value));
    case 2:
      return detail::embedded_text(std::get<2>(value));
    default:
      return std::get<0>(value);
  }
}

}  // namespace room
WXIM_END_NAMESPACE
