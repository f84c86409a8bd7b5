// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im/values.hpp: the two wechat-im values with tolerances.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "wxim/codec/codec.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

/// A message's `content`. The client always sends a string (text, or a file
/// path / URL); the demo server forwards any JSON, which is accepted only
/// under leniency::any_content and then kept as raw JSON in `other`.
struct content_value {
  std::string text;
  std::optional<raw_json> other;

  content_value() = default;
  content_value(std::string s) : text(std::move(s)) {}
  content_value(const char* s) : text(s) {}

  bool is_string() const noexcept { return !other.has_value(); }

  friend bool operator==(const content_value& a, const content_value& b) {
    return a.text == b.text && a.other == b.other;
  }
  friend bool operator!=(const content_value& a, const content_value& b) { return !(a == b); }
};

/// A voice message's `duration`: whole seconds, floor(ms / 1000), so never
/// negative. What a forwarding server may pass on instead (a string, a
/// negative or fractional number) is accepted only under
/// leniency::loose_duration and kept as raw JSON in `other`.
struct duration_value {
  std::int64_t seconds = 0;
  std::optional<raw_json> other;

  duration_value() = default;
  duration_value(std::int64_t s) : seconds(s) {}

  friend bool operator==(const duration_value& a, const duration_value& b) {
    return a.seconds == b.seconds && a.other == b.other;
  }
  friend bool operator!=(const duration_value& a, const duration_value& b) { return !(a == b); }
};

}  // namespace wechat_im
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<wechat_im::content_value> {
  static bool read(reader& r, wechat_im::content_value& out) {
    if (r.peek().kind == detail::token::string_value) return codec<std::string>::read(r, out.text);
    if (!r.lenient(leniency::any_content))
      return r.type_error("a string (other JSON is accepted under the any-content leniency)");
    return r.read_raw(out.other.emplace());
  }
  static void write(writer& w, const wechat_im::content_value& v) {
    if (v.other)
      w.raw(v.other->text);
    else
      w.string(v.text);
  }
};

template <>
struct codec<wechat_im::duration_value> {
  static bool read(reader& r, wechat_im::duration_value& out) {
    const auto k = r.peek().kind;
    if (k == detail::token::int_value && r.peek().num.i >= 0) {
      out.seconds = r.take().num.i;
      return true;
    }
    if (r.lenient(leniency::loose_duration) && k != detail::token::begin_object && k != detail::token::begin_array)
      return r.read_raw(out.other.emplace());
    if (k == detail::token::int_value)
      return r.fail(errc::invalid_value,
                    "a duration is whole seconds and cannot be negative "
                    "(the loose-duration leniency accepts it)");
    return r.type_error("whole seconds as an integer (the loose-duration leniency accepts other forms)");
  }
  static void write(writer& w, const wechat_im::duration_value& v) {
    if (v.other)
      w.raw(v.other->text);
    else
      w.integer(v.seconds);
  }
};

WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace wechat_im {

/// The message types the client understands. Any other `type` string is
/// `unknown`; the frame keeps the string itself, so nothing is lost.
enum class message_type { text, voice, image, custom, unknown };

constexpr std::string_view to_string(message_type t) noexcept {
  switch (t) {
    case message_type::text:
      return "text";
    case message_type::voice:
      return "voice";
    case message_type::image:
      return "image";
    case message_type::custom:
      return "custom";
    case message_type::unknown:
      break;
  }
  return "unknown";
}

constexpr message_type parse_message_type(std::string_view s) noexcept {
  if (s == "text") return message_type::text;
  if (s == "voice") return message_type::voice;
  if (s == "image") return message_type::image;
  if (s == "custom") return message_type::custom;
  return message_type::unknown;
}

/// The only `custom` content the client sends: "conversation closed".
inline constexpr std::string_view closed_tip = "会话已关闭";

}  // namespace wechat_im
WXIM_END_NAMESPACE
