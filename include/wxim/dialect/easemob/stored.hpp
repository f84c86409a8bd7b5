// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/stored.hpp: the chat record Easemob's mini-program demo stores.
//
// The demo (easemob/webim-weixin-xcx) keeps arrays of these under keys "<contact or group
// id><my user name>" and "rendered_" + that key (storage/easemob_key.hpp makes and parses
// them):
//
//   {"info":{"from":"liu_yang","to":"zhou_hao"},"username":"liu_yang","yourname":"liu_yang",
//    "msg":{"type":"txt","url":"","data":[{"type":"txt","data":"see you "},{"type":"emoji","data":"[微笑]"}],"ext":{}},
//    "style":"","time":"2024-6-17 10:12:35","mid":"txt1286533349917329700","chatType":"singleChat",
//    "ext":{},"isFail":false}
//
// Apps built on the demo's early chat pages (the one known as seed 002 among them) store what
// they send without `info.from`:
//
//   {"info":{"to":"liu_yang"},"username":"zhou_hao","yourname":"liu_yang","msg":{"type":"txt",
//    "data":[{"type":"txt","data":"on my way"}]},"style":"self","time":"2024-6-17 10:13:02",
//    "mid":"453636610021"}
//
// `time` is **local** wall-clock text with unpadded date parts; reading it needs the offset
// from UTC it was written in, which the caller supplies.
#pragma once

#include <date/date.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wxim/codec/codec.hpp"
#include "wxim/dialect/easemob/values.hpp"
#include "wxim/error.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/result.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// `info`: the SDK's {from, to}. A record of one's own message written by an app on the
/// early demo's send path has only `to`; `from` stays absent then.
struct record_info {
  std::optional<std::string> from;
  std::string to;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<record_info>) {
  using namespace schema;
  using T = record_info;
  return object<T>(field("from", &T::from), field("to", &T::to)).keep_unknown(&T::unknown);
}

/// One segment of a text record's `data`: {type: "txt" | "emoji", data}.
struct record_segment {
  std::string type;
  std::string data;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<record_segment>) {
  using namespace schema;
  using T = record_segment;
  return object<T>(field("type", &T::type), field("data", &T::data)).keep_unknown(&T::unknown);
}

/// `msg.data`: an array of segments (text and emoji records), or any other JSON, kept.
struct record_data {
  std::vector<record_segment> segments;
  std::optional<raw_json> other;  ///< set when `data` is not an array

  bool is_segments() const noexcept { return !other.has_value(); }
  /// The segments' data joined: the text as the user typed it, emoji names included.
  std::string joined() const {
    std::string s;
    for (const auto& seg : segments) s += seg.data;
    return s;
  }

  friend bool operator==(const record_data& a, const record_data& b) {
    return a.segments == b.segments && a.other == b.other;
  }
  friend bool operator!=(const record_data& a, const record_data& b) { return !(a == b); }
};

/// `msg.size`: an image's {width, height} (numbers as the demo computed them).
struct record_size {
  double width = 0;
  double height = 0;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<record_size>) {
  using namespace schema;
  using T = record_size;
  return object<T>(field("width", &T::width), field("height", &T::height)).keep_unknown(&T::unknown);
}

/// The demo's element types. It uses SDK names (txt, img, audio, video, file) and names of its
/// own: "emoji" (text with emoji segments), "location", and "chat" (a file).
enum class record_type { txt, emoji, img, audio, video, location, file, unknown };

constexpr record_type parse_record_type(std::string_view s) noexcept {
  if (s == "txt") return record_type::txt;
  if (s == "emoji") return record_type::emoji;
  if (s == "img") return record_type::img;
  if (s == "audio") return record_type::audio;
  if (s == "video") return record_type::video;
  if (s == "location" || s == "loc") return record_type::location;
  if (s == "chat" || s == "file") return record_type::file;
  return record_type::unknown;
}

/// `msg`: {type, url, data, ext, size?, length?}.
struct record_body {
  std::string type;
  std::optional<std::string> url;
  std::optional<record_data> data;
  nullable<raw_json> ext;
  std::optional<record_size> size;
  std::optional<double> length;  ///< seconds (voice)
  extras unknown;

  record_type kind() const noexcept { return parse_record_type(type); }
};

}  // namespace easemob
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<easemob::record_data> {
  static bool read(reader& r, easemob::record_data& out) {
    if (r.peek().kind == detail::token::begin_array) {
      out.other.reset();
      return codec<std::vector<easemob::record_segment>>::read(r, out.segments);
    }
    out.segments.clear();
    return r.read_raw(out.other.emplace());
  }
  static void write(writer& w, const easemob::record_data& v) {
    if (v.other)
      w.raw(v.other->text);
    else
      codec<std::vector<easemob::record_segment>>::write(w, v.segments);
  }
};

WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

constexpr auto wxim_schema(schema::tag<record_body>) {
  using namespace schema;
  using T = record_body;
  return object<T>(field("type", &T::type), field("url", &T::url), field("data", &T::data), field("ext", &T::ext),
                   field("size", &T::size), field("length", &T::length))
      .keep_unknown(&T::unknown);
}

/// One stored element. Who `username` and `yourname` name depends on the path that wrote it:
///
/// | writer | received (`style` "") | sent (`style` "self") |
/// | --- | --- | --- |
/// | the demo (msgpackager) | both the sender, who is the contact | `username` the contact, `yourname` the sender (me)
/// | | early demo pages, seed 002's app | both the sender, who is the contact | `username` the sender (me), `yourname`
/// the contact; no `info.from` |
///
/// So `info.from`, where present, is the sender; without it the record is one's own, sent,
/// and `username` is the sender (sender() picks). `mid` is the body type followed by the
/// message id (or the id alone, on the early send path).
struct stored_message {
  record_info info;
  std::string username;
  std::string yourname;
  record_body msg;
  record_style style = record_style::other;
  std::string time;  ///< local "YYYY-M-D HH:MM:SS"
  std::string mid;
  std::optional<std::string> chat_type;  ///< `chatType`
  nullable<raw_json> ext;
  std::optional<bool> is_fail;  ///< `isFail`
  extras unknown;

  /// The sender's user id: `info.from`; without it (a record of one's own message from the
  /// early demo's send path), `username`.
  const std::string& sender() const noexcept { return info.from ? *info.from : username; }

  /// The message id inside `mid`: `mid` without the body type in front (all of `mid` when it
  /// does not start with it).
  std::string message_id() const {
    if (mid.size() >= msg.type.size() && mid.compare(0, msg.type.size(), msg.type) == 0)
      return mid.substr(msg.type.size());
    return mid;
  }
};
constexpr auto wxim_schema(schema::tag<stored_message>) {
  using namespace schema;
  using T = stored_message;
  return object<T>(field("info", &T::info), field("username", &T::username), field("yourname", &T::yourname),
                   field("msg", &T::msg), field("style", &T::style), field("time", &T::time), field("mid", &T::mid),
                   field("chatType", &T::chat_type), field("ext", &T::ext), field("isFail", &T::is_fail))
      .keep_unknown(&T::unknown);
}

/// `mid` as the demo builds it: the body type, then the id.
inline std::string make_record_mid(std::string_view type, std::string_view id) {
  std::string s(type);
  s += id;
  return s;
}

namespace detail {

/// Reads 1 to `max_digits` digits at `i`; false if there are none.
inline bool read_number(std::string_view s, std::size_t& i, int max_digits, int& out) {
  int n = 0, v = 0;
  while (i < s.size() && n < max_digits && s[i] >= '0' && s[i] <= '9') {
    v = v * 10 + (s[i] - '0');
    ++i, ++n;
  }
  out = v;
  return n > 0;
}

}  // namespace detail

/// The instant of a demo `time` text "YYYY-M-D HH:MM:SS" (date parts padded or not, time parts
/// one or two digits) written at `utc_offset` east of UTC. errc::invalid_value for text of
/// another form or a date or time that does not exist.
inline result<instant> parse_record_time(std::string_view text, std::chrono::minutes utc_offset) {
  const auto fail = [&] {
    return error{errc::invalid_value, "", std::nullopt,
                 "\"" + std::string(text) + "\" is not a demo time; it is local \"YYYY-M-D HH:MM:SS\"", std::nullopt};
  };
  std::size_t i = 0;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  const auto sep = [&](char c) { return i < text.size() && text[i++] == c; };
  if (!detail::read_number(text, i, 4, y) || i != 4 || !sep('-') || !detail::read_number(text, i, 2, mo) || !sep('-') ||
      !detail::read_number(text, i, 2, d) || !sep(' ') || !detail::read_number(text, i, 2, h) || !sep(':') ||
      !detail::read_number(text, i, 2, mi) || !sep(':') || !detail::read_number(text, i, 2, s) || i != text.size())
    return fail();
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 59) return fail();
  const auto local = date::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
  return instant{std::chrono::duration_cast<std::chrono::milliseconds>((local - utc_offset).time_since_epoch())};
}

/// The demo's `time` text for `t` at `utc_offset`: date parts unpadded, time parts padded
/// ("2024-6-17 09:05:03"). Milliseconds are dropped.
inline std::string format_record_time(instant t, std::chrono::minutes utc_offset) {
  const auto local = date::floor<std::chrono::seconds>(t + utc_offset);
  const auto days = date::floor<date::days>(local);
  const date::year_month_day ymd{days};
  const date::hh_mm_ss<std::chrono::seconds> hms{local - days};
  const auto two = [](long v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  std::string out = std::to_string(static_cast<int>(ymd.year()));
  out += '-';
  out += std::to_string(static_cast<unsigned>(ymd.month()));
  out += '-';
  out += std::to_string(static_cast<unsigned>(ymd.day()));
  out += ' ';
  out += two(static_cast<long>(hms.hours().count()));
  out += ':';
  out += two(static_cast<long>(hms.minutes().count()));
  out += ':';
  out += two(static_cast<long>(hms.seconds().count()));
  return out;
}

}  // namespace easemob
WXIM_END_NAMESPACE
