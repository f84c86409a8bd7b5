// SPDX-License-Identifier: MIT
// wxim/testing/room.hpp: generators for the token/topic chatroom's frames.
//
//   wxim::testing::generator g(3);
//   wxim::room::frame f = wxim::testing::generate<wxim::room::frame>(g);
//   // room::decode_frame(room::encode(f), room::direction_of(room::kind_of(f))).value() == f
//
// The rules kept: each socket frame keeps its `type` (1, 2, 3) and a
// heartbeat's payLoad is ""; a record reply's code is 200 and any other
// reply's is not; a chat record's content is a question's or an answer's
// JSON text exactly when its type says "question" or "answer"; codes are
// numbers (a string code is the numeric-strings form). User ids are numbers
// or strings.
#pragma once

#include <cstdint>
#include <string>

#include "wxim/dialect/room/frame.hpp"
#include "wxim/testing/generate.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

template <>
struct arbitrary<room::user_id> {
  static room::user_id generate(generator& g) {
    if (g.coin()) return room::user_id(wxim::testing::generate<std::int64_t>(g));
    return room::user_id(wxim::testing::generate<std::string>(g));
  }
};

template <>
struct arbitrary<room::reply_code> {
  static room::reply_code generate(generator& g) {
    return room::reply_code(g.coin() ? room::record_code : wxim::testing::generate<std::int64_t>(g));
  }
};

template <>
struct arbitrary<room::heartbeat_payload> {
  static room::heartbeat_payload generate(generator&) { return {}; }
};

// Plain text; chat_record below picks the content that matches its type.
template <>
struct arbitrary<room::record_content> {
  static room::record_content generate(generator& g) {
    return room::record_content(wxim::testing::generate<std::string>(g));
  }
};

template <>
struct arbitrary<room::chat_record> {
  static room::chat_record generate(generator& g) {
    auto v = generate_fields<room::chat_record>(g);
    switch (g.below(4)) {
      case 0:
        v.type = "question";
        v.content = wxim::testing::generate<room::question_body>(g);
        break;
      case 1:
        v.type = "answer";
        v.content = wxim::testing::generate<room::answer_body>(g);
        break;
      case 2:
        v.type = "message";
        v.content = wxim::testing::generate<std::string>(g);
        break;
      default:
        if (room::parse_record_type(v.type) != room::record_type::unknown) v.type += "!";
        v.content = wxim::testing::generate<std::string>(g);
    }
    return v;
  }
};

namespace detail {
template <class T>
T room_typed(generator& g) {
  T v = generate_fields<T>(g);
  v.type = T{}.type;
  return v;
}
}  // namespace detail

template <>
struct arbitrary<room::heartbeat_frame> {
  static auto generate(generator& g) { return detail::room_typed<room::heartbeat_frame>(g); }
};
template <>
struct arbitrary<room::send_frame> {
  static auto generate(generator& g) { return detail::room_typed<room::send_frame>(g); }
};
template <>
struct arbitrary<room::join_frame> {
  static auto generate(generator& g) { return detail::room_typed<room::join_frame>(g); }
};

template <>
struct arbitrary<room::record_frame> {
  static room::record_frame generate(generator& g) {
    auto v = generate_fields<room::record_frame>(g);
    v.code = room::reply_code(room::record_code);
    return v;
  }
};

template <>
struct arbitrary<room::other_reply_frame> {
  static room::other_reply_frame generate(generator& g) {
    auto v = generate_fields<room::other_reply_frame>(g);
    if (v.code.value == room::record_code) v.code.value = g.coin() ? 500 : 0;
    return v;
  }
};

template <>
struct arbitrary<room::frame> {
  static room::frame generate(generator& g) { return generate_variant<room::frame>(g); }
};

}  // namespace testing
WXIM_END_NAMESPACE
