// SPDX-License-Identifier: MIT
// wxim/testing/easemob.hpp: generators for every Easemob object decode_object reads.
//
//   wxim::testing::generator g(3);
//   wxim::easemob::object o = wxim::testing::generate<wxim::easemob::object>(g);
//   // easemob::decode_object(easemob::encode(o), easemob::direction_of(o)).value() == o
//
// The rules kept: each message body keeps the `type` of its struct ("txt", "img", ...), and an
// unknown_message's type is a string no body has; a read or delivery ack names its message by
// `ackId` or `mid`; an error object has a `message` (classification needs it beside the numeric
// `type`). A body's `time` is milliseconds as a number (a string is the numeric-strings form); a
// legacy `time` is a string of milliseconds (leading zeros at times, written back as read) or a
// number. `onlineState` is 0-3, `priority` high/normal/low, a stream status 0-4, `marks` 0-19, a
// record's `style` "self" or ""; `groupReadCount` has no key twice; a `lastMessage` is `{}` or a
// body; a record's `data` is segments or any JSON but an array or null.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "wxim/dialect/easemob/acks.hpp"
#include "wxim/dialect/easemob/any_message.hpp"
#include "wxim/dialect/easemob/body.hpp"
#include "wxim/dialect/easemob/connection.hpp"
#include "wxim/dialect/easemob/conversation.hpp"
#include "wxim/dialect/easemob/events.hpp"
#include "wxim/dialect/easemob/legacy.hpp"
#include "wxim/dialect/easemob/messages.hpp"
#include "wxim/dialect/easemob/object.hpp"
#include "wxim/dialect/easemob/stored.hpp"
#include "wxim/dialect/easemob/values.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/testing/generate.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

// ---- values -------------------------------------------------------------

/// Milliseconds as a JSON number: the only form strict decoding takes.
template <>
struct arbitrary<easemob::time_value> {
  static easemob::time_value generate(generator& g) {
    return easemob::time_value(wxim::testing::generate<std::int64_t>(g), easemob::time_form::number);
  }
};

/// A string of milliseconds, sometimes with leading zeros (its spelling comes back as read), or
/// a number.
template <>
struct arbitrary<easemob::legacy_time> {
  static easemob::legacy_time generate(generator& g) {
    const std::int64_t ms = wxim::testing::generate<std::int64_t>(g);
    if (g.chance(1, 4)) return easemob::legacy_time(ms, easemob::time_form::number);
    easemob::legacy_time t(ms, easemob::time_form::string);
    std::string digits = std::to_string(ms);
    if (ms >= 0 && g.coin()) digits.insert(0, static_cast<std::size_t>(1 + g.below(3)), '0');
    if (digits.size() <= 20) t.spelling = std::move(digits);
    return t;
  }
};

template <>
struct arbitrary<easemob::online_state> {
  static easemob::online_state generate(generator& g) { return static_cast<easemob::online_state>(g.below(4)); }
};

template <>
struct arbitrary<easemob::priority> {
  static easemob::priority generate(generator& g) { return static_cast<easemob::priority>(g.below(3)); }
};

template <>
struct arbitrary<easemob::stream_status> {
  static easemob::stream_status generate(generator& g) { return static_cast<easemob::stream_status>(g.below(5)); }
};

template <>
struct arbitrary<easemob::conversation_mark> {
  static easemob::conversation_mark generate(generator& g) {
    return static_cast<easemob::conversation_mark>(g.below(easemob::max_conversation_mark + 1));
  }
};

template <>
struct arbitrary<easemob::record_style> {
  static easemob::record_style generate(generator& g) {
    return g.coin() ? easemob::record_style::self : easemob::record_style::other;
  }
};

/// Message id to count, each id once ("<i>-<text>": the digits before the first '-' differ).
template <>
struct arbitrary<easemob::read_counts> {
  static easemob::read_counts generate(generator& g) {
    easemob::read_counts c;
    if (g.deep()) return c;
    generator::nested level(g);
    const std::size_t n = static_cast<std::size_t>(g.below(g.options().max_elements + 1));
    for (std::size_t i = 0; i < n; ++i)
      c.entries.emplace_back(std::to_string(i) + "-" + wxim::testing::generate<std::string>(g),
                             wxim::testing::generate<std::uint64_t>(g));
    return c;
  }
};

/// Segments, or any JSON that is neither an array (which would read as segments) nor null (an
/// optional member refuses it).
template <>
struct arbitrary<easemob::record_data> {
  static easemob::record_data generate(generator& g) {
    easemob::record_data d;
    if (g.coin()) {
      d.segments = wxim::testing::generate<std::vector<easemob::record_segment>>(g);
      return d;
    }
    for (;;) {
      raw_json r = random_raw_json(g);
      if (!r.is_null() && r.text.front() != '[') {
        d.other = std::move(r);
        return d;
      }
    }
  }
};

// ---- message bodies -----------------------------------------------------

namespace detail {

/// The schema walk with the body's own `type` kept.
template <class T>
T easemob_typed(generator& g) {
  T v = generate_fields<T>(g);
  v.type = T{}.type;
  return v;
}

/// A read or delivery ack names its message by ackId or mid.
template <class T>
T easemob_ack(generator& g) {
  T v = easemob_typed<T>(g);
  if (!v.ack_id && !v.mid) {
    if (g.coin())
      v.ack_id = wxim::testing::generate<std::string>(g);
    else
      v.mid = wxim::testing::generate<std::string>(g);
  }
  return v;
}

}  // namespace detail

#define WXIM_TESTING_EASEMOB_TYPED(T)                                                         \
  template <>                                                                                 \
  struct arbitrary<easemob::T> {                                                              \
    static easemob::T generate(generator& g) { return detail::easemob_typed<easemob::T>(g); } \
  };
WXIM_TESTING_EASEMOB_TYPED(text_message)
WXIM_TESTING_EASEMOB_TYPED(image_message)
WXIM_TESTING_EASEMOB_TYPED(audio_message)
WXIM_TESTING_EASEMOB_TYPED(video_message)
WXIM_TESTING_EASEMOB_TYPED(file_message)
WXIM_TESTING_EASEMOB_TYPED(location_message)
WXIM_TESTING_EASEMOB_TYPED(custom_message)
WXIM_TESTING_EASEMOB_TYPED(command_message)
WXIM_TESTING_EASEMOB_TYPED(combine_message)
WXIM_TESTING_EASEMOB_TYPED(channel_ack)
#undef WXIM_TESTING_EASEMOB_TYPED

template <>
struct arbitrary<easemob::read_ack> {
  static easemob::read_ack generate(generator& g) { return detail::easemob_ack<easemob::read_ack>(g); }
};

template <>
struct arbitrary<easemob::delivery_ack> {
  static easemob::delivery_ack generate(generator& g) { return detail::easemob_ack<easemob::delivery_ack>(g); }
};

/// A type no body has: mostly a name an app might use, else any string.
template <>
struct arbitrary<easemob::unknown_message> {
  static easemob::unknown_message generate(generator& g) {
    auto v = generate_fields<easemob::unknown_message>(g);
    static constexpr const char* names[] = {"poll", "redPacket", "TXT", "", "unknown", "txt "};
    v.type = g.coin() ? std::string(one_of(g, names)) : wxim::testing::generate<std::string>(g);
    while (easemob::parse_message_type(v.type) != easemob::message_type::unknown) v.type += "!";
    return v;
  }
};

template <>
struct arbitrary<easemob::message> {
  static easemob::message generate(generator& g) { return generate_variant<easemob::message>(g); }
};

/// `{}` (no message) or a body.
template <>
struct arbitrary<easemob::last_message> {
  static easemob::last_message generate(generator& g) {
    easemob::last_message m;
    if (!g.deep() && g.chance(3, 4)) m.body = wxim::testing::generate<easemob::message>(g);
    return m;
  }
};

// ---- other objects ------------------------------------------------------

template <>
struct arbitrary<easemob::error_event> {
  static easemob::error_event generate(generator& g) {
    auto v = generate_fields<easemob::error_event>(g);
    if (!v.message) v.message = wxim::testing::generate<std::string>(g);
    return v;
  }
};

template <>
struct arbitrary<easemob::object> {
  static easemob::object generate(generator& g) { return generate_variant<easemob::object>(g); }
};

}  // namespace testing
WXIM_END_NAMESPACE
