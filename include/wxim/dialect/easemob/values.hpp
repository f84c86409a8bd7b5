// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/values.hpp: Easemob's scalar values with a wire form of their own.
//
// `time` (milliseconds, a number in SDK 4.x bodies and a string in legacy callbacks), the
// `chatType` and `type` vocabularies, and the small closed enumerations (`onlineState`,
// `priority`, a stream message's `status`, a conversation's `marks`) with their codecs.
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "wxim/codec/codec.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

// ---- time ---------------------------------------------------------------

/// How a `time` was written: a JSON number or a string of decimal digits.
enum class time_form : unsigned char { number, string };

/// Milliseconds since the epoch. SDK 4.x bodies write a number; the legacy (pre-4.x)
/// callbacks write a string. The form that was read is kept, and written back: a string
/// comes back with its own spelling (leading zeros included) while `ms` is unchanged.
///
/// As a field of an SDK 4.x body a string is accepted only under leniency::numeric_strings.
/// Never derive a time from a local message id (it counts from 2010-02-01 in the device's
/// local time).
struct time_value {
  std::int64_t ms = 0;
  time_form form = time_form::number;
  std::string spelling;  ///< the string as read (form string); empty: written as std::to_string(ms)

  time_value() = default;
  time_value(std::int64_t v, time_form f = time_form::number) : ms(v), form(f) {}

  instant to_instant() const noexcept { return from_unix_ms(ms); }

  /// Same instant, same form; the spelling of a string is not compared.
  friend bool operator==(const time_value& a, const time_value& b) { return a.ms == b.ms && a.form == b.form; }
  friend bool operator!=(const time_value& a, const time_value& b) { return !(a == b); }
};

/// The legacy callbacks' `time`: a string of milliseconds natively; a number is accepted
/// too (and kept as a number).
struct legacy_time : time_value {
  legacy_time() { form = time_form::string; }
  legacy_time(std::int64_t v, time_form f = time_form::string) : time_value(v, f) {}
};

namespace detail {

/// Decimal milliseconds: an optional '-', then 1 to 19 digits, nothing else.
inline std::optional<std::int64_t> parse_ms(std::string_view s) noexcept {
  if (s.empty() || s.size() > 20) return std::nullopt;
  const char* first = s.data();
  const char* last = first + s.size();
  if (*first == '-' && s.size() == 1) return std::nullopt;
  for (const char* p = (*first == '-' ? first + 1 : first); p != last; ++p)
    if (*p < '0' || *p > '9') return std::nullopt;
  std::int64_t v = 0;
  const auto r = std::from_chars(first, last, v);
  if (r.ec != std::errc() || r.ptr != last) return std::nullopt;
  return v;
}

/// Reads a time whose native form is `native`; the other form is accepted when `other_ok`.
inline bool read_time(reader& r, time_value& out, time_form native, bool other_ok) {
  const auto k = r.peek().kind;
  if (k == wxim::detail::token::string_value && (native == time_form::string || other_ok)) {
    const std::string_view s = r.peek().text;
    const auto v = parse_ms(s);
    if (!v) {
      const std::string_view body = !s.empty() && s[0] == '-' ? s.substr(1) : s;
      const bool digits = !body.empty() && body.find_first_not_of("0123456789") == std::string_view::npos;
      return r.fail(digits ? errc::number_out_of_range : errc::invalid_value,
                    "a time string holds milliseconds as decimal digits (got \"" + std::string(s) + "\")");
    }
    out.ms = *v;
    out.form = time_form::string;
    out.spelling.assign(r.take().text);
    return true;
  }
  const bool is_number = k == wxim::detail::token::int_value || k == wxim::detail::token::uint_value ||
                         k == wxim::detail::token::float_value;
  if (is_number && (native == time_form::number || other_ok)) {
    out.form = time_form::number;
    out.spelling.clear();
    return codec<std::int64_t>::read(r, out.ms);
  }
  if (native == time_form::number)
    return r.type_error(
        "milliseconds as an integer (a string of digits is accepted under the numeric-strings "
        "leniency)");
  return r.type_error("milliseconds as a string of digits (or an integer)");
}

inline void write_time(writer& w, const time_value& v) {
  if (v.form == time_form::number) {
    w.integer(v.ms);
    return;
  }
  const auto kept = parse_ms(v.spelling);
  if (kept && *kept == v.ms)
    w.string(v.spelling);
  else
    w.string(std::to_string(v.ms));
}

}  // namespace detail
}  // namespace easemob
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<easemob::time_value> {
  static bool read(reader& r, easemob::time_value& out) {
    return easemob::detail::read_time(r, out, easemob::time_form::number, r.lenient(leniency::numeric_strings));
  }
  static void write(writer& w, const easemob::time_value& v) { easemob::detail::write_time(w, v); }
};

template <>
struct codec<easemob::legacy_time> {
  static bool read(reader& r, easemob::legacy_time& out) {
    return easemob::detail::read_time(r, out, easemob::time_form::string, true);
  }
  static void write(writer& w, const easemob::legacy_time& v) { easemob::detail::write_time(w, v); }
};

WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

// ---- chatType -----------------------------------------------------------

/// `chatType`. The string is what objects keep (so an unknown value survives a round trip);
/// this is what it means.
enum class chat_kind { single_chat, group_chat, chat_room, unknown };

constexpr std::string_view to_string(chat_kind k) noexcept {
  switch (k) {
    case chat_kind::single_chat:
      return "singleChat";
    case chat_kind::group_chat:
      return "groupChat";
    case chat_kind::chat_room:
      return "chatRoom";
    case chat_kind::unknown:
      break;
  }
  return "unknown";
}

/// Exact spelling only: "singlechat" is unknown.
constexpr chat_kind parse_chat_kind(std::string_view s) noexcept {
  if (s == "singleChat") return chat_kind::single_chat;
  if (s == "groupChat") return chat_kind::group_chat;
  if (s == "chatRoom") return chat_kind::chat_room;
  return chat_kind::unknown;
}

// ---- type ---------------------------------------------------------------

/// A message body's `type`. Any other string is `unknown` (the body keeps the string).
enum class message_type { txt, img, audio, video, file, loc, custom, cmd, combine, read, delivery, channel, unknown };

/// The wire spelling: "txt", "img", ...; "unknown" for unknown.
constexpr std::string_view to_string(message_type t) noexcept {
  switch (t) {
    case message_type::txt:
      return "txt";
    case message_type::img:
      return "img";
    case message_type::audio:
      return "audio";
    case message_type::video:
      return "video";
    case message_type::file:
      return "file";
    case message_type::loc:
      return "loc";
    case message_type::custom:
      return "custom";
    case message_type::cmd:
      return "cmd";
    case message_type::combine:
      return "combine";
    case message_type::read:
      return "read";
    case message_type::delivery:
      return "delivery";
    case message_type::channel:
      return "channel";
    case message_type::unknown:
      break;
  }
  return "unknown";
}

constexpr message_type parse_message_type(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(message_type::unknown); ++i)
    if (to_string(static_cast<message_type>(i)) == s) return static_cast<message_type>(i);
  return message_type::unknown;
}

// ---- closed enumerations ------------------------------------------------

/// `onlineState`: 0 the message came from offline storage, 1 online, 2 unknown, 3 none.
/// Chat-room messages are always 1. Any other number is refused (errc::invalid_value).
enum class online_state : std::int64_t { offline = 0, online = 1, unknown = 2, none = 3 };

constexpr std::string_view to_string(online_state s) noexcept {
  switch (s) {
    case online_state::offline:
      return "offline";
    case online_state::online:
      return "online";
    case online_state::unknown:
      return "unknown";
    case online_state::none:
      return "none";
  }
  return "unknown";
}

/// `priority` of a chat-room message: "high", "normal" or "low"; any other string is refused.
enum class priority { high, normal, low };

constexpr std::string_view to_string(priority p) noexcept {
  switch (p) {
    case priority::high:
      return "high";
    case priority::normal:
      return "normal";
    case priority::low:
      return "low";
  }
  return "normal";
}

constexpr std::optional<priority> parse_priority(std::string_view s) noexcept {
  if (s == "high") return priority::high;
  if (s == "normal") return priority::normal;
  if (s == "low") return priority::low;
  return std::nullopt;
}

/// The priority the SDK derives for an incoming chat-room message from ext
/// `chatroom_msg_tag`: 0 high, 2 low, anything else (or nothing) normal.
constexpr priority priority_from_tag(std::optional<std::int64_t> tag) noexcept {
  if (tag && *tag == 0) return priority::high;
  if (tag && *tag == 2) return priority::low;
  return priority::normal;
}

/// A stream message's `status`: 0 start, 1 start and completed, 2 in progress, 3 completed,
/// 4 error. Any other number is refused.
enum class stream_status : std::int64_t { start = 0, start_completed = 1, in_progress = 2, completed = 3, error = 4 };

constexpr std::string_view to_string(stream_status s) noexcept {
  switch (s) {
    case stream_status::start:
      return "start";
    case stream_status::start_completed:
      return "start_completed";
    case stream_status::in_progress:
      return "in_progress";
    case stream_status::completed:
      return "completed";
    case stream_status::error:
      return "error";
  }
  return "unknown";
}

/// One of a conversation's `marks`: 0 to 19. Any other number is refused.
enum class conversation_mark : std::int64_t {};

inline constexpr std::int64_t max_conversation_mark = 19;

/// A demo record's `style`: "self" (the viewer sent it) or "" (received). Any other string
/// is refused.
enum class record_style { self, other };

constexpr std::string_view to_string(record_style s) noexcept { return s == record_style::self ? "self" : ""; }

namespace detail {

inline bool read_int_in(reader& r, std::int64_t& v, std::int64_t lo, std::int64_t hi, std::string_view what) {
  if (!codec<std::int64_t>::read(r, v)) return false;
  if (v >= lo && v <= hi) return true;
  r.step_back();
  return r.fail(errc::invalid_value, std::string(what) + " is " + std::to_string(lo) + " to " + std::to_string(hi) +
                                         "; got " + std::to_string(v));
}

}  // namespace detail
}  // namespace easemob
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<easemob::online_state> {
  static bool read(reader& r, easemob::online_state& out) {
    std::int64_t v = 0;
    if (!easemob::detail::read_int_in(r, v, 0, 3, "onlineState (0 offline, 1 online, 2 unknown, 3 none)")) return false;
    out = static_cast<easemob::online_state>(v);
    return true;
  }
  static void write(writer& w, easemob::online_state v) { w.integer(static_cast<std::int64_t>(v)); }
};

template <>
struct codec<easemob::stream_status> {
  static bool read(reader& r, easemob::stream_status& out) {
    std::int64_t v = 0;
    if (!easemob::detail::read_int_in(r, v, 0, 4, "a stream status")) return false;
    out = static_cast<easemob::stream_status>(v);
    return true;
  }
  static void write(writer& w, easemob::stream_status v) { w.integer(static_cast<std::int64_t>(v)); }
};

template <>
struct codec<easemob::conversation_mark> {
  static bool read(reader& r, easemob::conversation_mark& out) {
    std::int64_t v = 0;
    if (!easemob::detail::read_int_in(r, v, 0, easemob::max_conversation_mark, "a conversation mark")) return false;
    out = static_cast<easemob::conversation_mark>(v);
    return true;
  }
  static void write(writer& w, easemob::conversation_mark v) { w.integer(static_cast<std::int64_t>(v)); }
};

template <>
struct codec<easemob::priority> {
  static bool read(reader& r, easemob::priority& out) {
    std::string s;
    if (!codec<std::string>::read(r, s)) return false;
    if (const auto p = easemob::parse_priority(s)) {
      out = *p;
      return true;
    }
    r.step_back();
    return r.fail(errc::invalid_value, "priority is \"high\", \"normal\" or \"low\"; got \"" + s + "\"");
  }
  static void write(writer& w, easemob::priority v) { w.string(to_string(v)); }
};

template <>
struct codec<easemob::record_style> {
  static bool read(reader& r, easemob::record_style& out) {
    std::string s;
    if (!codec<std::string>::read(r, s)) return false;
    if (s == "self" || s.empty()) {
      out = s.empty() ? easemob::record_style::other : easemob::record_style::self;
      return true;
    }
    r.step_back();
    return r.fail(errc::invalid_value, "a record's style is \"self\" or \"\"; got \"" + s + "\"");
  }
  static void write(writer& w, easemob::record_style v) { w.string(to_string(v)); }
};

WXIM_END_NAMESPACE
