// SPDX-License-Identifier: MIT
// wxim/testing/tim.hpp: generators for every TIM object decode_object reads.
//
//   wxim::testing::generator g(3);
//   wxim::tim::object o = wxim::testing::generate<wxim::tim::object>(g);
//   // tim::decode_object(tim::encode(o), tim::direction_of(o)).value() == o
//
// The rules kept: a message's, a merged message body's and a lastMessage's `type` names the
// element its `payload` is (TIMTextElem ... TIMGroupSystemNoticeElem), and a payload of a type
// wxim does not know is a JSON object under a `type` no element has (a lastMessage may leave
// that type out); an event's `data` has the shape its `name` gives (messages, conversations, a
// count, {type}, {state}, {code, message}, {SDKAppID}, else any JSON but null). Closed
// enumerations take only their listed values (flow in/out, status, priority, conversation type,
// image numberings, group type, role, gender, remind type, event name, kicked-out reason, network
// state, each with "" where the SDK writes it); a message's `conversationID` and `from` are a
// string or null; `lastTime`, `lastSequence` and a Group's numbers are numbers or "", and
// `fromAccount` a userID or the number 0. Times are seconds, kept as whatever integer was
// generated.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/codec.hpp"
#include "wxim/codec/decode.hpp"
#include "wxim/dialect/tim/conversation.hpp"
#include "wxim/dialect/tim/enums.hpp"
#include "wxim/dialect/tim/events.hpp"
#include "wxim/dialect/tim/message.hpp"
#include "wxim/dialect/tim/object.hpp"
#include "wxim/dialect/tim/payloads.hpp"
#include "wxim/dialect/tim/values.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/testing/generate.hpp"
#include "wxim/testing/unicode.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

// ---- closed enumerations --------------------------------------------------

/// Each enumerator before `unknown` (which decoding never produces).
#define WXIM_TESTING_TIM_ENUM(E)                                                        \
  template <>                                                                           \
  struct arbitrary<tim::E> {                                                            \
    static tim::E generate(generator& g) {                                              \
      return static_cast<tim::E>(g.below(static_cast<std::uint64_t>(tim::E::unknown))); \
    }                                                                                   \
  };
WXIM_TESTING_TIM_ENUM(flow)
WXIM_TESTING_TIM_ENUM(message_status)
WXIM_TESTING_TIM_ENUM(priority)
WXIM_TESTING_TIM_ENUM(conversation_type)
WXIM_TESTING_TIM_ENUM(group_type)
WXIM_TESTING_TIM_ENUM(member_role)
WXIM_TESTING_TIM_ENUM(gender)
WXIM_TESTING_TIM_ENUM(remind_type)
WXIM_TESTING_TIM_ENUM(event_name)
WXIM_TESTING_TIM_ENUM(kicked_out_reason)
WXIM_TESTING_TIM_ENUM(net_state)
#undef WXIM_TESTING_TIM_ENUM

/// 1-4 or 255.
template <>
struct arbitrary<tim::image_format> {
  static tim::image_format generate(generator& g) {
    static constexpr std::int64_t formats[] = {1, 2, 3, 4, 255};
    return static_cast<tim::image_format>(one_of(g, formats));
  }
};

/// 0 original, 1 thumbnail, 2 large.
template <>
struct arbitrary<tim::image_info_type> {
  static tim::image_info_type generate(generator& g) { return static_cast<tim::image_info_type>(g.below(3)); }
};

/// 1 original, 2 large, 3 thumbnail.
template <>
struct arbitrary<tim::image_size_type> {
  static tim::image_size_type generate(generator& g) { return static_cast<tim::image_size_type>(1 + g.below(3)); }
};

/// A userID, or at times the number 0 of a summary with no message.
template <>
struct arbitrary<tim::account_id> {
  static tim::account_id generate(generator& g) {
    if (g.chance(1, 5)) return tim::account_id::number_zero();
    return tim::account_id(wxim::testing::generate<std::string>(g));
  }
};

// ---- payloads and the types that name them --------------------------------

/// Any string; the objects holding a payload set it to name the payload.
template <>
struct arbitrary<tim::type_string> {
  static tim::type_string generate(generator& g) { return tim::type_string(wxim::testing::generate<std::string>(g)); }
};

namespace detail {

/// A small JSON object with distinct keys, in the compact form decoding gives.
inline raw_json tim_raw_object(generator& g) {
  std::string text = "{";
  const std::size_t n = g.deep() ? 0 : static_cast<std::size_t>(g.below(4));
  for (std::size_t i = 0; i < n; ++i) {
    if (i) text += ',';
    writer w(text);
    w.string("k" + std::to_string(i) + unicode_string(g, 2));
    text += ':';
    random_json(g, text, g.depth() + 1);
  }
  text += '}';
  auto r = decode<raw_json>(text);
  return r ? std::move(*r) : raw_json{"{}"};
}

/// An element type no payload struct has: mostly a name an app might see, else any string.
inline tim::type_string tim_unknown_type(generator& g) {
  static constexpr const char* names[] = {"TIMPollElem", "TIMStreamElem", "TIMTextELEM", "", "MSG_TEXT"};
  std::string t = g.coin() ? std::string(one_of(g, names)) : wxim::testing::generate<std::string>(g);
  while (tim::parse_element_type(t) != tim::element_type::unknown) t += "!";
  return tim::type_string(std::move(t));
}

/// The `type` that names payload `p`.
inline tim::type_string tim_type_of(generator& g, const tim::payload& p) {
  const tim::element_type t = tim::type_of(p);
  if (t == tim::element_type::unknown) return tim_unknown_type(g);
  return tim::type_string(tim::to_string(t));
}

}  // namespace detail

/// Any element's payload; one of a type wxim does not know is an object.
template <>
struct arbitrary<tim::payload> {
  static tim::payload generate(generator& g) {
    const auto index = static_cast<std::size_t>(g.below(std::variant_size_v<tim::payload>));
    if (index == static_cast<std::size_t>(tim::element_type::unknown))
      return tim::payload(std::in_place_type<raw_json>, detail::tim_raw_object(g));
    return generate_alternative<tim::payload>(g, index);
  }
};

template <>
struct arbitrary<tim::message_body> {
  static tim::message_body generate(generator& g) {
    auto v = generate_fields<tim::message_body>(g);
    v.type = detail::tim_type_of(g, v.payload);
    return v;
  }
};

/// conversationID and from are required: a string or null (before login), never absent.
template <>
struct arbitrary<tim::message> {
  static tim::message generate(generator& g) {
    auto v = generate_fields<tim::message>(g);
    v.type = detail::tim_type_of(g, v.payload);
    if (v.conversation_id.is_absent()) v.conversation_id = wxim::testing::generate<std::string>(g);
    if (v.from.is_absent()) v.from = nullptr;
    return v;
  }
};

/// With a payload, a `type` that names it (left out at times for an unknown one's); without
/// one, any `type` or none.
template <>
struct arbitrary<tim::last_message> {
  static tim::last_message generate(generator& g) {
    auto v = generate_fields<tim::last_message>(g);
    if (v.payload.has_value()) {
      if (tim::type_of(*v.payload) == tim::element_type::unknown && g.chance(1, 3))
        v.type.reset();
      else
        v.type = detail::tim_type_of(g, *v.payload);
    }
    return v;
  }
};

// ---- events ---------------------------------------------------------------

namespace detail {

/// `data` of the shape `kind`; raw data is never null (an absent `data` is the optional's).
inline tim::event_data tim_event_data(generator& g, tim::event_data_kind kind) {
  if (kind == tim::event_data_kind::raw) return tim::event_data(std::in_place_type<raw_json>, non_null<raw_json>(g));
  return generate_alternative<tim::event_data>(g, static_cast<std::size_t>(kind));
}

}  // namespace detail

template <>
struct arbitrary<tim::event_data> {
  static tim::event_data generate(generator& g) {
    return detail::tim_event_data(g, static_cast<tim::event_data_kind>(g.below(std::variant_size_v<tim::event_data>)));
  }
};

template <>
struct arbitrary<tim::event> {
  static tim::event generate(generator& g) {
    auto v = generate_fields<tim::event>(g);
    if (v.data) {
      generator::nested level(g);
      v.data = detail::tim_event_data(g, tim::data_kind_of(v.name));
    }
    return v;
  }
};

template <>
struct arbitrary<tim::object> {
  static tim::object generate(generator& g) { return generate_variant<tim::object>(g); }
};

}  // namespace testing
WXIM_END_NAMESPACE
